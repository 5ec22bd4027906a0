'use client';

import { useState } from 'react';
import { useParams } from 'next/navigation';
import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { documentKeys, fetchLiveText, LIVE_TEXT_REFRESH_MS } from '@/lib/strategy-document/query-keys';

/**
 * A collaborative text for someone who may only read it (issue 24.4): the server-rendered HTML,
 * without the editor's code (Tiptap, Yjs, Hocuspocus stay off the page), refreshed from the texts
 * route every 15 s while the page is visible and at once when it regains focus or the network. A
 * change is shown in place with the time it arrived; a refresh that fails, or waits for the network
 * (offline), says since when the text may be out of date. Nothing is announced to screen readers at each change: the sentence
 * beside the text says it.
 */
export function SectionText({ name, html, lang }: { name: string; html: string; lang?: string }) {
  const t = useTranslations('document.reader');
  const format = useFormatter();
  const { workspace } = useParams<{ workspace: string }>();
  const query = useQuery({
    queryKey: documentKeys.liveText(workspace, name),
    queryFn: () => fetchLiveText(workspace, name),
    initialData: html,
    staleTime: LIVE_TEXT_REFRESH_MS,
    refetchInterval: LIVE_TEXT_REFRESH_MS,
    refetchOnWindowFocus: true,
    refetchOnReconnect: true,
  });
  const [shown, setShown] = useState<{ html: string; changedAt: Date | null }>({ html, changedAt: null });
  // A refresh that brought other text: shown at once, with when.
  if (typeof query.data === 'string' && query.data !== shown.html) setShown({ html: query.data, changedAt: new Date() });
  const time = (date: Date) => format.dateTime(date, { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="section-text section-read" data-updated={shown.changedAt ? 'true' : 'false'}>
      <div className="rich-text ssr-text" lang={lang} dangerouslySetInnerHTML={{ __html: shown.html }} />
      {query.isError || query.isPaused ? (
        <p className="section-updated muted no-print">{t('stale', { time: time(new Date(query.dataUpdatedAt)) })}</p>
      ) : shown.changedAt ? (
        <p className="section-updated muted no-print">{t('updated', { time: time(shown.changedAt) })}</p>
      ) : null}
    </div>
  );
}
