import { getLocale, getTranslations } from 'next-intl/server';
import type { Rule } from '@/lib/diagnostic/rules';
import type { Questionnaire } from '@/lib/diagnostic/questionnaire';
import { toLocale } from '@/lib/i18n/config';
import { FollowUpForm } from './follow-up-form';

type Existing = { ruleKey: string; title: string; status: string };

/** Findings, most severe first, each with its recommendation and (for managers) a follow-up form. */
export async function FindingsList({
  findings,
  questionnaire,
  followUps,
  manage,
  headingLevel = 3,
}: {
  findings: Rule[];
  questionnaire: Questionnaire;
  followUps: Existing[];
  manage?: { workspaceId: string; diagnosticId: string; owners: { userId: string; name: string }[]; defaultOwnerId: string };
  headingLevel?: 3 | 4;
}) {
  const t = await getTranslations('diagnostic');
  const locale = toLocale(await getLocale());
  const H = headingLevel === 3 ? 'h3' : 'h4';
  if (findings.length === 0) return <p>{t('noFindings')}</p>;
  return (
    <ul className="marked-list findings">
      {findings.map((rule) => {
        const dimension = questionnaire.dimensions.find((d) => d.key === rule.dimension);
        const items = followUps.filter((f) => f.ruleKey === rule.key);
        return (
          <li key={rule.key} className="marked-item finding" data-severity={rule.kind === 'strength' ? 'strength' : rule.severity}>
            <H>
              <span className="severity">{t(`severities.${rule.kind === 'strength' ? 'strength' : rule.severity}`)}</span>
              {rule.finding[locale]}
            </H>
            <p className="muted">{dimension?.title[locale]}</p>
            <p>
              <strong>{t('recommendation')}</strong> {rule.recommendation[locale]}
            </p>
            {items.length > 0 ? (
              <p>
                {t('followUp.existing')} {items.map((i) => `${i.title} (${t(`followUp.statuses.${i.status}`)})`).join(' ; ')}
              </p>
            ) : null}
            {manage && rule.kind === 'weakness' ? (
              <FollowUpForm
                workspaceId={manage.workspaceId}
                diagnosticId={manage.diagnosticId}
                ruleKey={rule.key}
                recommendation={rule.recommendation[locale]}
                owners={manage.owners}
                defaultOwnerId={manage.defaultOwnerId}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
