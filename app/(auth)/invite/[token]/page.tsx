import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { getSessionUser } from '@/lib/auth/session';
import { findInvitationByToken } from '@/lib/workspaces/queries';
import { PageFrame } from '@/components/shell/page-frame';
import { AcceptInviteForm, JoinWorkspaceButton } from '@/components/auth/accept-invite-form';
import { pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('invite', 'title');

/** The one-time invitation link: set a name and password, or join with an existing account. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('invite');
  const tr = await getTranslations('roles');
  const found = findInvitationByToken(db, token);
  if (found.status !== 'valid') {
    return (
      <PageFrame narrow>
        <h1>{t('title')}</h1>
        <p className="notice" role="status">
          {t(`status_${found.status}`)}
        </p>
        <p>
          <Link href="/sign-in">{t('goToSignIn')}</Link>
        </p>
      </PageFrame>
    );
  }
  const inv = found.invitation;
  const user = await getSessionUser();
  return (
    <PageFrame narrow title={t('title')} lead={t('intro', { workspace: inv.workspaceName, role: tr(inv.role) })}>
      {user && user.email === inv.email ? (
        <JoinWorkspaceButton token={token} />
      ) : user ? (
        <p className="notice">{t('otherAccount', { email: inv.email })}</p>
      ) : inv.accountExists ? (
        <p className="notice">
          {t('signInFirst', { email: inv.email })} <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>{t('goToSignIn')}</Link>
        </p>
      ) : (
        <AcceptInviteForm token={token} email={inv.email} />
      )}
    </PageFrame>
  );
}
