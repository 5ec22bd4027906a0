/**
 * The `<option>`s of a select: an empty choice first when `empty` is given (its label, e.g.
 * "No owner"), then one per item. Shared by the forms so that each select is one line.
 */
export function Options({ items, empty }: { items: readonly { value: string; label: string }[]; empty?: string }) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {items.map((item) => (
        <option key={item.value} value={item.value}>
          {item.label}
        </option>
      ))}
    </>
  );
}
