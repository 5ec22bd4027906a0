'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { eraseMemberAction } from '@/lib/privacy/actions';
import { FormError, FormSuccess } from '@/components/ui/field';
import { MemberSelect, type MemberChoice } from '@/components/workspaces/member-select';
import { ConfirmStep, useConfirmState } from '@/components/ui/confirm-step';

/**
 * For an admin answering a subject-access or erasure request about a member: download what the
 * workspace holds about them (JSON), or erase them (only a person who belongs to this workspace alone).
 */
export function MemberPersonalData({ workspaceId, workspaceSlug, members }: { workspaceId: string; workspaceSlug: string; members: MemberChoice[] }) {
  const t = useTranslations('privacy');
  const router = useRouter();
  const [userId, setUserId] = useState(members[0]?.userId ?? '');
  const step = useConfirmState();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const member = members.find((m) => m.userId === userId);
  if (!members.length) return <p>{t('noOtherMember')}</p>;

  async function erase() {
    if (!member) return;
    setPending(true);
    setError(null);
    const result = await eraseMemberAction(workspaceId, { userId: member.userId });
    setPending(false);
    step.setConfirming(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setDone(t('erasedMember', { name: member.name }));
    router.refresh();
  }

  return (
    <div className="stack">
      <FormError message={error} />
      <MemberSelect
        id="personal-data-member"
        label={t('member')}
        members={members}
        value={userId}
        onChange={(id) => {
          setUserId(id);
          step.setConfirming(false);
          setDone(null);
        }}
      />
      <div className="actions">
        <a className="button" href={`/api/workspaces/${workspaceSlug}/members/${userId}/personal-data`} download>
          {t('exportMember')}
        </a>
        <ConfirmStep
          {...step}
          onConfirm={() => void erase()}
          pending={pending}
          label={t('eraseMember')}
          confirmLabel={t('confirmEraseMember', { name: member?.name ?? '' })}
          cancelLabel={t('cancel')}
          tone="danger"
        />
      </div>
      <FormSuccess message={done} />
    </div>
  );
}
