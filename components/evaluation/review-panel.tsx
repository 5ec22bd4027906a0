import { useTranslations } from 'next-intl';
import type { EvaluationReviewDecision, EvaluationReviewStatus } from '@/db/schema/evaluation-review';
import { formatDay, formatMoment } from '@/lib/format/dates';
import { DataTable } from '@/components/ui/data-table';

export type ReviewCycle = {
  id: string;
  versionNumber: number;
  status: EvaluationReviewStatus;
  submitterName: string;
  createdAt: Date;
  dueOn: string;
  message: string;
  reviewers: { id: string; name: string; decision: EvaluationReviewDecision; note: string; decidedAt: Date | null }[];
};

/**
 * The review cycles of an evaluation, newest first: who submitted which version and when, its
 * status, and each named reviewer's decision with their comment (issue 21.4).
 */
export function ReviewCycles({ cycles, locale }: { cycles: ReviewCycle[]; locale: string }) {
  const t = useTranslations('evaluation.review');
  if (cycles.length === 0) return <p className="muted">{t('none')}</p>;
  return (
    <ol className="stack" reversed>
      {cycles.map((c) => (
        <li key={c.id} data-review-version={c.versionNumber}>
          <p>
            {t('cycle', {
              number: c.versionNumber,
              author: c.submitterName,
              date: formatMoment(locale, c.createdAt, 'medium', false),
              due: formatDay(locale, c.dueOn),
            })}{' '}
            <span className="badge" data-review-status={c.status}>
              {t(`status.${c.status}`)}
            </span>
          </p>
          {c.message ? <p className="hint">{t('message', { message: c.message })}</p> : null}
          <DataTable
            id={`review-${c.id}`}
            caption={t('reviewersCaption', { number: c.versionNumber })}
            columns={[t('reviewer'), t('decision'), t('decidedOn'), t('note')]}
          >
            {c.reviewers.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td data-decision={r.decision}>{t(`decisions.${r.decision}`)}</td>
                <td>{r.decidedAt ? formatMoment(locale, r.decidedAt, 'medium', false) : '—'}</td>
                <td>{r.note || '—'}</td>
              </tr>
            ))}
          </DataTable>
        </li>
      ))}
    </ol>
  );
}
