'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { revokeInvitationAction } from '@/lib/workspaces/actions';
import { FormError } from '@/components/ui/field';
import { formatMoment } from '@/lib/format/dates';
import { useRefreshingMutation } from '@/components/ui/use-refreshing-mutation';

type Invitation = { id: string; email: string; role: string; expiresAt: string; createdAt: string; expired: boolean };

/** Pending invitations with their expiry; admins can revoke a link before it is used. */
export function InvitationsList({ workspaceId, invitations }: { workspaceId: string; invitations: Invitation[] }) {
  const t = useTranslations('members');
  const tr = useTranslations('roles');
  const format = useFormatter();
  const revoke = useRefreshingMutation((invitationId: string) => revokeInvitationAction(workspaceId, { invitationId }));
  if (!invitations.length) return <p className="muted">{t('noPending')}</p>;
  return (
    <div className="stack">
      <FormError message={revoke.data && !revoke.data.ok ? revoke.data.message : null} />
      <ul className="plain-list">
        {invitations.map((inv) => {
          return (
            <li key={inv.id} className="row">
              <span>
                <strong>{inv.email}</strong> · {tr(inv.role)} ·{' '}
                {inv.expired ? t('expired') : t('expires', { date: formatMoment(format, inv.expiresAt, 'medium', false) })}
              </span>
              <button type="button" className="button ghost small" onClick={() => revoke.mutate(inv.id)} disabled={revoke.isPending}>
                {t('revoke')}
                <span className="visually-hidden"> — {inv.email}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
