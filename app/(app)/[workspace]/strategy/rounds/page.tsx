import Link from 'next/link';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listRounds, memberNames } from '@/lib/strategy/round-queries';
import { getTerm, getThresholdDefaults } from '@/lib/strategy/term-queries';
import { formatDay } from '@/lib/format/dates';
import { StrategyHeader } from '@/components/strategy/strategy-header';
import { TableRegion } from '@/components/ui/table-region';
import { CloseRoundButton, ImportRoundForm, OpenRoundForm, ThresholdDefaultsForm } from '@/components/strategy/round-forms';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { HeaderRow } from '@/components/ui/data-table';

export const generateMetadata = pageTitle('rounds', 'title');

/**
 * The yearly reporting rounds: an admin opens one with a due date and closes it (locking its
 * year); each round shows its progress and who reports each indicator; values go out and come
 * back as a spreadsheet.
 */
export default async function RoundsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t, format } = await loadWorkspacePage(params, 'strategy.read', 'rounds');
  const rounds = listRounds(db, ctx);
  const names = memberNames(db, [...new Set(rounds.flatMap((r) => r.items.flatMap((i) => i.reporters)))]);
  const term = getTerm(db, ctx);
  const defaults = getThresholdDefaults(db, ctx);
  const admin = can(ctx.role, 'strategy.rounds.manage');
  const reporter = can(ctx.role, 'strategy.indicators.update');
  const lastYear = new Date().getUTCFullYear() - 1;
  const suggested = term ? Math.min(Math.max(lastYear, term.start), term.end) : lastYear;
  return (
    <>
      <StrategyHeader ctx={ctx} current="rounds" title={t('title')} intro={t('intro')} />
      {admin && term ? (
        <section className="card" aria-labelledby="open-round-h">
          <h2 id="open-round-h">{t('openHeading')}</h2>
          <OpenRoundForm workspaceId={ctx.workspaceId} year={suggested} />
        </section>
      ) : null}
      {!term ? <p className="notice">{t('term.noTerm')}</p> : null}
      {rounds.length === 0 ? <p>{t('empty')}</p> : null}
      {rounds.map((round) => {
        const mine = round.items.filter((i) => i.reporters.includes(ctx.userId));
        return (
          <section key={round.id} className="card" aria-labelledby={`round-${round.year}`}>
            <h2 id={`round-${round.year}`}>
              {t('roundTitle', { year: round.year })} <span className="badge">{round.status === 'open' ? t('open') : t('closedStatus')}</span>
            </h2>
            <p>
              {t('due', { date: formatDay(format, round.dueOn) })} —{' '}
              <strong data-testid={`round-progress-${round.year}`}>{t('progress', { entered: round.entered, total: round.total })}</strong>
            </p>
            <progress max={round.total || 1} value={round.entered} aria-label={t('progress', { entered: round.entered, total: round.total })} />
            {round.status === 'closed' ? <p className="hint">{t('locked', { year: round.year })}</p> : null}
            {mine.length && round.status === 'open' ? (
              <>
                <h3>{t('myList', { year: round.year })}</h3>
                <ul>
                  {mine.map((i) => (
                    <li key={i.indicatorId}>
                      <Link href={`/${slug}/strategy/indicators/${i.indicatorId}`}>{i.name}</Link> — {i.entered ? t('entered') : t('missing')}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <TableRegion labelledBy={`round-caption-${round.year}`}>
              <table>
                <caption id={`round-caption-${round.year}`}>{t('caption', { year: round.year })}</caption>
                <thead>
                  <HeaderRow columns={[t('columns.indicator'), t('reporters'), t('term.status')]} />
                </thead>
                <tbody>
                  {round.items.map((i) => (
                    <tr key={i.indicatorId}>
                      <th scope="row">
                        <Link href={`/${slug}/strategy/indicators/${i.indicatorId}`}>{i.name}</Link>
                      </th>
                      <td>{i.reporters.map((r) => names.get(r) ?? '—').join(', ') || '—'}</td>
                      <td>{i.entered ? t('entered') : t('missing')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
            <p>
              <a className="button ghost" href={`/api/workspaces/${slug}/strategy/values/export?year=${round.year}`} download>
                {t('export')}
              </a>
            </p>
            {round.status === 'open' && reporter ? (
              <>
                <h3>{t('importHeading')}</h3>
                <ImportRoundForm workspaceId={ctx.workspaceId} roundId={round.id} />
              </>
            ) : null}
            {round.status === 'open' && admin ? <CloseRoundButton workspaceId={ctx.workspaceId} roundId={round.id} year={round.year} /> : null}
          </section>
        );
      })}
      {can(ctx.role, 'strategy.manage') ? (
        <section className="card" aria-labelledby="defaults-h">
          <h2 id="defaults-h">{t('term.defaultsHeading')}</h2>
          <ThresholdDefaultsForm
            workspaceId={ctx.workspaceId}
            atRisk={Math.round(defaults.atRiskBelow * 100)}
            offTrack={Math.round(defaults.offTrackBelow * 100)}
          />
        </section>
      ) : null}
    </>
  );
}
