'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { documentExtensions } from '@/lib/strategy-document/editor-extensions';
import { COLLAB_FIELD, COLLAB_PATH, sectionDocumentName } from '@/lib/collab/names';

export type CollabUser = { name: string; color: string };

/** `documentName` names another collaborative document than the section's own (a translation, a partnership page). */
type Props = { sectionId: string; documentName?: string; title: string; editable: boolean; user: CollabUser; initialHtml: string };

type Status = 'connecting' | 'connected' | 'offline' | 'denied';

// One WebSocket for every section of the page: Hocuspocus multiplexes documents over it.
let shared: { socket: HocuspocusProviderWebsocket; users: number } | null = null;

function acquireSocket() {
  if (!shared) {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    shared = { socket: new HocuspocusProviderWebsocket({ url: `${scheme}://${window.location.host}${COLLAB_PATH}` }), users: 0 };
  }
  shared.users += 1;
  return shared.socket;
}

function releaseSocket() {
  if (!shared) return;
  shared.users -= 1;
  if (shared.users === 0) {
    shared.socket.destroy();
    shared = null;
  }
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
  const buttons = [
    { key: 'bold', active: editor.isActive('bold'), run: () => editor.chain().focus().toggleBold().run() },
    { key: 'italic', active: editor.isActive('italic'), run: () => editor.chain().focus().toggleItalic().run() },
    { key: 'heading', active: editor.isActive('heading', { level: 3 }), run: () => editor.chain().focus().toggleHeading({ level: 3 }).run() },
    { key: 'bulletList', active: editor.isActive('bulletList'), run: () => editor.chain().focus().toggleBulletList().run() },
    { key: 'orderedList', active: editor.isActive('orderedList'), run: () => editor.chain().focus().toggleOrderedList().run() },
    { key: 'quote', active: editor.isActive('blockquote'), run: () => editor.chain().focus().toggleBlockquote().run() },
  ] as const;
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

/**
 * A written section edited in real time: Tiptap bound to the section's Y document, synchronised
 * through the collaboration server (which decides, from the session, whether this person may write),
 * with the other writers' carets and names. Edits made offline stay in the Y document and merge
 * on reconnection. Until the first sync, the server-rendered text is shown.
 */
export default function CollabEditor({ sectionId, documentName, title, editable, user, initialHtml }: Props) {
  const t = useTranslations('document');
  const [doc] = useState(() => new Y.Doc());
  const [provider, setProvider] = useState<HocuspocusProvider | null>(null);
  const [status, setStatus] = useState<Status>('connecting');
  const [synced, setSynced] = useState(false);
  const [unsynced, setUnsynced] = useState(0);
  const [peers, setPeers] = useState<string[]>([]);

  useEffect(() => {
    const socket = acquireSocket();
    const p = new HocuspocusProvider({
      websocketProvider: socket,
      name: documentName ?? sectionDocumentName(sectionId),
      document: doc,
      // The session cookie authenticates the connection; the token only starts the handshake.
      token: 'session-cookie',
      onStatus: ({ status: s }) => setStatus((previous) => (previous === 'denied' ? previous : s === 'connected' ? 'connected' : s === 'connecting' ? 'connecting' : 'offline')),
      // The page's WebSocket may already be open when this section attaches: a sync proves the connection.
      onSynced: ({ state }) => {
        setSynced(state);
        if (state) setStatus((previous) => (previous === 'denied' ? previous : 'connected'));
      },
      onAuthenticationFailed: () => setStatus('denied'),
      onUnsyncedChanges: ({ number }) => setUnsynced(number),
      onAwarenessChange: ({ states }) => {
        const me = p.awareness?.clientID;
        setPeers(
          states
            .filter((s) => s.clientId !== me && (s as { user?: { name?: string } }).user?.name)
            .map((s) => (s as unknown as { user: { name: string } }).user.name),
        );
      },
    });
    p.attach();
    // The provider is an external resource that exists only while mounted (and StrictMode mounts
    // twice); the editor is built once it exists, hence state set from this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setProvider(p);
    return () => {
      p.destroy();
      releaseSocket();
    };
  }, [sectionId, documentName, doc]);

  const editor = useEditor(
    {
      immediatelyRender: false,
      editable,
      extensions: provider
        ? [
            ...documentExtensions(),
            Collaboration.configure({ document: doc, field: COLLAB_FIELD }),
            CollaborationCaret.configure({ provider, user, render: renderCaret }),
          ]
        : documentExtensions(),
      editorProps: {
        attributes: {
          'aria-label': t('editorLabel', { title }),
          'aria-multiline': 'true',
          role: 'textbox',
          'aria-readonly': editable ? 'false' : 'true',
          class: 'editor-content rich-text',
        },
      },
    },
    [provider],
  );

  const statusText = status === 'denied' ? t('status.denied') : status === 'offline' ? t('status.offline') : status === 'connecting' || !synced ? t('status.connecting') : editable ? (unsynced > 0 ? t('status.connecting') : t('status.connected')) : t('status.readOnly');
  const ready = !!editor && !!provider && synced;
  return (
    <div className="collab-editor" data-status={status} data-synced={synced && unsynced === 0 ? 'true' : 'false'}>
      {ready && editable ? <Toolbar editor={editor} title={title} /> : null}
      {ready ? null : <div className="rich-text editor-placeholder" dangerouslySetInnerHTML={{ __html: initialHtml }} />}
      <div hidden={!ready}>
        <EditorContent editor={editor} />
      </div>
      <div className="editor-status">
        <p role="status">{statusText}</p>
        {peers.length ? <p className="presence">{t('presence', { names: peers.join(', ') })}</p> : null}
      </div>
    </div>
  );
}
