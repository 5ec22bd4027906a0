import { Options } from './options';

type InlineSelectProps<V extends string> = {
  id: string;
  /** Read by screen readers only: the row or sentence around the select says the rest. */
  label: string;
  value: V;
  onChange: (value: V) => void;
  items: readonly { value: V; label: string }[];
};

/** A controlled select inside a line or a table row, named by a visually hidden label. */
export function InlineSelect<V extends string>({ id, label, value, onChange, items }: InlineSelectProps<V>) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        <Options items={items} />
      </select>
    </>
  );
}
