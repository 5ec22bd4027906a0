'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLES, type Role } from '@/db/enums/workspaces';
import { removeMemberAction, updateMemberRoleAction } from '@/lib/workspaces/actions';
import { FormError } from '@/components/ui/field';
import { formatMoment } from '@/lib/format/dates';
import { DataTable } from '@/components/ui/data-table';
import { ConfirmStep, useConfirmState } from '@/components/ui/confirm-step';
import { InPageForm } from '@/components/ui/in-page-form';
import { InlineSelect } from '@/components/ui/inline-select';
import { enumItems } from '@/components/ui/select-field';

type Member = { membershipId: string; userId: string; name: string; email: string; role: Role; since: string };

function MemberRow({
  workspaceId,
  member,
  canManage,
  isSelf,
  onMessage,
}: {
  workspaceId: string;
  member: Member;
  canManage: boolean;
  isSelf: boolean;
  onMessage: (kind: 'ok' | 'error', text: string) => void;
}) {
  const t = useTranslations('members');
  const tr = useTranslations('roles');
  const format = useFormatter();
  const router = useRouter();
  const [role, setRole] = useState<Role>(member.role);
  const step = useConfirmState();
  const changeRole = useMutation({
    mutationFn: () => updateMemberRoleAction(workspaceId, { membershipId: member.membershipId, role }),
    onSuccess: (result) => {
      if (result.ok) {
        onMessage('ok', t('roleChanged', { name: member.name, role: tr(role) }));
        router.refresh();
      } else {
        setRole(member.role);
        onMessage('error', result.message);
      }
    },
  });
  const remove = useMutation({
    mutationFn: () => removeMemberAction(workspaceId, { membershipId: member.membershipId }),
    onSuccess: (result) => {
      step.setConfirming(false);
      if (result.ok) {
        onMessage('ok', t('removed', { name: member.name }));
        router.refresh();
      } else onMessage('error', result.message);
    },
  });
  const selectId = `role-${member.membershipId}`;
  return (
    <tr>
      <th scope="row">
        {member.name}
        {isSelf ? <span className="muted"> ({t('you')})</span> : null}
      </th>
      <td>{member.email}</td>
      <td>
        {canManage ? (
          <InPageForm className="inline-form" onSubmit={() => changeRole.mutate()}>
            <InlineSelect id={selectId} label={t('roleOf', { name: member.name })} value={role} onChange={setRole} items={enumItems(ROLES, tr)} />
            <button type="submit" className="button small" disabled={role === member.role || changeRole.isPending}>
              {t('applyRole')}
              <span className="visually-hidden"> — {member.name}</span>
            </button>
          </InPageForm>
        ) : (
          tr(member.role)
        )}
      </td>
      <td>{formatMoment(format, member.since, 'medium', false)}</td>
      {canManage ? (
        <td>
          <ConfirmStep
            {...step}
            run={remove}
            label={
              <>
                {t('remove')}
                <span className="visually-hidden"> — {member.name}</span>
              </>
            }
            confirmLabel={t('confirmRemove', { name: member.name })}
            cancelLabel={t('cancel')}
            small
            pairClass="inline-form"
          />
        </td>
      ) : null}
    </tr>
  );
}

/** Members with their roles; admins change roles and remove members (never the last admin). */
export function MembersTable({
  workspaceId,
  members,
  canManage,
  currentUserId,
}: {
  workspaceId: string;
  members: Member[];
  canManage: boolean;
  currentUserId: string;
}) {
  const t = useTranslations('members');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  return (
    <div className="stack">
      {message?.kind === 'error' ? <FormError message={message.text} /> : null}
      <p role="status" className="form-success">
        {message?.kind === 'ok' ? message.text : ''}
      </p>
      <DataTable id="members" caption={t('tableCaption')} hideCaption columns={[t('name'), t('email'), t('role'), t('since'), canManage ? t('actions') : null]}>
        {members.map((m) => (
          <MemberRow
            key={m.membershipId}
            workspaceId={workspaceId}
            member={m}
            canManage={canManage}
            isSelf={m.userId === currentUserId}
            onMessage={(kind, text) => setMessage({ kind, text })}
          />
        ))}
      </DataTable>
    </div>
  );
}
