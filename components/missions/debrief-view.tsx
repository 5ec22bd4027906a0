import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { getDebriefDetail } from '@/lib/missions/debrief';
import { formatDay } from '@/lib/format/dates';
import { CardList } from '@/components/ui/card-list';

type Debrief = ReturnType<typeof getDebriefDetail>;

/** The debrief's contacts, returns and follow-ups as read-only lists (the mission page and the debrief page). */
export async function DebriefLists({
  slug,
  debrief,
  actions,
  toggle,
}: {
  slug: string;
  debrief: Debrief;
  actions?: (kind: 'contact' | 'return' | 'followUp', id: string, label: string) => React.ReactNode;
  /** The "done" checkbox of a follow-up item, for those who may tick it. */
  toggle?: (followUp: Debrief['followUps'][number], label: string) => React.ReactNode;
}) {
  const t = await getTranslations('missions');
  const ta = await getTranslations('externalActions');
  const tActors = await getTranslations('actors');
  const format = await getFormatter();
  const date = (iso: string) => formatDay(format, iso);
  return (
    <>
      <CardList id="contacts-h" title={t('debrief.contacts')} items={debrief.contacts} empty={t('debrief.noContacts')}>
        {(c) => (
          <li key={c.id}>
            <Link href={`/${slug}/actors/${c.actorId}`}>{c.actorName}</Link>
            {' — '}
            {t('debrief.contactLine', {
              date: date(c.metOn),
              type: c.relationType ? tActors(`relationTypes.${c.relationType}`) : t('none'),
              strength: c.strength ?? 0,
            })}
            {c.note ? <div className="cell-small">{c.note}</div> : null}
            {actions?.('contact', c.id, t('debrief.removeContact', { name: c.actorName }))}
          </li>
        )}
      </CardList>
      <CardList id="returns-h" title={t('debrief.returns')} items={debrief.returns} empty={t('debrief.noReturns')}>
        {(r) => (
          <li key={r.id}>
            <strong>{ta(`returnCategories.${r.category}`)}</strong> — {r.description}
            <div className="cell-small">
              <Link href={`/${slug}/actions/${r.actionId}`}>{r.actionTitle}</Link> · {date(r.observedOn)} ·{' '}
              {r.expectedDescription ? t('debrief.answers', { expected: r.expectedDescription }) : t('debrief.unexpected')}
            </div>
            <div className="cell-small">{t('debrief.evidenceLine', { evidence: r.evidence })}</div>
            {actions?.('return', r.id, t('debrief.removeReturn', { description: r.description }))}
          </li>
        )}
      </CardList>
      <CardList id="followups-h" title={t('debrief.followUps')} items={debrief.followUps} empty={t('debrief.noFollowUps')}>
        {(f) => (
          <li key={f.id} data-done={f.done ? 'true' : undefined}>
            {toggle?.(f, t('debrief.doneLabel', { title: f.title }))} {f.title} —{' '}
            {t('debrief.followUpLine', { owner: f.ownerName ?? t('none'), date: date(f.dueDate) })}
            {f.done ? <span className="pill"> {t('debrief.done')}</span> : null}
            {actions?.('followUp', f.id, t('debrief.removeFollowUp', { title: f.title }))}
          </li>
        )}
      </CardList>
    </>
  );
}
