import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { orNotFound } from '@/lib/auth/page-guard';
import { getSessionUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { countryName, languageName } from '@/lib/geo';
import { getWorkspace } from '@/lib/workspaces/queries';
import { partnershipDocumentName } from '@/lib/collab/names';
import { CONTRIBUTION_KINDS, EXCHANGE_KINDS, PARTNERSHIP_SIDES } from '@/db/schema/partnerships';
import { getPartnershipPage, listComments, listJointActions } from '@/lib/partnerships/queries';
import { listShareableSections, listSharedSections } from '@/lib/partnerships/section-queries';
import { listEntryTranslations, translationKey } from '@/lib/partnerships/entry-translations';
import { readAs } from '@/lib/partnerships/entry-translation-view';
import { ORIGINAL_LANGUAGE } from '@/lib/partnerships/document-translations';
import { TRANSLATION_LANGUAGES } from '@/lib/partnerships/schemas';
import type { TranslatableTarget } from '@/db/schema/partnerships';
import { ObjectivesCard } from '@/components/partnerships/objectives-card';
import { TranslatedText, TranslationTools } from '@/components/partnerships/translated-text';
import type { ComponentProps } from 'react';
import { EntryForm } from '@/components/partnerships/entry-form';
import { DeletePartnership, RemoveEntryButton, ShareToggles } from '@/components/partnerships/small-actions';
import { CommentThread } from '@/components/partnerships/comments';
import { caretColor } from '@/components/partnerships/colors';
import { listPartnershipMissions } from '@/lib/missions/queries';
import { PartnershipMissions } from '@/components/missions/partnership-missions';
import { listPartnershipMilestones } from '@/lib/milestones/partnership';
import { MilestoneTimeline } from '@/components/milestones/milestone-timeline';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { formatDay } from '@/lib/format/dates';
import { CardList } from '@/components/ui/card-list';
import { BackLink } from '@/components/ui/back-link';

type Props = { params: Promise<{ workspace: string; partnershipId: string }> };

export const generateMetadata = pageTitle('partnerships', 'spaceTitle');

/**
 * A partnership's shared space: the joint objectives co-edited live, reciprocity (what each side
 * brings and expects), contacts, the timeline of exchanges, the joint actions and the document
 * sections shared with the partner authority. A partner sees this and nothing else.
 */
export default async function PartnershipPage({ params }: Props) {
  const { partnershipId } = await params;
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'partnerships.read', 'partnerships');
  const page = orNotFound(() => getPartnershipPage(db, ctx, partnershipId));
  const { partnership } = page;
  const sections = listSharedSections(db, ctx, partnership.id);
  const actions = listJointActions(db, ctx, partnership.id);
  const comments = listComments(db, ctx, partnership.id, 'page');
  const manage = can(ctx.role, 'partnerships.manage');
  const shareable = manage ? listShareableSections(db, ctx, partnership.id) : [];
  const writable = partnership.access === 'write';
  const user = await getSessionUser();
  const ta = await getTranslations('externalActions');
  // Each side named from the reader's side: a partner reads the host's team by its name and their
  // own side as theirs; the team reads "your team" and the partner authority by its name.
  const hostName = getWorkspace(db, ctx).name;
  const partnerName = page.actor?.name ?? t('sides.partner');
  const sideLabel = (side: (typeof PARTNERSHIP_SIDES)[number]) =>
    ctx.role === 'partner'
      ? side === 'team'
        ? t('sides.hostTeam', { name: hostName })
        : t('sides.yourAuthority', { name: partnerName })
      : side === 'team'
        ? t('sides.yourTeam')
        : t('sides.partnerNamed', { name: partnerName });
  // A partner writes for their own authority only (lib/partnerships/access.ts assertSideWritable).
  const sideOptions = PARTNERSHIP_SIDES.filter((s) => ctx.role !== 'partner' || s === 'partner').map((s) => ({ value: s, label: sideLabel(s) }));
  // The forms that add a contribution, an exchange or a contact to the space: folded under their summary.
  const addEntry = (action: 'contribution' | 'exchange' | 'contact', summary: string, fields: ComponentProps<typeof EntryForm>['fields']) => (
    <details>
      <summary>{summary}</summary>
      <EntryForm
        workspaceId={ctx.workspaceId}
        action={action}
        fixed={{ partnershipId: partnership.id }}
        idPrefix={action}
        fields={fields}
        submitLabel={t('add')}
        successLabel={t('added')}
      />
    </details>
  );
  // Every text of the space read in the page's language, with its translations (issue 17, point 6).
  const translations = listEntryTranslations(db, ctx, partnership.id);
  const view = (targetType: TranslatableTarget, targetId: string, text: string, language: string) =>
    readAs({ text, language }, translations.get(translationKey(targetType, targetId)) ?? [], locale);
  const tools = { locale, writable, workspaceId: ctx.workspaceId, partnershipId: partnership.id };
  // A required choice of the entry forms.
  const choice = (name: string, label: string, options: { value: string; label: string }[]) => ({
    name,
    label,
    type: 'select' as const,
    required: true,
    options,
  });
  const writtenIn = {
    ...choice(
      'language',
      t('entryTranslation.writtenIn'),
      TRANSLATION_LANGUAGES.map((l) => ({ value: l, label: languageName(l, locale) })),
    ),
    defaultValue: locale,
  };
  return (
    <>
      <BackLink href={`/${slug}/partnerships`}>{t('back')}</BackLink>
      <h1>{partnership.title}</h1>
      <p className="lead">{t('withActor', { name: page.actor?.name ?? '', country: page.actor?.country ? countryName(page.actor.country, locale) : '' })}</p>

      <ObjectivesCard
        {...tools}
        view={view('objectives', partnership.id, page.objectivesText, ORIGINAL_LANGUAGE)}
        documentName={partnershipDocumentName(partnership.id)}
        objectivesHtml={page.objectivesHtml}
        user={{ id: ctx.userId, name: user?.name ?? '', color: caretColor(ctx.userId) }}
      />

      <section aria-labelledby="reciprocity-title" className="card">
        <h2 id="reciprocity-title">{t('reciprocity')}</h2>
        <p className="hint">{t('reciprocityHint')}</p>
        <div className="grid-2">
          {PARTNERSHIP_SIDES.map((side) => (
            <div key={side}>
              <h3>{sideLabel(side)}</h3>
              {CONTRIBUTION_KINDS.map((kind) => {
                const entries = page.contributions.filter((c) => c.side === side && c.kind === kind);
                return (
                  <div key={kind}>
                    <h4>{t(`kinds.${kind}`)}</h4>
                    {entries.length === 0 ? (
                      <p className="muted">{t('nothingYet')}</p>
                    ) : (
                      <ul>
                        {entries.map((c) => {
                          const v = view('contribution', c.id, c.text, c.language);
                          return (
                            <li key={c.id}>
                              <TranslatedText view={v} locale={locale} />{' '}
                              {c.removable ? <RemoveEntryButton workspaceId={ctx.workspaceId} entryId={c.id} label={t('remove')} /> : null}
                              {c.removable && (ctx.role !== 'partner' || c.side === 'partner') ? (
                                <details>
                                  <summary>{t('returns.edit')}</summary>
                                  <EntryForm
                                    workspaceId={ctx.workspaceId}
                                    action="updateContribution"
                                    fixed={{ entryId: c.id }}
                                    idPrefix={`edit-${c.id}`}
                                    fields={[
                                      { name: 'text', label: t('fields.text'), type: 'textarea', required: true, defaultValue: c.text },
                                      { ...writtenIn, defaultValue: c.language },
                                    ]}
                                    submitLabel={t('returns.save')}
                                    successLabel={t('returns.saved')}
                                  />
                                </details>
                              ) : null}
                              <TranslationTools {...tools} view={v} targetType="contribution" targetId={c.id} />
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        {writable
          ? addEntry('contribution', t('addContribution'), [
              choice('side', t('fields.side'), sideOptions),
              choice(
                'kind',
                t('fields.kind'),
                CONTRIBUTION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
              ),
              { name: 'text', label: t('fields.text'), type: 'textarea', required: true },
              writtenIn,
            ])
          : null}
      </section>

      <CardList
        id="sections-title"
        title={t('sharedSections')}
        items={sections}
        empty={t('noSharedSections')}
        after={
          manage ? (
            <ShareToggles
              workspaceId={ctx.workspaceId}
              partnershipId={partnership.id}
              sections={shareable.map((s) => ({ ...s, title: s.title ?? t('untitled') }))}
            />
          ) : null
        }
      >
        {(s) => (
          <li key={s.id}>
            <Link href={`/${slug}/partnerships/${partnership.id}/sections/${s.id}`}>{s.title ?? t('untitled')}</Link>{' '}
            {s.translations.map((tr) => (
              <span key={tr.language} className="badge" data-out-of-date={tr.outOfDate ? 'true' : 'false'}>
                {languageName(tr.language, locale)}
                {tr.outOfDate ? ` · ${t('translation.outOfDate')}` : ''}
              </span>
            ))}
          </li>
        )}
      </CardList>

      <CardList id="actions-title" title={t('jointActions')} items={actions} empty={t('noJointActions')}>
        {(a) => {
          const v = view('action', a.id, a.title, ORIGINAL_LANGUAGE);
          return (
            <li key={a.id}>
              <TranslatedText view={v} locale={locale} wrap={(text) => <Link href={`/${slug}/actions/${a.id}`}>{text}</Link>} />{' '}
              <span className="muted">
                {ta(`types.${a.type}`)} · {ta(`statuses.${a.status}`)}
              </span>
              <TranslationTools {...tools} view={v} targetType="action" targetId={a.id} />
            </li>
          );
        }}
      </CardList>

      <PartnershipMissions slug={slug} missions={listPartnershipMissions(db, ctx, partnership.id)} />
      <section aria-labelledby="milestones-title" className="card">
        <h2 id="milestones-title">{(await getTranslations('milestones'))('partnershipTitle')}</h2>
        <MilestoneTimeline milestones={listPartnershipMilestones(db, ctx, partnership.id)} actionHref={(id) => `/${slug}/actions/${id}`} />
      </section>

      <section aria-labelledby="exchanges-title" className="card">
        <h2 id="exchanges-title">{t('exchanges')}</h2>
        {page.exchanges.length === 0 ? (
          <p>{t('noExchanges')}</p>
        ) : (
          <ol className="timeline stack">
            {page.exchanges.map((e) => (
              <li key={e.id}>
                <p>
                  <time dateTime={e.date}>{formatDay(format, e.date, 'long')}</time> · <span className="badge">{t(`exchangeKinds.${e.kind}`)}</span>{' '}
                  <span className="muted">{t('writtenBy', { name: e.authorName })}</span>
                </p>
                <p>
                  <TranslatedText view={view('exchange', e.id, e.summary, e.language)} locale={locale} />
                </p>
                <TranslationTools {...tools} view={view('exchange', e.id, e.summary, e.language)} targetType="exchange" targetId={e.id} />
                {e.removable ? <RemoveEntryButton workspaceId={ctx.workspaceId} entryId={e.id} label={t('remove')} /> : null}
              </li>
            ))}
          </ol>
        )}
        {writable
          ? addEntry('exchange', t('addExchange'), [
              { name: 'date', label: t('fields.date'), type: 'date', required: true },
              choice(
                'kind',
                t('fields.exchangeKind'),
                EXCHANGE_KINDS.map((k) => ({ value: k, label: t(`exchangeKinds.${k}`) })),
              ),
              { name: 'summary', label: t('fields.summary'), type: 'textarea', required: true },
              writtenIn,
            ])
          : null}
      </section>

      <CardList
        id="contacts-title"
        title={t('contacts')}
        items={page.contacts}
        empty={t('noContacts')}
        after={
          <>
            {page.partners.length ? <p className="muted">{t('partnerMembers', { names: page.partners.map((p) => p.name).join(', ') })}</p> : null}
            {writable
              ? addEntry('contact', t('addContact'), [
                  choice('side', t('fields.side'), sideOptions),
                  { name: 'name', label: t('fields.name'), type: 'text', required: true },
                  { name: 'role', label: t('fields.role'), type: 'text' },
                  { name: 'email', label: t('fields.email'), type: 'email' },
                ])
              : null}
          </>
        }
      >
        {(c) => (
          <li key={c.id}>
            <strong>{c.name}</strong> <span className="badge">{sideLabel(c.side)}</span>
            {c.role ? ` · ${c.role}` : ''}
            {c.email ? (
              <>
                {' · '}
                <a href={`mailto:${c.email}`}>{c.email}</a>
              </>
            ) : null}{' '}
            {c.removable ? <RemoveEntryButton workspaceId={ctx.workspaceId} entryId={c.id} label={t('remove')} /> : null}
          </li>
        )}
      </CardList>

      {manage ? (
        <section aria-labelledby="invite-title" className="card">
          <h2 id="invite-title">{t('inviteTitle')}</h2>
          <p className="hint">{t('inviteHint', { name: page.actor?.name ?? '' })}</p>
          <EntryForm
            workspaceId={ctx.workspaceId}
            action="invite"
            fixed={{ partnershipId: partnership.id }}
            idPrefix="invite"
            fields={[{ name: 'email', label: t('fields.email'), type: 'email', required: true }]}
            submitLabel={t('invite')}
            successLabel={t('invited')}
          />
        </section>
      ) : null}

      <CommentThread
        workspaceId={ctx.workspaceId}
        partnershipId={partnership.id}
        target="page"
        comments={comments}
        canComment={can(ctx.role, 'partnerships.comment')}
        headingId="comments-title"
      />

      {manage ? (
        <section aria-labelledby="rename-heading" className="card">
          <h2 id="rename-heading">{t('renameTitle')}</h2>
          <EntryForm
            workspaceId={ctx.workspaceId}
            action="rename"
            fixed={{ partnershipId: partnership.id }}
            idPrefix="rename"
            fields={[{ name: 'title', label: t('fields.title'), type: 'text', required: true, defaultValue: partnership.title }]}
            submitLabel={t('rename')}
            successLabel={t('renamed')}
          />
        </section>
      ) : null}
      {manage ? (
        <section aria-labelledby="delete-title" className="card">
          <h2 id="delete-title">{t('deleteTitle')}</h2>
          <p className="hint">{t('deleteHint')}</p>
          <DeletePartnership workspaceId={ctx.workspaceId} partnershipId={partnership.id} title={partnership.title} listHref={`/${slug}/partnerships`} />
        </section>
      ) : null}
    </>
  );
}
