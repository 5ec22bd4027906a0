import Link from 'next/link';
import { Options } from './options';

type Item = { value: string; label: string };
type Group = { group: string; items: readonly Item[] };

type FilterSelectProps = {
  id: string;
  name: string;
  label: string;
  /** The first choice, which filters nothing ("Any", "All countries"). */
  any: string;
  /** The choice the list is filtered by now ('' for none). */
  value: string;
  /** The choices, or groups of choices (shown as `<optgroup>`s). */
  items: readonly (Item | Group)[];
};

/** One choice of a list's GET filter form (usable without script): its label, "any" first, then the items. */
export function FilterSelect({ id, name, label, any, value, items }: FilterSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        <option value="">{any}</option>
        {items.map((item) =>
          'group' in item ? (
            <optgroup key={item.group} label={item.group}>
              <Options items={item.items} />
            </optgroup>
          ) : (
            <option key={item.value} value={item.value}>
              {item.label}
            </option>
          ),
        )}
      </select>
    </div>
  );
}

/** The end of a list's filter form: apply the filters, or go back to the unfiltered list. */
export function FilterActions({ apply, reset, resetHref }: { apply: string; reset: string; resetHref: string }) {
  return (
    <div className="actions">
      <button type="submit" className="button primary">
        {apply}
      </button>
      <Link href={resetHref} className="button ghost">
        {reset}
      </Link>
    </div>
  );
}

/**
 * The selects of one GET filter form: `select(name, label, any, items)` is the FilterSelect of
 * `filter[name]` (the choice the list is filtered by now), its id `<prefix>-<name>`.
 */
export function filterSelects<F extends object>(filter: F, prefix: string) {
  return function select(name: keyof F & string, label: string, any: string, items: FilterSelectProps['items']) {
    return <FilterSelect id={`${prefix}-${name}`} name={name} label={label} any={any} value={String(filter[name] ?? '')} items={items} />;
  };
}
