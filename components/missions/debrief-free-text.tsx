import { getTranslations } from 'next-intl/server';
import type { CollabUser } from '@/components/strategy-document/collab-editor';
import { SectionEditor } from '@/components/strategy-document/section-editor';

type Props = { missionId: string; documentName: string; writable: boolean; html: string; user: CollabUser };

/**
 * The debrief's free text, written together live like a document section (`debrief:<missionId>`):
 * the assignee and the managers edit it, anyone else who may read the mission reads it, refreshed
 * without the editor.
 */
export async function DebriefFreeText({ missionId, documentName, writable, html, user }: Props) {
  const t = await getTranslations('missions.debrief');
  return (
    <section aria-labelledby="debrief-free-text-h" className="card" data-debrief-free-text>
      <h2 id="debrief-free-text-h">{t('freeText')}</h2>
      <p className="hint">{writable ? t('freeTextHint') : t('freeTextReadOnly')}</p>
      <SectionEditor sectionId={missionId} documentName={documentName} title={t('freeText')} editable={writable} user={user} initialHtml={html} />
    </section>
  );
}
