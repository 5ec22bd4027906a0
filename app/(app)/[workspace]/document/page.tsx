import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { getSessionUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { accessTo, currentViews, listAssignableMembers, listSections } from '@/lib/strategy-document/queries';
import { DocumentTabs } from '@/components/strategy-document/document-tabs';
import { getAdoptedVersion } from '@/lib/review/queries';
import Link from 'next/link';
import { ExportPanel } from '@/components/strategy-document/export-panel';
import { Outline } from '@/components/strategy-document/outline';
import { SectionBlocks } from '@/components/strategy-document/section-blocks';
import { SectionEditor } from '@/components/strategy-document/section-editor';
import { AssignSection } from '@/components/strategy-document/assign-section';
import { InitializeButton } from '@/components/strategy-document/initialize-button';
import { SectionShare } from '@/components/partnerships/section-share';
import { listSectionShares } from '@/lib/partnerships/queries';
import { ORIGINAL_LANGUAGE } from '@/lib/partnerships/document-translations';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { PageHead } from '@/components/ui/page-head';
import { formatDay } from '@/lib/format/dates';

type Props = { params: Promise<{ workspace: string }> };

export const generateMetadata = pageTitle('document', 'title');

/** Dark enough for white text (WCAG AA), one per person, stable across sessions. */
const CARET_COLORS = ['#8c1d18', '#1a56c4', '#1e6b35', '#6b3fa0', '#7a4800', '#005f73', '#9d174d', '#3f4d5c'];

function colorOf(userId: string) {
  let hash = 0;
  for (const c of userId) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return CARET_COLORS[hash % CARET_COLORS.length]!;
}

/** The strategy document: outline, data sections with today's figures, written sections co-edited live. */
export default async function DocumentPage({ params }: Props) {
  const { slug, ctx, t, locale } = await loadWorkspacePage(params, 'document.read', 'document');
  const user = await getSessionUser();
  const canManage = can(ctx.role, 'document.manage');
  const sections = listSections(db, ctx);
  const snapshot = currentViews(db, ctx, locale);
  const members = canManage ? listAssignableMembers(db, ctx) : [];
  // Managers share written sections with partnerships (issue 9), right from the outline's sections.
  const shares = can(ctx.role, 'partnerships.manage') ? listSectionShares(db, ctx) : null;
  const views = snapshot.views;
  const adopted = getAdoptedVersion(db, ctx.workspaceId);
  const tr = await getTranslations('review');
  const adoptedOn = adopted ? formatDay(locale, adopted.adoptedOn, 'long') : '';

  return (
    <div className="document">
      <PageHead title={t('title')} lead={t('intro')} />
      <DocumentTabs slug={slug} current="document" />
      {adopted ? (
        <p className="adopted-banner no-print">
          {tr('adoptedTitle')} — <Link href={`/${slug}/document/versions/${adopted.versionId}`}>{adopted.versionName}</Link>.{' '}
          {tr('adoptedBanner', { date: adoptedOn, body: adopted.body, reference: adopted.reference })}
        </p>
      ) : null}
      {sections.length === 0 ? (
        <div className="card">
          <p>{canManage ? t('emptyManage') : t('empty')}</p>
          {canManage ? <InitializeButton workspaceId={ctx.workspaceId} /> : null}
        </div>
      ) : (
        <div className="doc-layout">
          <div className="doc-aside">
            <Outline workspaceId={ctx.workspaceId} canManage={canManage} items={views.map((v) => ({ id: v.id, title: v.title, kind: v.kind }))} />
          </div>
          <div className="doc-body">
            <ExportPanel slug={slug} defaultLocale={locale} />
            <p className="doc-title-line">{t('documentTitle', { workspace: snapshot.workspaceName })}</p>
            {sections.map((section, index) => {
              const view = views[index]!;
              const source = snapshot.sections[index]!;
              const access = accessTo(ctx, section);
              return (
                <section
                  key={section.id}
                  id={`section-${section.id}`}
                  aria-labelledby={`title-${section.id}`}
                  className="card doc-section"
                  data-kind={section.kind}
                >
                  <header className="doc-section-head">
                    <h2 id={`title-${section.id}`}>{view.title}</h2>
                    <p className="doc-section-meta">
                      <span className="badge">{section.kind === 'written' ? t('kindWritten') : t('kindData')}</span>
                      {section.kind === 'written' ? (
                        <span className="muted">{section.assigneeName ? t('assignedTo', { name: section.assigneeName }) : t('unassigned')}</span>
                      ) : null}
                    </p>
                    {section.kind === 'written' && canManage ? (
                      <AssignSection
                        workspaceId={ctx.workspaceId}
                        sectionId={section.id}
                        title={view.title}
                        assigneeId={section.assigneeId}
                        members={members}
                      />
                    ) : null}
                    {section.kind === 'written' && shares?.partnerships.length ? (
                      <SectionShare
                        workspaceId={ctx.workspaceId}
                        sectionId={section.id}
                        title={view.title}
                        partnerships={shares.partnerships}
                        shared={shares.shared[section.id] ?? []}
                      />
                    ) : null}
                  </header>
                  {source.kind === 'written' ? (
                    <>
                      <p className="hint no-print">{access === 'write' ? t('youWrite') : t('youRead')}</p>
                      <SectionEditor
                        sectionId={section.id}
                        title={view.title}
                        editable={access === 'write'}
                        user={{ id: ctx.userId, name: user?.name ?? '', color: colorOf(ctx.userId) }}
                        initialHtml={source.html}
                        lang={ORIGINAL_LANGUAGE}
                      />
                    </>
                  ) : (
                    <SectionBlocks
                      blocks={view.blocks}
                      longTables={{
                        above: 50,
                        shown: 25,
                        href: `/${slug}/document/print#s-${index + 1}`,
                        note: (shown, total) => t('moreRows', { shown, total }),
                        link: t('moreRowsLink'),
                      }}
                    />
                  )}
                </section>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
