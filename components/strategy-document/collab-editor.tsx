'use client';

import { useEffect, useRef, useState } from 'react';
import type { Node as PmNode } from '@tiptap/pm/model';
import { useTranslations } from 'next-intl';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import * as Y from 'yjs';
import { documentExtensions } from '@/lib/strategy-document/editor-extensions';
import { COLLAB_FIELD, sectionDocumentName } from '@/lib/collab/names';
import { useCollabSession, type CollabState } from './use-collab-session';
import { TOOLBAR_KEYS } from './editor-shell';

export type CollabUser = { id: string; name: string; color: string };

/** What the page did while the editor loaded (./section-editor.tsx): focus the text at `offset` (of its plain text, or the end) and type `text` there. */
export type Handoff = { focus: boolean; offset: number | null; text: string };

/**
 * `documentName` names another collaborative document than the section's own (a translation, a
 * partnership page); `lang` the text's language when it is not the page's; `onReady` is asked once,
 * when the editor shows its text, what to carry over from the server-rendered text it replaces.
 */
export type CollabEditorProps = {
  sectionId: string;
  documentName?: string;
  title: string;
  editable: boolean;
  user: CollabUser;
  initialHtml: string;
  lang?: string;
  onReady?: () => Handoff;
};

/** The document position at `offset` characters of its text (text nodes only, as the server-rendered HTML's text counts them). */
function positionAtTextOffset(doc: PmNode, offset: number): number | null {
  let seen = 0;
  let found: number | null = null;
  doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.isText) {
      const length = node.text?.length ?? 0;
      if (offset <= seen + length) found = pos + (offset - seen);
      seen += length;
    }
    return found === null;
  });
  return found;
}

/** A caret with the writer's name; hidden from assistive technologies (the presence line names everyone). */
function renderCaret(user: { name?: string; color?: string }) {
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = user.color ?? '#1d1d1f';
  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = user.color ?? '#1d1d1f';
  label.textContent = user.name ?? '';
  caret.append(label);
  return caret;
}

function Toolbar({ editor, title }: { editor: Editor; title: string }) {
  const t = useTranslations('document');
  const actions: Record<(typeof TOOLBAR_KEYS)[number], { active: boolean; run: () => boolean }> = {
    bold: { active: editor.isActive('bold'), run: () => editor.chain().focus().toggleBold().run() },
    italic: { active: editor.isActive('italic'), run: () => editor.chain().focus().toggleItalic().run() },
    heading: { active: editor.isActive('heading', { level: 3 }), run: () => editor.chain().focus().toggleHeading({ level: 3 }).run() },
    bulletList: { active: editor.isActive('bulletList'), run: () => editor.chain().focus().toggleBulletList().run() },
    orderedList: { active: editor.isActive('orderedList'), run: () => editor.chain().focus().toggleOrderedList().run() },
    quote: { active: editor.isActive('blockquote'), run: () => editor.chain().focus().toggleBlockquote().run() },
  };
  // The same buttons, in the same order, as the shell shown while the editor loads (./editor-shell.tsx).
  const buttons = TOOLBAR_KEYS.map((key) => ({ key, ...actions[key] }));
  return (
    <div role="toolbar" aria-label={t('toolbarLabel', { title })} className="editor-toolbar">
      {buttons.map((b) => (
        <button key={b.key} type="button" className="button ghost small" aria-pressed={b.active} onClick={b.run}>
          {t(`toolbar.${b.key}`)}
        </button>
      ))}
    </div>
  );
}

/** The sentence the status region says for a state (announced politely to screen readers). */
function useStatusText(state: CollabState, editable: boolean) {
  const t = useTranslations('document.status');
  switch (state.kind) {
    case 'revoked':
      return t(state.reason === 'signed-out' ? 'signedOut' : state.reason === 'access-removed' ? 'accessRemoved' : 'demoted');
    case 'denied':
      return t('denied');
    case 'offline':
      return t('offline');
    case 'connecting':
      return t('connecting');
    case 'reconnecting':
      return t('reconnecting');
    case 'notSaved':
      return t(state.reason === 'disk-full' ? 'diskFull' : 'storeFailed');
    case 'saving':
      return t('saving');
    case 'saved':
      return editable ? t('connected') : t('readOnly');
  }
}

/**
 * A written section edited in real time: Tiptap bound to the section's Y document, synchronised
 * through the collaboration server (which decides, from the session, whether this person may write),
 * with the other writers' carets and names. A writer's edits are also kept in this browser
 * (IndexedDB) until signed out, so that a reload or a closed tab while offline loses nothing; the
 * status says within seconds when the link is gone, what waits to be sent, and when the person's
 * rights or session end (the editor then turns read-only and keeps the unsent text on screen).
 * Until the text is loaded (server or local copy), the page shows the server-rendered text in the
 * editor's frame (./section-editor.tsx) and this component only its status line.
 */
export default function CollabEditor({ sectionId, documentName, title, editable, user, lang, onReady }: CollabEditorProps) {
  const t = useTranslations('document');
  const [doc] = useState(() => new Y.Doc());
  const name = documentName ?? sectionDocumentName(sectionId);
  const { provider, state, pending, loaded, peers } = useCollabSession({ name, doc, userId: user.id, editable });
  const writable = editable && state.kind !== 'revoked' && state.kind !== 'denied';
  // ProseMirror recomputes the attributes at every update: they read the current right from here.
  const writableRef = useRef(writable);

  const editor = useEditor(
    {
      immediatelyRender: false,
      editable,
      extensions: provider
        ? [
            ...documentExtensions(),
            Collaboration.configure({ document: doc, field: COLLAB_FIELD }),
            CollaborationCaret.configure({ provider, user: { name: user.name, color: user.color }, render: renderCaret }),
          ]
        : documentExtensions(),
      editorProps: {
        attributes: () => ({
          'aria-label': t('editorLabel', { title }),
          'aria-multiline': 'true',
          role: 'textbox',
          'aria-readonly': writableRef.current ? 'false' : 'true',
          class: 'editor-content rich-text',
          ...(lang ? { lang } : {}),
        }),
      },
    },
    [provider],
  );

  useEffect(() => {
    writableRef.current = writable;
    if (editor && !editor.isDestroyed && editor.isEditable !== writable) editor.setEditable(writable);
  }, [editor, writable]);

  const statusText = useStatusText(state, editable);
  const showPending = editable && pending > 0 && (state.kind === 'offline' || state.kind === 'reconnecting' || state.kind === 'connecting');
  const ready = !!editor && !!provider && loaded;
  const handedOver = useRef(false);
  useEffect(() => {
    if (!ready || !editor || handedOver.current) return;
    handedOver.current = true;
    const handoff = onReady?.();
    if (!handoff?.focus) return;
    // After the shell is gone, so that focus and caret land in the editor that took its place.
    requestAnimationFrame(() => {
      if (editor.isDestroyed) return;
      const position = handoff.offset === null ? null : positionAtTextOffset(editor.state.doc, handoff.offset);
      const chain = editor.chain().focus(position ?? 'end');
      if (handoff.text && editor.isEditable) chain.insertContent(handoff.text);
      chain.run();
    });
  }, [ready, editor, onReady]);
  return (
    <div className="collab-editor" data-status={state.kind} data-synced={state.kind === 'saved' && pending === 0 ? 'true' : 'false'}>
      {ready && writable ? <Toolbar editor={editor} title={title} /> : null}
      <div hidden={!ready}>
        <EditorContent editor={editor} />
      </div>
      <div className="editor-status">
        <p role="status" aria-live="polite">
          {statusText}
        </p>
        {/* Not in the live region: the count changes at every keystroke. */}
        {showPending ? <p className="pending">{t('status.pending', { count: pending })}</p> : null}
        {state.kind === 'revoked' && pending > 0 ? <p className="pending">{t('status.keptText')}</p> : null}
        {peers.length ? <p className="presence">{t('presence', { names: peers.join(', ') })}</p> : null}
      </div>
    </div>
  );
}
