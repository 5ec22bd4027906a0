import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { orNotFound } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/policy';
import { getActor, listActorOptions, listActorRelations } from '@/lib/actors/queries';
import { listActorMissionContacts } from '@/lib/missions/debrief';
import { countryName, languageName } from '@/lib/geo';
import { RelationForm } from '@/components/actors/relation-form';
import { editableActorIds } from '@/lib/actors/access';
import { DeleteRelationButton, DeleteActorButton } from '@/components/actors/delete-buttons';
import { ContactData } from '@/components/actors/contact-data';
import { formatDay, formatMoment } from '@/lib/format/dates';
import { PageHead } from '@/components/ui/page-head';
import { loadWorkspacePage, recordTitle } from '@/lib/shell/page';
import { BackLink } from '@/components/ui/back-link';

type Props = { params: Promise<{ workspace: string; actorId: string }> };

function load(ctx: Parameters<typeof getActor>[1], id: string) {
  return orNotFound(() => getActor(db, ctx, id));
}

export const generateMetadata = recordTitle('actors.readOwn', (ctx, { actorId }: { workspace: string; actorId: string }) => getActor(db, ctx, actorId).name);

/** One actor: profile, contact (personal data), relations. A partner sees only their own authority's record. */
export default async function ActorPage({ params }: Props) {
  const { actorId } = await params;
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'actors.readOwn', 'actors');
  const actor = load(ctx, actorId);
  const seesMap = can(ctx.role, 'actors.read');
  const relations = seesMap ? listActorRelations(db, ctx, actor.id) : [];
  // The controls follow lib/actors/access.ts: a contributor edits the actors assigned to them, and
  // manages a relation when one of its two actors is theirs (issue 18.8).
  const mayEditActors = can(ctx.role, 'actors.update');
  const mayManageRelations = can(ctx.role, 'relations.manage');
  const editable = mayEditActors || mayManageRelations ? editableActorIds(db, ctx, [actor.id, ...relations.map((r) => r.otherId)]) : new Set<string>();
  const canEditThis = editable.has(actor.id);
  const relationTargets =
    seesMap && mayManageRelations
      ? (() => {
          const options = listActorOptions(db, ctx).filter((o) => o.id !== actor.id);
          if (canEditThis) return options;
          const theirs = editableActorIds(
            db,
            ctx,
            options.map((o) => o.id),
          );
          return options.filter((o) => theirs.has(o.id));
        })()
      : [];
  const base = `/${slug}/actors`;
  const fact = (label: string, value: React.ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || t('none')}</dd>
    </div>
  );
  return (
    <>
      {seesMap ? <BackLink href={base}>← {t('detail.back')}</BackLink> : null}
      <PageHead
        title={actor.name}
        lead={
          <>
            <span className={`family-dot family-${actor.family}`} aria-hidden="true" />
            {t(`categories.${actor.category}`)} · {t(`family.${actor.family}`)}
          </>
        }
        actions={
          <>
            {mayEditActors && canEditThis ? (
              <Link href={`${base}/${actor.id}/edit`} className="button">
                {t('edit')}
              </Link>
            ) : null}
            {can(ctx.role, 'actors.delete') ? <DeleteActorButton workspaceId={ctx.workspaceId} slug={slug} id={actor.id} name={actor.name} /> : null}
          </>
        }
      />
      <section className="card" aria-labelledby="profile-h">
        <h2 id="profile-h">{t('detail.profile')}</h2>
        <dl className="facts">
          {actor.portfolio ? fact(t('fields.portfolio'), actor.portfolio) : null}
          {fact(t('fields.country'), actor.country ? countryName(actor.country, locale) : null)}
          {fact(t('fields.city'), actor.city)}
          {fact(t('fields.themes'), actor.themes.join(', '))}
          {fact(t('fields.languages'), actor.languages.map((l) => languageName(l, locale)).join(', '))}
          {fact(t('fields.tags'), actor.tags.join(', '))}
          {fact(t('fields.influence'), actor.influence)}
          {fact(t('fields.interest'), actor.interest)}
          {fact(
            t('fields.website'),
            actor.website ? (
              <a href={actor.website} rel="noopener noreferrer nofollow" target="_blank">
                {actor.website}
              </a>
            ) : null,
          )}
          {fact(t('fields.updatedAt'), formatMoment(format, actor.updatedAt, 'medium', false))}
        </dl>
        {actor.links ? (
          <>
            <h3>{t('fields.links')}</h3>
            <p className="prewrap">{actor.links}</p>
          </>
        ) : null}
      </section>
      <section className="card" aria-labelledby="contact-h">
        <h2 id="contact-h">{t('detail.contact')}</h2>
        <ContactData
          workspaceId={ctx.workspaceId}
          actorId={actor.id}
          contact={{ contactName: actor.contactName, contactRole: actor.contactRole, contactEmail: actor.contactEmail, contactPhone: actor.contactPhone }}
          canManage={can(ctx.role, 'actors.personalData')}
        />
      </section>
      {seesMap ? (
        <section className="card" aria-labelledby="relations-h">
          <h2 id="relations-h">{t('detail.relations')}</h2>
          {relations.length === 0 ? <p className="muted">{t('detail.noRelations')}</p> : null}
          <ul className="plain-list">
            {relations.map((r) => (
              <li key={r.id} className="row">
                <span>
                  <strong>{t(`relationTypes.${r.type}`)}</strong>{' '}
                  {r.directed ? (r.outgoing ? t('detail.relationTo') : t('detail.relationFrom')) : t('detail.relationWith')}{' '}
                  <Link href={`${base}/${r.otherId}`}>{r.otherName}</Link> · {t('detail.strength', { value: r.strength })}
                  {r.startDate ? ` · ${t('detail.since', { date: formatDay(format, r.startDate) })}` : ''}
                  {r.endDate ? ` · ${t('detail.until', { date: formatDay(format, r.endDate) })}` : ''}
                  {r.notes ? <span className="muted prewrap"> — {r.notes}</span> : null}
                </span>
                {mayManageRelations && (canEditThis || editable.has(r.otherId)) ? (
                  <DeleteRelationButton workspaceId={ctx.workspaceId} id={r.id} label={r.otherName} />
                ) : null}
              </li>
            ))}
          </ul>
          {relationTargets.length > 0 ? (
            <RelationForm workspaceId={ctx.workspaceId} sourceId={actor.id} options={relationTargets.map((o) => ({ id: o.id, name: o.name }))} />
          ) : null}
        </section>
      ) : null}
      {seesMap ? <ActorMissions slug={slug} contacts={listActorMissionContacts(db, ctx, actor.id)} /> : null}
    </>
  );
}

/** The missions during which the actor was met, the latest (its last contact) first (issue 19). */
async function ActorMissions({ slug, contacts }: { slug: string; contacts: ReturnType<typeof listActorMissionContacts> }) {
  if (contacts.length === 0) return null;
  const t = await getTranslations('missions');
  const format = await getFormatter();
  const date = (iso: string) => formatDay(format, iso);
  return (
    <section className="card" aria-labelledby="actor-missions-h">
      <h2 id="actor-missions-h">{t('actor.title')}</h2>
      <p>{t('actor.lastContact', { date: date(contacts[0]!.metOn) })}</p>
      <ul className="plain-list">
        {contacts.map((c, i) => (
          <li key={`${c.missionId}-${i}`}>
            <Link href={`/${slug}/missions/${c.missionId}`}>{c.title}</Link> · {date(c.metOn)}
          </li>
        ))}
      </ul>
    </section>
  );
}
