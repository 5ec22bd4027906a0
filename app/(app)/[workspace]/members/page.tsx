import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listMembers, listPendingInvitations } from '@/lib/workspaces/queries';
import { MembersTable } from '@/components/workspaces/members-table';
import { InviteForm } from '@/components/workspaces/invite-form';
import { InvitationsList } from '@/components/workspaces/invitations-list';
import { MemberPersonalData } from '@/components/privacy/member-personal-data';
import { MemberSessions } from '@/components/account/member-sessions';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('nav', 'members');

export default async function MembersPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx, t } = await loadWorkspacePage(params, 'members.read', 'members');
  const tp = await getTranslations('privacy');
  const ts = await getTranslations('accountSecurity');
  const members = listMembers(db, ctx).map((m) => ({ ...m, since: m.since.toISOString() }));
  const manage = can(ctx.role, 'members.updateRole');
  const invitations = can(ctx.role, 'invitations.read')
    ? listPendingInvitations(db, ctx).map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString(), createdAt: i.createdAt.toISOString() }))
    : null;
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <MembersTable workspaceId={ctx.workspaceId} members={members} canManage={manage} currentUserId={ctx.userId} />
      {can(ctx.role, 'members.invite') ? (
        <section aria-labelledby="invite-heading" className="card">
          <h2 id="invite-heading">{t('inviteTitle')}</h2>
          <InviteForm workspaceId={ctx.workspaceId} />
        </section>
      ) : null}
      {invitations ? (
        <section aria-labelledby="pending-heading" className="card">
          <h2 id="pending-heading">{t('pendingTitle')}</h2>
          <InvitationsList workspaceId={ctx.workspaceId} invitations={invitations} />
        </section>
      ) : null}
      {can(ctx.role, 'members.sessions') && members.some((m) => m.userId !== ctx.userId) ? (
        <section aria-labelledby="member-sessions-heading" className="card">
          <h2 id="member-sessions-heading">{ts('membersTitle')}</h2>
          <p>{ts('membersIntro')}</p>
          <MemberSessions
            workspaceId={ctx.workspaceId}
            members={members.filter((m) => m.userId !== ctx.userId).map(({ userId, name, email }) => ({ userId, name, email }))}
          />
        </section>
      ) : null}
      {can(ctx.role, 'members.personalData') ? (
        <section aria-labelledby="personal-data-heading" className="card">
          <h2 id="personal-data-heading">{tp('membersTitle')}</h2>
          <p>{tp('membersIntro')}</p>
          <MemberPersonalData
            workspaceId={ctx.workspaceId}
            workspaceSlug={ctx.workspaceSlug}
            members={members.filter((m) => m.userId !== ctx.userId).map(({ userId, name, email }) => ({ userId, name, email }))}
          />
        </section>
      ) : null}
    </>
  );
}
