'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { HintedFieldset } from '@/components/ui/field';

/** One row of a repeated group in a form (a department, a budget line…): its legend, its fields, a button to remove it. */
export function RepeatRow({
  legend,
  removeLabel,
  onRemove,
  wideActions = false,
  children,
}: {
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  /** The remove button on a line of its own (rows whose fields span the width). */
  wideActions?: boolean;
  children: ReactNode;
}) {
  return (
    <fieldset className="repeat-row">
      <legend>{legend}</legend>
      {children}
      <div className={wideActions ? 'row-actions wide' : 'row-actions'}>
        <button type="button" className="button ghost small" onClick={onRemove}>
          {removeLabel}
          <span className="visually-hidden"> — {legend}</span>
        </button>
      </div>
    </fieldset>
  );
}

/** The words and fieldset id of each repeated group of the action form whose rows span the width. */
const WIDE_GROUPS = {
  budget: { id: 'action-budget', legend: 'form.sectionBudget', hint: 'form.budgetHint', empty: 'form.noBudgetYet', row: 'form.budgetLineN' },
  expected: { id: 'action-expected', legend: 'form.sectionExpected', hint: 'form.expectedHint', empty: 'form.noExpectedYet', row: 'form.expectedN' },
  competencies: {
    id: 'action-competencies',
    legend: 'form.sectionCompetencies',
    hint: 'form.competenciesHint',
    empty: 'form.noCompetenciesYet',
    row: 'form.competencyN',
  },
} as const;

/**
 * A hinted fieldset of the action form's repeated rows whose fields span the width (budget lines,
 * expected returns, competencies): what to say while there is none, one RepeatRow per item (its
 * legend numbered from 1, its remove button on a line of its own), then `footer` (the add button).
 */
export function WideRepeatRows({
  group,
  array,
  footer,
  children,
}: {
  group: keyof typeof WIDE_GROUPS;
  /** The group's rows and how to remove one (its react-hook-form field array, keyed by `key`). */
  array: { fields: readonly { key: string }[]; remove: (index: number) => void };
  footer: ReactNode;
  /** The fields of the row at `index`. */
  children: (index: number) => ReactNode;
}) {
  const t = useTranslations('externalActions');
  const words = WIDE_GROUPS[group];
  return (
    <HintedFieldset id={words.id} legend={t(words.legend)} hint={t(words.hint)}>
      {array.fields.length === 0 ? <p className="muted">{t(words.empty)}</p> : null}
      {array.fields.map((row, i) => (
        <RepeatRow key={row.key} legend={t(words.row, { n: i + 1 })} removeLabel={t('form.remove')} onRemove={() => array.remove(i)} wideActions>
          {children(i)}
        </RepeatRow>
      ))}
      {footer}
    </HintedFieldset>
  );
}
