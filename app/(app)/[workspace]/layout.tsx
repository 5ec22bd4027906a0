import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { requirePageMember, requirePageUser } from '@/lib/auth/page-guard';
import { can, WORKSPACE_SECTIONS } from '@/lib/auth/policy';
import { db } from '@/db/client';
import { getWorkspace } from '@/lib/workspaces/queries';
import { AppHeader } from '@/components/shell/app-header';
import { WorkspaceNav } from '@/components/shell/workspace-nav';

/** The workspace shell: banner, the journey's navigation (only what the role may open), main. */
export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const user = await requirePageUser();
  const ctx = await requirePageMember(slug);
  const ws = getWorkspace(db, ctx);
  const t = await getTranslations('nav');
  const tr = await getTranslations('roles');
  const links = WORKSPACE_SECTIONS.filter((s) => can(ctx.role, s.permission)).map((s) => ({
    href: `/${slug}${s.path}`,
    label: t(s.key),
  }));
  return (
    <>
      <AppHeader user={user} currentSlug={slug} />
      <div className="workspace">
        <aside className="sidebar">
          <p className="sidebar-title">
            {ws.name}
            <span className="badge">{tr(ctx.role)}</span>
          </p>
          <WorkspaceNav label={t('label')} menuLabel={t('menu')} links={links} />
        </aside>
        <main id="main" tabIndex={-1} className="content">
          {children}
        </main>
      </div>
    </>
  );
}
