'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Options } from '@/components/ui/options';

export type PickerOption = { value: string; label: string };

/**
 * Chooses several items from a long list (partners, actors, countries): a labelled select and an
 * "Add" button, then the chosen items, each with its own remove button. Works with the keyboard
 * alone, and a select with thousands of options stays usable where checkboxes would not.
 */
export function MultiPicker({
  legend,
  addLabel,
  hint,
  options,
  value,
  onChange,
  onAdd,
  error,
}: {
  legend: string;
  addLabel: string;
  hint?: string;
  options: PickerOption[];
  value: string[];
  onChange: (next: string[]) => void;
  /** Called with the value just added (to add a partner's country, for instance). */
  onAdd?: (added: string) => void;
  error?: string;
}) {
  const t = useTranslations('externalActions.form');
  const id = useId();
  const [choice, setChoice] = useState('');
  const labels = new Map(options.map((o) => [o.value, o.label]));
  const available = options.filter((o) => !value.includes(o.value));
  const add = () => {
    if (!choice || value.includes(choice)) return;
    onChange([...value, choice]);
    onAdd?.(choice);
    setChoice('');
  };
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="picker" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="picker-add">
        <div className="field">
          <label htmlFor={`${id}-select`}>{addLabel}</label>
          <select
            id={`${id}-select`}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          >
            <Options empty={t('choose')} items={available} />
          </select>
        </div>
        <button type="button" className="button" onClick={add} disabled={!choice}>
          {t('pickerAdd')}
        </button>
      </div>
      {value.length === 0 ? (
        <p className="hint">{t('noneChosen')}</p>
      ) : (
        <ul className="picker-chosen">
          {value.map((v) => (
            <li key={v}>
              <span>{labels.get(v) ?? v}</span>
              <button type="button" onClick={() => onChange(value.filter((x) => x !== v))} aria-label={t('removeItem', { name: labels.get(v) ?? v })}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
