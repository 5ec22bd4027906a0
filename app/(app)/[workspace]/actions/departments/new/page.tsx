import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageMember } from '@/lib/auth/page-guard';
import { toLocale } from '@/lib/i18n/config';
import { DepartmentForm } from '@/components/departments/department-form';
import { loadDepartmentFormOptions } from '../load-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('departments'))('newTitle') };
}

export default async function NewDepartmentPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requirePageMember(slug, 'departments.manage');
  const t = await getTranslations('departments');
  return (
    <>
      <h1>{t('newTitle')}</h1>
      <DepartmentForm workspaceId={ctx.workspaceId} slug={slug} options={loadDepartmentFormOptions(ctx, toLocale(await getLocale()))} />
    </>
  );
}
