import { getLocale } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/config';
import { ActionForm } from '@/components/external-actions/action-form';
import { loadActionFormOptions } from '@/lib/external-actions/form-options';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('externalActions', 'newTitle');

export default async function NewExternalActionPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'externalActions.create', 'externalActions');
  const options = await loadActionFormOptions(ctx, toLocale(await getLocale()));
  return (
    <>
      <h1>{t('newTitle')}</h1>
      <ActionForm workspaceId={ctx.workspaceId} slug={slug} options={options} />
    </>
  );
}
