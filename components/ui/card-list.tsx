import type { ReactNode } from 'react';

type CardListProps<T> = {
  /** The heading's id, which names the section. */
  id: string;
  title: string;
  items: readonly T[];
  /** Said instead of the list when there is nothing in it. */
  empty: string;
  /** One `<li>` (with its key) per item. */
  children: (item: T) => ReactNode;
  /** What follows the list in the card (a form that adds to it, a note). */
  after?: ReactNode;
};

/** A card section with its heading and a list of items, or a sentence saying there are none. */
export function CardList<T>({ id, title, items, empty, children, after }: CardListProps<T>) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length ? <ul className="stack">{items.map(children)}</ul> : <p>{empty}</p>}
      {after}
    </section>
  );
}
