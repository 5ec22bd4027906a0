import type { ReactNode } from 'react';

type RepeatedFieldsetsProps = {
  /** The rows of a `useFieldArray({ keyName: 'key' })`. */
  fields: readonly object[];
  /** The legend of the n-th row (from 1), and the text of its remove button. */
  legend: (n: number) => string;
  removeLabel: (n: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
  /** The i-th row's fields, laid out in two columns. */
  children: (index: number) => ReactNode;
  /** What follows a row's fields, before its remove button. */
  after?: (index: number) => ReactNode;
  /** What stands between the last row and the add button (the list's own error). */
  footer?: ReactNode;
};

/** A list of rows of a form (participants, meetings, costs…): each a fieldset with its legend and remove button, then an add button. */
export function RepeatedFieldsets({ fields, legend, removeLabel, onRemove, addLabel, onAdd, children, after, footer }: RepeatedFieldsetsProps) {
  return (
    <>
      {fields.map((field, i) => (
        <fieldset key={(field as { key: string }).key} className="subform">
          <legend>{legend(i + 1)}</legend>
          <div className="grid-2">{children(i)}</div>
          {after?.(i)}
          <button type="button" className="button small" onClick={() => onRemove(i)}>
            {removeLabel(i + 1)}
          </button>
        </fieldset>
      ))}
      {footer}
      <div className="actions">
        <button type="button" className="button" onClick={onAdd}>
          {addLabel}
        </button>
      </div>
    </>
  );
}
