'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createMemberResetLinkAction, endMemberSessionsAction } from '@/lib/account/password-actions';
import { FormError, FormSuccess } from '@/components/ui/field';
import { MemberSelect, type MemberChoice } from '@/components/workspaces/member-select';

/** For an admin: end a member's sessions, or make them a one-time password reset link (shown once). */
export function MemberSessions({ workspaceId, members }: { workspaceId: string; members: MemberChoice[] }) {
  const t = useTranslations('accountSecurity');
  const [userId, setUserId] = useState(members[0]?.userId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const member = members.find((m) => m.userId === userId);
  if (!members.length) return null;

  async function run(kind: 'end' | 'link') {
    if (!member) return;
    setPending(true);
    setError(null);
    setDone(null);
    setLink(null);
    const result =
      kind === 'end'
        ? await endMemberSessionsAction(workspaceId, { userId: member.userId })
        : await createMemberResetLinkAction(workspaceId, { userId: member.userId });
    setPending(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    if (result.data && 'path' in result.data) setLink(`${window.location.origin}${result.data.path}`);
    else setDone(t('sessionsEnded', { name: member.name }));
  }

  return (
    <div className="stack">
      <FormError message={error} />
      <MemberSelect
        id="sessions-member"
        label={t('member')}
        members={members}
        value={userId}
        onChange={(id) => {
          setUserId(id);
          setDone(null);
          setLink(null);
          setError(null);
        }}
      />
      <div className="actions">
        <button type="button" className="button" onClick={() => void run('end')} disabled={pending}>
          {t('endSessions')}
        </button>
        <button type="button" className="button" onClick={() => void run('link')} disabled={pending}>
          {t('resetLink')}
        </button>
      </div>
      <FormSuccess message={done} />
      {link && member ? (
        <div className="field" role="status">
          <p>{t('resetLinkMade', { name: member.name })}</p>
          <label htmlFor="reset-link">{t('resetLinkLabel')}</label>
          <input id="reset-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
    </div>
  );
}
