import { getLocale, getTranslations } from 'next-intl/server';
import { COMMON_LANGUAGES, countryOptions, languageName } from '@/lib/geo';
import { toLocale } from '@/lib/i18n/config';
import { PageFrame } from '@/components/shell/page-frame';
import { CreateWorkspaceForm } from '@/components/workspaces/create-workspace-form';
import { pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('workspace', 'newTitle');

export default async function NewWorkspacePage() {
  const locale = toLocale(await getLocale());
  const t = await getTranslations('workspace');
  return (
    <PageFrame narrow>
      <h1>{t('newTitle')}</h1>
      <p className="lead">{t('newIntro')}</p>
      <CreateWorkspaceForm countries={countryOptions(locale)} languages={COMMON_LANGUAGES.map((code) => ({ code, name: languageName(code, locale) }))} />
    </PageFrame>
  );
}
