import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageMember } from '@/lib/auth/page-guard';
import { toLocale } from '@/lib/i18n/config';
import { ActionForm } from '@/components/external-actions/action-form';
import { loadActionFormOptions } from '@/lib/external-actions/form-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('externalActions'))('newTitle') };
}

export default async function NewExternalActionPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requirePageMember(slug, 'externalActions.create');
  const t = await getTranslations('externalActions');
  const options = await loadActionFormOptions(ctx, toLocale(await getLocale()));
  return (
    <>
      <h1>{t('newTitle')}</h1>
      <ActionForm workspaceId={ctx.workspaceId} slug={slug} options={options} />
    </>
  );
}
