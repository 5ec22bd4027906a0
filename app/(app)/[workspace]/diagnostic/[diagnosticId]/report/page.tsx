import { db } from '@/db/client';
import { compareDiagnostics, listEarlierCompleted, listFollowUps } from '@/lib/diagnostic/queries';
import { getWorkspace } from '@/lib/workspaces/queries';
import { DiagnosticHeader } from '@/components/diagnostic/diagnostic-header';
import { ProfileSection } from '@/components/diagnostic/profile-section';
import { FindingsList } from '@/components/diagnostic/findings-list';
import { FollowUpTable } from '@/components/diagnostic/follow-up-table';
import { TerritorySummary } from '@/components/diagnostic/territory-summary';
import { territorySummary } from '@/lib/actors/territory-summary';
import { PrintButton } from '@/components/diagnostic/print-button';
import { formatDay, formatMoment } from '@/lib/format/dates';
import { diagnosticTabTitle, loadDiagnosticTab } from '../load-tab';

type Props = { params: Promise<{ workspace: string; diagnosticId: string }> };

export const generateMetadata = diagnosticTabTitle('report');

/** The printable report, in the reader's language: profile, findings, territory, follow-up. */
export default async function ReportPage({ params }: Props) {
  const { slug, ctx, view, diagnostic, t, format, locale } = await loadDiagnosticTab(params);
  const ws = getWorkspace(db, ctx);
  const earlier = listEarlierCompleted(db, ctx, diagnostic)[0];
  const comparison = earlier ? compareDiagnostics(db, ctx, diagnostic.id, earlier.id) : null;
  const earlierLabel = earlier ? `${earlier.title} (${formatDay(format, earlier.heldOn)})` : '';
  const followUps = listFollowUps(db, ctx, diagnostic.id);
  return (
    <div className="report">
      <DiagnosticHeader slug={slug} diagnostic={diagnostic} current="report">
        <PrintButton label={t('print')} />
      </DiagnosticHeader>
      <p className="report-meta">
        {ws.name} · {t('reportKind')} · {t('questionnaireVersion', { version: diagnostic.questionnaireVersion })}
      </p>
      {diagnostic.status === 'in_progress' ? <p className="notice">{t('provisional')}</p> : null}
      <ProfileSection view={view} comparison={comparison && earlier ? { ...comparison, label: earlierLabel } : null} />
      <section aria-labelledby="report-findings" className="card">
        <h2 id="report-findings">{t('findingsTitle', { count: view.findings.length })}</h2>
        <FindingsList findings={view.findings} questionnaire={view.questionnaire} followUps={followUps} headingLevel={3} />
      </section>
      <TerritorySummary data={territorySummary(db, ctx)} slug={slug} />
      <section aria-labelledby="report-fu" className="card">
        <h2 id="report-fu">{t('followUp.listTitle')}</h2>
        <FollowUpTable slug={slug} ctx={ctx} items={followUps} caption={t('followUp.listTitle')} readOnly />
      </section>
      <p className="hint">{t('generatedOn', { date: formatMoment(format, new Date(), 'long'), locale: t(`localeName.${locale}`) })}</p>
    </div>
  );
}
