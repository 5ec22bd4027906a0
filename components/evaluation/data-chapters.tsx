import type { ChapterView } from '@/lib/evaluation/render';
import { TableRegion } from '@/components/ui/table-region';

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
              <TableRegion key={table.id} labelledBy={`table-${table.id}-caption`}>
                <table id={`table-${table.id}`}>
                  <caption id={`table-${table.id}-caption`}>{table.caption}</caption>
                  <thead>
                    <tr>
                      {table.head.map((h, i) => (
                        <th key={i} scope="col" className={table.numeric[i] ? 'num' : undefined}>
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
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
                  </tbody>
                </table>
              </TableRegion>
            ),
          )}
        </section>
      ))}
    </>
  );
}
