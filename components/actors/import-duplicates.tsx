'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { DuplicateDecision, ImportPreview } from '@/lib/actors/import-schemas';
import { HeaderRow } from '@/components/ui/data-table';

/** Past this many, duplicates are decided all at once (a table of thousands of radio groups helps nobody). */
const SHOWN_DUPLICATES = 200;

/** Rows that match an actor or an earlier row: merge or skip each, or all at once. */
export function ImportDuplicates({
  duplicates,
  decisions,
  onDecide,
  slug,
  idPrefix,
}: {
  duplicates: ImportPreview['duplicates'];
  decisions: Record<string, DuplicateDecision>;
  onDecide: (next: Record<string, DuplicateDecision>) => void;
  slug: string;
  idPrefix: string;
}) {
  const t = useTranslations('actorsImport');
  const ids = idPrefix;
  return (
    <div className="stack">
      <h3>{t('duplicatesTitle', { count: duplicates.length })}</h3>
      <p className="hint">{t('duplicatesHint')}</p>
      <div className="actions">
        <button type="button" className="button small" onClick={() => onDecide(Object.fromEntries(duplicates.map((d) => [String(d.line), 'merge'])))}>
          {t('mergeAll')}
        </button>
        <button type="button" className="button small" onClick={() => onDecide(Object.fromEntries(duplicates.map((d) => [String(d.line), 'skip'])))}>
          {t('skipAll')}
        </button>
      </div>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('duplicatesCaption')}</caption>
          <thead>
            <HeaderRow columns={[t('line'), t('columns.name'), t('matches'), t('decision')]} />
          </thead>
          <tbody>
            {duplicates.slice(0, SHOWN_DUPLICATES).map((d) => {
              const key = String(d.line);
              const name = `${ids}-dup-${d.line}`;
              return (
                <tr key={key}>
                  <th scope="row">{t('lineN', { line: d.line })}</th>
                  <td>
                    {d.name}
                    {d.country ? <span className="muted"> · {d.country}</span> : null}
                  </td>
                  <td>
                    {d.match.kind === 'existing' ? (
                      <Link href={`/${slug}/actors/${d.match.actorId}`}>{t('existingActor', { name: d.match.name })}</Link>
                    ) : (
                      t('earlierLine', { line: d.match.line })
                    )}
                  </td>
                  <td>
                    <fieldset className="radio-row" style={{ border: 0, margin: 0, padding: 0, display: 'flex', gap: '1rem' }}>
                      <legend className="visually-hidden">{t('decisionFor', { line: d.line, name: d.name })}</legend>
                      {(['merge', 'skip'] as const).map((choice) => (
                        <label key={choice} className="checkbox">
                          <input
                            type="radio"
                            name={name}
                            value={choice}
                            checked={decisions[key] === choice}
                            onChange={() => onDecide({ ...decisions, [key]: choice })}
                          />
                          {t(choice)}
                        </label>
                      ))}
                    </fieldset>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {duplicates.length > SHOWN_DUPLICATES ? <p className="hint">{t('moreDuplicates', { count: duplicates.length - SHOWN_DUPLICATES })}</p> : null}
    </div>
  );
}
