import { forbidden } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { db } from '@/db/client';
import { orNotFound } from '@/lib/auth/page-guard';
import { canEditDepartment, getDepartment } from '@/lib/departments/queries';
import { toLocale } from '@/lib/i18n/config';
import { DepartmentForm } from '@/components/departments/department-form';
import { departmentFormValues } from '@/lib/departments/schemas';
import { loadDepartmentFormOptions } from '../../load-options';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('departments', 'edit');

/** Edits a department's record: editors and admins, or its point person (who cannot hand it over). */
export default async function EditDepartmentPage({ params }: { params: Promise<{ workspace: string; departmentId: string }> }) {
  const { departmentId } = await params;
  const { slug, ctx, t } = await loadWorkspacePage(params, 'departments.update', 'departments');
  const department = orNotFound(() => getDepartment(db, ctx, departmentId));
  if (!canEditDepartment(ctx, department)) forbidden();
  return (
    <>
      <h1>{t('editTitleOf', { name: department.name })}</h1>
      <DepartmentForm
        workspaceId={ctx.workspaceId}
        slug={slug}
        options={loadDepartmentFormOptions(ctx, toLocale(await getLocale()), department.languages, ctx.role === 'contributor')}
        department={{ ...departmentFormValues(department), id: department.id, version: department.version }}
      />
    </>
  );
}
