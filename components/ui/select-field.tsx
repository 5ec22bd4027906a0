'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { Options } from './options';

type SelectProps = {
  /** What a Field gives its control: id, invalid state, description, required. */
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
  required?: boolean;
  /** The form's registration of the value (`register('kind')`). */
  field: UseFormRegisterReturn;
  items: readonly { value: string; label: string }[];
  /** The label of an empty first choice, if the value may be left unset. */
  empty?: string;
};

/** A Field's select registered with a react-hook-form form: `{(p) => <Select {...p} field={register('kind')} items={...} />}`. */
export function Select({ field, items, empty, ...control }: SelectProps) {
  return (
    <select {...control} {...field}>
      <Options empty={empty} items={items} />
    </select>
  );
}

/** A select's items for the values of an enumeration, each labelled by `label` (usually a message). */
export function enumItems<T extends string>(values: readonly T[], label: (value: T) => string) {
  return values.map((value) => ({ value, label: label(value) }));
}

/** A select's items for records chosen by id and shown by name (members, actors, departments). */
export function namedItems(records: readonly { id: string; name: string }[]) {
  return records.map((r) => ({ value: r.id, label: r.name }));
}
