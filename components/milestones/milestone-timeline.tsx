import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { MilestoneView } from '@/lib/milestones/queries';
import { MilestoneControls } from './milestone-controls';
import './milestones.css';
import { formatDay } from '@/lib/format/dates';

/**
 * The milestones of an action (or of a partnership's joint actions) as a vertical timeline, by
 * day: kind, label, status (planned, done, late) and, when `workspaceId` is given, the controls to
 * mark each done or delete it. `actionHref` links each step to its action (the partnership's view).
 */
export function MilestoneTimeline({
  milestones,
  workspaceId,
  actionHref,
}: {
  milestones: MilestoneView[];
  workspaceId?: string;
  actionHref?: (actionId: string) => string;
}) {
  const t = useTranslations('milestones');
  const format = useFormatter();
  if (milestones.length === 0) return <p className="muted">{t('none')}</p>;
  const day = (iso: string) => formatDay(format, iso);
  return (
    <ol className="milestone-timeline">
      {milestones.map((m) => {
        const name = m.label ? `${t(`kinds.${m.kind}`)} — ${m.label}` : t(`kinds.${m.kind}`);
        return (
          <li key={m.id} className="milestone" data-status={m.status}>
            <time dateTime={m.dueOn} className="milestone-day">
              {day(m.dueOn)}
            </time>
            <div className="milestone-body">
              <p>
                <strong>{name}</strong>{' '}
                <span className="pill" data-status={m.status}>
                  {t(`statuses.${m.status}`)}
                </span>
              </p>
              {actionHref ? (
                <p className="cell-small">
                  <Link href={actionHref(m.actionId)}>{m.actionTitle}</Link>
                </p>
              ) : null}
              {m.doneOn ? <p className="cell-small">{t('doneOnDay', { date: day(m.doneOn) })}</p> : null}
              {workspaceId ? <MilestoneControls workspaceId={workspaceId} id={m.id} done={!!m.doneOn} name={name} /> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
