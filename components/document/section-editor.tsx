'use client';

import dynamic from 'next/dynamic';
import type { CollabUser } from './collab-editor';

// The editor libraries (Tiptap, Yjs, Hocuspocus) load only on the document page, in the browser.
const CollabEditor = dynamic(() => import('./collab-editor'), {
  ssr: false,
  loading: () => null,
});

/** A written section's text: the server-rendered HTML first, then the live editor once loaded. */
export function SectionEditor(props: { sectionId: string; documentName?: string; title: string; editable: boolean; user: CollabUser; initialHtml: string }) {
  return (
    <div className="section-text">
      {/* Shown until the editor's module has loaded (CSS hides it beside a mounted editor). */}
      <div className="rich-text ssr-text" dangerouslySetInnerHTML={{ __html: props.initialHtml }} />
      <CollabEditor {...props} />
    </div>
  );
}
