import { forbidden, notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { db } from '@/db/client';
import { externalActionFormValues, getEditableAction, getExternalActionDetail } from '@/lib/external-actions/queries';
import { AppError } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { ActionForm } from '@/components/external-actions/action-form';
import { loadActionFormOptions } from '@/lib/external-actions/form-options';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('externalActions', 'edit');

/** Edits an action: a contributor whose department takes no part in it gets a 403. */
export default async function EditExternalActionPage({ params }: { params: Promise<{ workspace: string; actionId: string }> }) {
  const { actionId } = await params;
  const { slug, ctx, t } = await loadWorkspacePage(params, 'externalActions.update', 'externalActions');
  let detail;
  try {
    getEditableAction(db, ctx, actionId);
    detail = getExternalActionDetail(db, ctx, actionId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    if (error instanceof AppError && error.code === 'forbidden') forbidden();
    throw error;
  }
  const { action } = detail;
  const options = await loadActionFormOptions(ctx, toLocale(await getLocale()));
  return (
    <>
      <h1>{t('editTitleOf', { title: action.title })}</h1>
      <ActionForm
        workspaceId={ctx.workspaceId}
        slug={slug}
        options={options}
        action={{ ...externalActionFormValues(detail), id: action.id, version: action.version }}
      />
    </>
  );
}
