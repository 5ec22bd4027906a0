import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { requirePageMember } from '@/lib/auth/page-guard';
import { getEditableAction, getExternalActionDetail } from '@/lib/external-actions/queries';
import { AppError } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { ActionForm } from '@/components/external-actions/action-form';
import { loadActionFormOptions } from '@/components/external-actions/load-form-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('externalActions'))('edit') };
}

/** Amounts back into the form as people type them: "12500" or "12500.5". */
function euros(cents: number) {
  return String(cents / 100);
}

/** Edits an action: a contributor whose department takes no part in it gets a 403. */
export default async function EditExternalActionPage({ params }: { params: Promise<{ workspace: string; actionId: string }> }) {
  const { workspace: slug, actionId } = await params;
  const ctx = await requirePageMember(slug, 'externalActions.update');
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
  const t = await getTranslations('externalActions');
  const options = await loadActionFormOptions(ctx, toLocale(await getLocale()));
  return (
    <>
      <h1>{t('editTitleOf', { title: action.title })}</h1>
      <ActionForm
        workspaceId={ctx.workspaceId}
        slug={slug}
        options={options}
        action={{
          id: action.id,
          version: action.version,
          title: action.title,
          description: action.description ?? '',
          type: action.type,
          rationales: action.rationales,
          status: action.status,
          startDate: action.startDate ?? '',
          endDate: action.endDate ?? '',
          countries: action.countries,
          partnerIds: detail.partners.map((p) => p.id),
          actorIds: detail.territorialActors.map((a) => a.id),
          departments: detail.departments.map((d) => ({ departmentId: d.id, mode: d.mode })),
          competencies: detail.competencies.map((c) => ({ ref: c.ref, reason: c.reason })),
          sdgs: detail.sdgs.map(String),
          budgetLines: detail.budgetLines.map((l) => ({
            year: String(l.year),
            amount: euros(l.amountCents),
            fundingSource: l.fundingSource,
            departmentId: l.departmentId ?? '',
            label: l.label ?? '',
          })),
          expectedReturns: detail.expected.map((e) => ({
            id: e.id,
            category: e.category,
            description: e.description,
            indicator: e.indicator ?? '',
            target: e.target ?? '',
          })),
        }}
      />
    </>
  );
}
