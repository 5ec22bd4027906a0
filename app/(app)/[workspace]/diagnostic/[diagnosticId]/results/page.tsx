import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { compareDiagnostics, listEarlierCompleted, listFollowUps, listOwnerCandidates } from '@/lib/diagnostic/queries';
import { CompareParam } from '@/lib/diagnostic/schemas';
import { DiagnosticHeader } from '@/components/diagnostic/diagnostic-header';
import { ProfileSection } from '@/components/diagnostic/profile-section';
import { FindingsList } from '@/components/diagnostic/findings-list';
import { FollowUpTable } from '@/components/diagnostic/follow-up-table';
import { formatDay } from '@/lib/format/dates';
import { Options } from '@/components/ui/options';
import { diagnosticTabTitle, loadDiagnosticTab } from '../load-tab';

type Props = {
  params: Promise<{ workspace: string; diagnosticId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = diagnosticTabTitle('results');

/** Profile, comparison with an earlier diagnostic, findings and their follow-up items. */
export default async function ResultsPage({ params, searchParams }: Props) {
  const { slug, ctx, view, diagnostic, t, format, locale } = await loadDiagnosticTab(params);
  const raw = await searchParams;
  const query = CompareParam.safeParse({ compare: Array.isArray(raw.compare) ? raw.compare[0] : raw.compare });
  const earlier = listEarlierCompleted(db, ctx, diagnostic);
  // By default, compare with the most recent earlier diagnostic; `?compare=none` shows none.
  const requested = query.success ? query.data.compare : undefined;
  const chosen = requested === 'none' ? undefined : (earlier.find((e) => e.id === requested) ?? (requested ? undefined : earlier[0]));
  const comparison = chosen ? compareDiagnostics(db, ctx, diagnostic.id, chosen.id) : null;
  const label = (e: { title: string; heldOn: string }) => `${e.title} (${formatDay(format, e.heldOn)})`;
  const manage = can(ctx.role, 'diagnostic.manage');
  const followUps = listFollowUps(db, ctx, diagnostic.id);
  const owners = manage ? listOwnerCandidates(db, ctx) : [];
  const dimensionTitle = (key: string) => view.questionnaire.dimensions.find((d) => d.key === key)?.title[locale] ?? key;
  return (
    <>
      <DiagnosticHeader slug={slug} diagnostic={diagnostic} current="results" />
      {diagnostic.status === 'in_progress' ? <p className="notice">{t('provisional')}</p> : null}
      {earlier.length > 0 ? (
        <form method="get" className="filters no-print" aria-label={t('compareLabel')}>
          <div className="field">
            <label htmlFor="compare">{t('compareWith')}</label>
            <select id="compare" name="compare" defaultValue={chosen?.id ?? 'none'}>
              <option value="none">{t('noComparison')}</option>
              <Options items={earlier.map((e) => ({ value: e.id, label: label(e) }))} />
            </select>
          </div>
          <div className="actions">
            <button type="submit" className="button">
              {t('compare')}
            </button>
          </div>
        </form>
      ) : (
        <p className="muted">{t('noEarlier')}</p>
      )}
      <ProfileSection view={view} comparison={comparison && chosen ? { ...comparison, label: label(chosen) } : null} />
      {comparison && chosen ? (
        <section aria-labelledby="changes-heading" className="card">
          <h2 id="changes-heading">{t('changesTitle', { title: label(chosen) })}</h2>
          <div className="summary-grid">
            {(['resolved', 'appeared'] as const).map((change) => (
              <div key={change}>
                <h3>{t(change)}</h3>
                {comparison[change].length === 0 ? (
                  <p className="muted">{t('none')}</p>
                ) : (
                  <ul>
                    {comparison[change].map((f) => (
                      <li key={f.key}>{f.finding[locale]}</li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </div>
        </section>
      ) : null}
      <section aria-labelledby="findings-heading" className="card">
        <h2 id="findings-heading">{t('findingsTitle', { count: view.findings.length })}</h2>
        <p className="hint">{t('findingsIntro')}</p>
        <FindingsList
          findings={view.findings}
          questionnaire={view.questionnaire}
          followUps={followUps}
          manage={manage ? { workspaceId: ctx.workspaceId, diagnosticId: diagnostic.id, owners, defaultOwnerId: ctx.userId } : undefined}
        />
      </section>
      <section aria-labelledby="fu-heading">
        <h2 id="fu-heading">{t('followUp.listTitle')}</h2>
        <FollowUpTable slug={slug} ctx={ctx} items={followUps} caption={t('followUp.listTitle')} owners={owners} />
      </section>
      {view.visibleDimensions.length < view.questionnaire.dimensions.length ? (
        <p className="hint">{t('limitedView', { dimensions: view.visibleDimensions.map(dimensionTitle).join(', ') })}</p>
      ) : null}
    </>
  );
}
