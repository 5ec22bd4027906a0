import type { ChapterView } from '@/lib/evaluation/render';
import { DataTable } from '@/components/ui/data-table';

/** The data chapters of an evaluation, each table captioned and scrollable from the keyboard. */
export function DataChapters({ chapters }: { chapters: ChapterView[] }) {
  return (
    <>
      {chapters.map((chapter) => (
        <section key={chapter.key} aria-labelledby={`chapter-${chapter.key}`} className="card" data-chapter={chapter.key}>
          <h3 id={`chapter-${chapter.key}`}>{chapter.title}</h3>
          {chapter.note ? <p className="hint">{chapter.note}</p> : null}
          {chapter.tables.map((table) =>
            table.rows.length === 0 ? (
              <p key={table.id} className="muted">
                {table.caption} — {chapter.empty}
              </p>
            ) : (
              <DataTable
                key={table.id}
                id={`table-${table.id}`}
                tableId={`table-${table.id}`}
                caption={table.caption}
                columns={table.head.map((h, i) => ({ label: h, num: table.numeric[i] }))}
              >
                {table.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, i) =>
                      i === 0 ? (
                        <th key={i} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={i} className={table.numeric[i] ? 'num' : undefined}>
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </DataTable>
            ),
          )}
        </section>
      ))}
    </>
  );
}
