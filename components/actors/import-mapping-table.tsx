'use client';

import { useTranslations } from 'next-intl';
import { requiredTargetsOf, targetsOf, type AnyTarget, type ImportKind } from '@/lib/actors/import-limits';
import type { ImportMapping, ImportPreview } from '@/lib/actors/import-schemas';
import { HeaderRow } from '@/components/ui/data-table';

/** The mapping step's table: for each field, the column that holds it and the first row's value. */
export function ImportMappingTable({
  kind,
  preview,
  mapping,
  mappingDirty,
  idPrefix,
  columnLabel,
  onMap,
}: {
  kind: ImportKind;
  preview: ImportPreview;
  mapping: ImportMapping;
  mappingDirty: boolean;
  idPrefix: string;
  columnLabel: (target: AnyTarget) => string;
  onMap: (target: AnyTarget, index: number | null) => void;
}) {
  const t = useTranslations('actorsImport');
  const ids = idPrefix;
  const targets = targetsOf(kind);
  const required = requiredTargetsOf(kind);
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('mappingCaption')}</caption>
        <thead>
          <HeaderRow columns={[t('field'), t('column'), t('example')]} />
        </thead>
        <tbody>
          {targets.map((target) => {
            const index = mapping[target];
            const isRequired = required.includes(target);
            const missing = preview.missingTargets.includes(target) && !mappingDirty;
            return (
              <tr key={target}>
                <th scope="row">
                  <label htmlFor={`${ids}-map-${target}`}>
                    {columnLabel(target)}
                    {isRequired ? <span className="muted"> ({t('required')})</span> : null}
                  </label>
                </th>
                <td>
                  <select
                    id={`${ids}-map-${target}`}
                    value={index === undefined || index === null ? '' : String(index)}
                    aria-invalid={missing}
                    onChange={(e) => onMap(target, e.target.value === '' ? null : Number(e.target.value))}
                  >
                    <option value="">{t('ignore')}</option>
                    {preview.headers.map((h, i) => (
                      <option key={i} value={i}>
                        {h || t('unnamedColumn', { n: i + 1 })}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="muted">{index === undefined || index === null ? '' : (preview.samples[0]?.[index] ?? '')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
