import { headers } from 'next/headers';
import { db } from '@/db/client';
import { countResponses, listCensusLinks, listPendingResponses } from '@/lib/census/queries';
import { countryOptions } from '@/lib/geo';
import { CensusLinkForm } from '@/components/census/census-link-form';
import { CensusLinksTable } from '@/components/census/census-links-table';
import { ModerationQueue } from '@/components/census/moderation-queue';
import { formatDay, formatMoment } from '@/lib/format/dates';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { BackLink } from '@/components/ui/back-link';

export const generateMetadata = pageTitle('census', 'title');

/** The address people outside the app reach: NEXTAUTH_URL when set, else the request's host. */
async function publicOrigin() {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.replace(/\/$/, '');
  const h = await headers();
  return `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('x-forwarded-host') ?? h.get('host')}`;
}

/** The territorial census: public questionnaire links and the moderation queue of answers. */
export default async function CensusPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'census.manage', 'census');
  const origin = await publicOrigin();
  const links = listCensusLinks(db, ctx).map((l) => ({
    id: l.id,
    title: l.title,
    url: `${origin}/q/${l.token}`,
    open: l.open,
    status: l.status,
    closesAt: l.closesAt ? formatDay(format, l.closesAt, 'long') : null,
    responses: l.responses,
    pending: Number(l.pending),
  }));
  const pending = listPendingResponses(db, ctx).map((r) => ({
    id: r.id,
    submittedOn: formatMoment(format, r.submittedAt),
    linkTitle: r.linkTitle,
    payload: r.payload,
    suggestions: r.suggestions.map((s) => ({ id: s.id, name: s.name, city: s.city, country: s.country })),
  }));
  const counts = countResponses(db, ctx);
  const countryNames = Object.fromEntries(countryOptions(locale).map((c) => [c.code, c.name]));
  return (
    <>
      <BackLink href={`/${slug}/actors`}>{t('back')}</BackLink>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>

      <section aria-labelledby="census-queue" className="card stack">
        <h2 id="census-queue">{t('moderation.title', { count: counts.pending })}</h2>
        <p className="muted">{t('moderation.summary', counts)}</p>
        <ModerationQueue workspaceId={ctx.workspaceId} slug={slug} responses={pending} countryNames={countryNames} />
      </section>

      <section aria-labelledby="census-links" className="card stack">
        <h2 id="census-links">{t('links.title')}</h2>
        <CensusLinksTable workspaceId={ctx.workspaceId} links={links} />
      </section>

      <section aria-labelledby="census-new-link" className="card stack">
        <h2 id="census-new-link">{t('links.newTitle')}</h2>
        <p className="muted">{t('links.newIntro')}</p>
        <CensusLinkForm workspaceId={ctx.workspaceId} />
      </section>
    </>
  );
}
