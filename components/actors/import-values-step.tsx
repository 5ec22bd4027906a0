'use client';

import { useLocale, useTranslations } from 'next-intl';
import { RELATION_TYPES } from '@/db/enums/actors';
import { CHOICE_ASIDE, CHOICE_EMPTY, type ImportKind, type ValueField } from '@/lib/actors/import-limits';
import type { ImportChoices, ImportPreview, ValueGroup } from '@/lib/actors/import-schemas';
import { Options } from '@/components/ui/options';
import { DataTable } from '@/components/ui/data-table';
import { ActorCategoryOptions } from './category-options';

/** Past this many distinct values of one column, the rest follow their suggestion (a table of thousands of selects helps nobody). */
const SHOWN_VALUES = 300;

/** The value a group's select shows: the person's choice, else the suggestion, else "to choose". */
export function shownChoice(group: ValueGroup, choices: ImportChoices): string {
  return choices[group.key] ?? group.suggestion?.choice ?? '';
}

/**
 * Step 3 of the import: each distinct value of a closed-list column, its rows' count, where its
 * suggestion comes from, and a select to choose its target, leave it empty or set its rows aside.
 */
export function ImportValuesStep({
  kind,
  preview,
  choices,
  disabled,
  onChoose,
  idPrefix,
}: {
  kind: ImportKind;
  preview: ImportPreview;
  choices: ImportChoices;
  disabled: boolean;
  onChoose: (key: string, choice: string) => void;
  idPrefix: string;
}) {
  const t = useTranslations('actorsImport');
  const ta = useTranslations('actors');
  const locale = useLocale();
  const regionName = new Intl.DisplayNames([locale], { type: 'region' });
  const fields = [...new Set(preview.values.map((g) => g.field))];
  const unresolved = preview.values.filter((g) => !shownChoice(g, choices)).length;
  const fieldLabel = (f: ValueField) => (kind === 'relations' ? t(`relationColumns.${f as 'type'}`) : t(`columns.${f as 'category' | 'country'}`));

  const options = (group: ValueGroup) => {
    if (group.field === 'category') {
      return <ActorCategoryOptions />;
    }
    if (group.field === 'type') {
      return <Options items={RELATION_TYPES.map((c) => ({ value: c, label: ta(`relationTypes.${c}`) }))} />;
    }
    const list = preview.countryOptions.length
      ? preview.countryOptions
      : [shownChoice(group, choices)].filter((c) => c && !c.startsWith('__')).map((code) => ({ code, name: regionName.of(code) ?? code }));
    return <Options items={list.map((c) => ({ value: c.code, label: c.name }))} />;
  };

  if (!preview.values.length) return <p className="muted">{t('noValues')}</p>;
  return (
    <div className="stack">
      <p className="muted">{t('valuesIntro')}</p>
      {unresolved ? (
        <p className="hint" role="status">
          {t('unresolved', { count: unresolved })}
        </p>
      ) : null}
      {fields.map((field) => {
        const groups = preview.values.filter((g) => g.field === field);
        return (
          <div className="stack" key={field}>
            <DataTable
              label={t('valuesCaption', { field: fieldLabel(field) })}
              caption={t('valuesCaption', { field: fieldLabel(field) })}
              columns={[t('value'), t('rowCount'), t('source'), t('target')]}
            >
              {groups.slice(0, SHOWN_VALUES).map((group) => {
                const id = `${idPrefix}-value-${group.key}`;
                const shown = group.scope ? t('valueWithScope', { value: group.value, scope: t(`scopes.${group.scope}`) }) : group.value;
                const value = shownChoice(group, choices);
                return (
                  <tr key={group.key}>
                    <th scope="row">{shown}</th>
                    <td>{group.count}</td>
                    <td className="muted">{t(`sources.${group.suggestion?.source ?? 'none'}`)}</td>
                    <td>
                      <select
                        id={id}
                        aria-label={t('targetFor', { value: shown })}
                        value={value}
                        disabled={disabled}
                        aria-invalid={!value}
                        onChange={(e) => onChoose(group.key, e.target.value)}
                      >
                        {!value ? <option value="">{t('chooseTarget')}</option> : null}
                        {options(group)}
                        {group.field === 'country' ? <option value={CHOICE_EMPTY}>{t('leaveEmpty')}</option> : null}
                        <option value={CHOICE_ASIDE}>{t('setAside')}</option>
                      </select>
                    </td>
                  </tr>
                );
              })}
            </DataTable>
            {groups.length > SHOWN_VALUES ? <p className="hint">{t('moreValues', { count: groups.length - SHOWN_VALUES })}</p> : null}
          </div>
        );
      })}
    </div>
  );
}
