import { getLocale, getTranslations } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/config';
import { PageFrame } from '@/components/shell/page-frame';
import { CreateWorkspaceForm } from '@/components/workspaces/create-workspace-form';
import { pageTitle } from '@/lib/shell/page';
import { profileFormOptions } from '@/lib/shell/profile-options';

export const generateMetadata = pageTitle('workspace', 'newTitle');

export default async function NewWorkspacePage() {
  const locale = toLocale(await getLocale());
  const t = await getTranslations('workspace');
  return (
    <PageFrame narrow title={t('newTitle')} lead={t('newIntro')}>
      <CreateWorkspaceForm {...profileFormOptions(locale)} />
    </PageFrame>
  );
}
