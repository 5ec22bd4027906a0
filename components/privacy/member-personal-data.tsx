'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { eraseMemberAction } from '@/lib/privacy/actions';
import { FormError, FormSuccess } from '@/components/ui/field';
import { Options } from '@/components/ui/options';
import { ConfirmStep } from '@/components/ui/confirm-step';

type Member = { userId: string; name: string; email: string };

/**
 * For an admin answering a subject-access or erasure request about a member: download what the
 * workspace holds about them (JSON), or erase them (only a person who belongs to this workspace alone).
 */
export function MemberPersonalData({ workspaceId, workspaceSlug, members }: { workspaceId: string; workspaceSlug: string; members: Member[] }) {
  const t = useTranslations('privacy');
  const router = useRouter();
  const [userId, setUserId] = useState(members[0]?.userId ?? '');
  const [confirming, setConfirming] = useState(false);
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
    setConfirming(false);
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
      <div className="field">
        <label htmlFor="personal-data-member">{t('member')}</label>
        <select
          id="personal-data-member"
          value={userId}
          onChange={(e) => {
            setUserId(e.target.value);
            setConfirming(false);
            setDone(null);
          }}
        >
          <Options items={members.map((m) => ({ value: m.userId, label: `${m.name} — ${m.email}` }))} />
        </select>
      </div>
      <div className="actions">
        <a className="button" href={`/api/workspaces/${workspaceSlug}/members/${userId}/personal-data`} download>
          {t('exportMember')}
        </a>
        <ConfirmStep
          confirming={confirming}
          setConfirming={setConfirming}
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
