import { getLocale } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/config';
import { DepartmentForm } from '@/components/departments/department-form';
import { loadDepartmentFormOptions } from '../load-options';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('departments', 'newTitle');

export default async function NewDepartmentPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'departments.manage', 'departments');
  return (
    <>
      <h1>{t('newTitle')}</h1>
      <DepartmentForm workspaceId={ctx.workspaceId} slug={slug} options={loadDepartmentFormOptions(ctx, toLocale(await getLocale()))} />
    </>
  );
}
