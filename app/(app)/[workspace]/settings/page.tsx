import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { getWorkspace } from '@/lib/workspaces/queries';
import { COMMON_LANGUAGES } from '@/lib/geo';
import { ProfileForm } from '@/components/workspaces/profile-form';
import { ApiTokensCard } from '@/components/api/api-tokens-card';
import { apiTokenRows } from '@/lib/api/token-rows';
import { IdentifiersForm } from '@/components/iati/identifiers-form';
import { getRuleSet } from '@/lib/co-financing/queries';
import { CoFinancingRulesCard } from '@/components/co-financing/rules-card';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { profileFormOptions } from '@/lib/shell/profile-options';

export const generateMetadata = pageTitle('nav', 'profile');

export default async function SettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx, t, locale } = await loadWorkspacePage(params, 'workspace.update', 'workspace');
  const ws = getWorkspace(db, ctx);
  return (
    <>
      <h1>{t('profileTitle')}</h1>
      <p className="lead">{t('profileIntro')}</p>
      <ProfileForm
        workspaceId={ws.id}
        initial={{ name: ws.name, level: ws.level, country: ws.country, population: ws.population, languages: ws.languages }}
        {...profileFormOptions(locale, [...new Set([...COMMON_LANGUAGES, ...ws.languages])])}
      />
      <IdentifiersForm workspaceId={ws.id} initial={{ siren: ws.siren, geoCode: ws.geoCode }} />
      {can(ctx.role, 'apiTokens.manage') ? (
        <ApiTokensCard workspaceId={ws.id} tokens={apiTokenRows(ctx, locale)} docsHref={`/api/v1/docs?lang=${locale}`} />
      ) : null}
      <CoFinancingRulesCard workspaceId={ws.id} rules={Object.values(getRuleSet(db, ctx))} />
    </>
  );
}
