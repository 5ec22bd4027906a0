'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { comparable, conflictingFields, type MergeChoice } from '@/lib/merge';
import type { Versioning } from './use-action-form';

export type ConflictField = {
  name: string;
  label: string;
  /** How a value reads for a person (e.g. a category's label, a list of names); defaults to the text. */
  format?: (value: unknown) => string;
};

/**
 * The version an edit form was loaded with (hidden field) and, after a refused stale save, the
 * other person's saved values beside the ones this person typed, field by field, each with
 * "keep mine" / "take theirs"; saving applies the choices against the stored version.
 */
export function ConflictPanel({
  versioning,
  labels,
  fields = Object.entries(labels ?? {}).map(([name, label]) => ({ name, label })),
}: {
  versioning: Versioning;
  /** When every value reads as typed: each field that may differ, its label by its name… */
  labels?: Record<string, string>;
  /** …or the fields with their names, labels and, where a value does not read as typed, its format. */
  fields?: readonly ConflictField[];
}) {
  const { conflict } = versioning;
  return (
    <>
      <input type="hidden" name="version" value={versioning.version} readOnly />
      {conflict ? <ConflictChoices key={conflict.theirs.version} versioning={versioning} fields={fields} /> : null}
    </>
  );
}

function ConflictChoices({ versioning, fields }: { versioning: Versioning; fields: readonly ConflictField[] }) {
  const t = useTranslations('concurrency');
  const id = useId();
  const conflict = versioning.conflict!;
  const byName = new Map(fields.map((f) => [f.name, f]));
  const differing = conflictingFields(
    fields.map((f) => f.name),
    conflict.base,
    conflict.mine,
    conflict.theirs.values,
  );
  const [choices, setChoices] = useState<Record<string, MergeChoice>>(() => Object.fromEntries(differing.map((d) => [d.field, d.suggested])));
  const show = (field: ConflictField, value: unknown) => {
    const text = field.format ? field.format(value) : comparable(value);
    return text === '' ? t('empty') : text;
  };
  return (
    <section className="conflict-panel stack" aria-labelledby={`${id}-title`} data-conflict-panel>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p>{differing.length ? t('intro') : t('noDifference')}</p>
      {differing.length ? <p className="hint">{t('differences', { count: differing.length })}</p> : null}
      {differing.map(({ field: name }) => {
        const field = byName.get(name)!;
        return (
          <fieldset key={name} className="conflict-field">
            <legend>{field.label}</legend>
            {(['mine', 'theirs'] as const).map((choice) => (
              <label key={choice} className="conflict-choice">
                <input
                  type="radio"
                  name={`${id}-${name}`}
                  value={choice}
                  checked={choices[name] === choice}
                  onChange={() => setChoices((c) => ({ ...c, [name]: choice }))}
                />{' '}
                {choice === 'mine'
                  ? t('yours', { value: show(field, conflict.mine[name]) })
                  : t('theirs', { value: show(field, conflict.theirs.values[name]) })}
              </label>
            ))}
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" className="button primary" onClick={() => versioning.resolve(choices)}>
          {t('saveMerged')}
        </button>
        <button type="button" className="button" onClick={() => versioning.discard()}>
          {t('discard')}
        </button>
      </div>
    </section>
  );
}
