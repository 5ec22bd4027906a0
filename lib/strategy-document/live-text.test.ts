import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { setCollabBridge, storeDocumentState } from '@/lib/collab/persistence';
import { sectionDocumentName, translationDocumentName } from '@/lib/collab/names';
import { readsLiveDocuments } from '@/lib/collab/owner';
import { contentFrom } from './rich-text';
import { yStateFromContent } from './ydoc';
import { liveTextResponse, readableTexts } from './live-text';
import { outlinedWorkspace } from '@/lib/test/outline';

function setup(slug: string) {
  const { ws, sections, written } = outlinedWorkspace(slug);
  const data = sections.find((s) => s.kind !== 'written')!;
  const name = sectionDocumentName(written[0]!.id);
  storeDocumentState(name, yStateFromContent(contentFrom(['Texte <enregistré> & sûr.'])));
  return { ws, name, data, written };
}

const request = (slug: string, names: string[], etag?: string) =>
  new Request(`http://localhost/api/workspaces/${slug}/document/texts?${names.map((n) => `name=${encodeURIComponent(n)}`).join('&')}`, {
    headers: etag ? { 'if-none-match': etag } : {},
  });

describe('live text for readers (issue 24.4)', () => {
  it('gives a reviewer the escaped HTML of a written section, and the live text while it is open', () => {
    const { ws, name } = setup('lt-read');
    const reviewer = ws.ctx('reviewer');
    expect(readableTexts(db, reviewer, [name])).toEqual({ [name]: '<p>Texte &lt;enregistré&gt; &amp; sûr.</p>' });
    const live = yStateFromContent(contentFrom(['Texte en cours de frappe.']));
    setCollabBridge({ liveState: (n) => (n === name ? live : null), closeDocument: () => {}, revision: () => 1 });
    try {
      expect(readableTexts(db, reviewer, [name])[name]).toBe('<p>Texte en cours de frappe.</p>');
    } finally {
      setCollabBridge(undefined);
    }
  });

  it('leaves out what the caller may not read: another workspace, a partner without the share, a data section, a translation never added, a bad name', () => {
    const { ws, name, data, written } = setup('lt-own');
    const other = setup('lt-other');
    const reviewer = ws.ctx('reviewer');
    expect(readableTexts(db, reviewer, [other.name])).toEqual({});
    // A member of both workspaces still gets only the texts of the workspace asked.
    expect(readableTexts(db, other.ws.ctx('admin'), [name])).toEqual({});
    expect(readableTexts(db, ws.ctx('partner'), [name])).toEqual({});
    expect(readableTexts(db, reviewer, [sectionDocumentName(data.id), translationDocumentName(written[0]!.id, 'en'), 'nothing:here', name])).toEqual({
      [name]: '<p>Texte &lt;enregistré&gt; &amp; sûr.</p>',
    });
  });

  it('answers 304 to a browser that holds the same texts, and is read after the owner stored live text', async () => {
    const { ws, name } = setup('lt-etag');
    const reviewer = ws.ctx('reviewer');
    const first = liveTextResponse(db, reviewer, request(ws.slug, [name]));
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(await first.json()).toEqual({ texts: { [name]: '<p>Texte &lt;enregistré&gt; &amp; sûr.</p>' } });
    const etag = first.headers.get('etag')!;
    expect(liveTextResponse(db, reviewer, request(ws.slug, [name], etag)).status).toBe(304);
    storeDocumentState(name, yStateFromContent(contentFrom(['Modifié.'])));
    const changed = liveTextResponse(db, reviewer, request(ws.slug, [name], etag));
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ texts: { [name]: '<p>Modifié.</p>' } });
    // A worker asks the collaboration owner to store live text before serving this route (scripts/server.ts).
    expect(readsLiveDocuments(`/api/workspaces/${ws.slug}/document/texts?name=${name}`)).toBe(true);
  });
});
