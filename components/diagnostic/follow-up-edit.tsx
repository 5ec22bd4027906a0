'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { FollowUpStatus } from '@/db/enums/diagnostic';
import type { UpdateFollowUpInput } from '@/lib/diagnostic/schemas';
import { updateFollowUpAction } from '@/lib/diagnostic/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { FormError } from '@/components/ui/field';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { useDiagnosticMessage } from './use-diagnostic-message';
import { FollowUpFields } from './follow-up-fields';

type Item = { id: string; title: string; ownerId: string | null; dueOn: string | null; status: FollowUpStatus; version: number };

/** Edits a follow-up item's title, owner and due date (its status has its own control). */
export function FollowUpEdit({ workspaceId, item, owners }: { workspaceId: string; item: Item; owners: { userId: string; name: string }[] }) {
  const t = useTranslations('diagnostic');
  const tr = useDiagnosticMessage();
  const router = useRouter();
  const { form, mutation, onSubmit, formError, versioning } = useActionForm({
    defaultValues: { followUpId: item.id, title: item.title, ownerId: item.ownerId ?? '', dueOn: item.dueOn ?? '', status: item.status },
    version: item.version,
    action: (values: z.input<typeof UpdateFollowUpInput>, version) => updateFollowUpAction(workspaceId, { ...values, version }),
    onSuccess: () => router.refresh(),
  });
  const errors = form.formState.errors;
  const id = `fu-edit-${item.id}`;
  return (
    <details>
      <summary className="button ghost small">
        {t('followUp.edit')}
        <span className="visually-hidden"> — {item.title}</span>
      </summary>
      <form onSubmit={onSubmit} noValidate className="stack">
        <FormError message={tr(formError)} />
        <ConflictPanel
          versioning={versioning}
          fields={[
            { name: 'title', label: t('followUp.title') },
            { name: 'ownerId', label: t('followUp.owner'), format: (v) => owners.find((o) => o.userId === v)?.name ?? '' },
            { name: 'dueOn', label: t('followUp.dueOn') },
            { name: 'status', label: t('followUp.status'), format: (v) => (v ? t(`followUp.statuses.${v as string}`) : '') },
          ]}
        />
        <FollowUpFields id={id} owners={owners} register={form.register} errors={errors} tr={tr} />
        <button type="submit" className="button small" disabled={mutation.isPending}>
          {t('saveEdit')}
        </button>
      </form>
    </details>
  );
}
