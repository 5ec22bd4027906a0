import type { Block } from '@/lib/strategy-document/render';
import { barsSvg } from '@/lib/strategy-document/html';

/** The blocks of a section (lib/strategy-document/render.ts) as HTML elements; headings start at `level`. */
export function SectionBlocks({ blocks, level = 3 }: { blocks: Block[]; level?: 3 | 4 }) {
  const Sub = level === 3 ? 'h3' : 'h4';
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'rich':
            // Produced by lib/strategy-document/rich-text.ts from the editor's schema: escaped text, known tags only.
            return <div key={index} className="rich-text" dangerouslySetInnerHTML={{ __html: block.html }} />;
          case 'paragraph':
            return <p key={index}>{block.text}</p>;
          case 'subheading':
            return <Sub key={index}>{block.text}</Sub>;
          case 'list':
            return (
              <ul key={index}>
                {block.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            );
          case 'empty':
            return (
              <p key={index} className="doc-empty">
                {block.text}
              </p>
            );
          case 'bars':
            return (
              // Focusable: a chart wider than the column scrolls, and must scroll from the keyboard too.
              <figure key={index} className="doc-chart" tabIndex={0}>
                <figcaption>{block.caption}</figcaption>
                <div dangerouslySetInnerHTML={{ __html: barsSvg(block) }} />
              </figure>
            );
          case 'table':
            return (
              // A wide table (the competencies matrix) scrolls sideways: a named, focusable region.
              <div key={index} className="table-wrap doc-table" role="region" aria-label={block.caption} tabIndex={0}>
                <table>
                  <caption>{block.caption}</caption>
                  <thead>
                    <tr>
                      {block.head.map((h, i) => (
                        <th key={i} scope="col" className={block.numeric[i] ? 'num' : undefined}>
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map((row, r) => (
                      <tr key={r}>
                        {row.map((cell, i) =>
                          i === 0 ? (
                            <th key={i} scope="row">
                              {cell}
                            </th>
                          ) : (
                            <td key={i} className={block.numeric[i] ? 'num' : undefined}>
                              {cell}
                            </td>
                          ),
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
        }
      })}
    </>
  );
}
