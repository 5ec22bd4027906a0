'use client';

import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { sectionDocumentName } from '@/lib/collab/names';
import type { CollabEditorProps, Handoff } from './collab-editor';
import { SectionText } from './section-text';
import { ToolbarShell } from './editor-shell';

// The editor's libraries (Tiptap, Yjs, Hocuspocus, y-indexeddb) load only where this person writes,
// in the browser, after the page's text is shown: a reader's page never asks for them.
const CollabEditor = dynamic(() => import('./collab-editor'), { ssr: false, loading: () => null });

/** The collaborative editor's props, less what the page's writer hands over itself (`onReady`). */
type Props = Omit<CollabEditorProps, 'onReady'>;

/**
 * A collaborative text (issue 24.4). Someone who may only read it gets the server-rendered HTML,
 * refreshed without the editor (./section-text.tsx). Someone who may write gets the same HTML at
 * once, in the editor's frame (toolbar, box, status line, so nothing moves), and the live editor
 * in its place once loaded; what they did meanwhile carries over: a caret put in the text and
 * anything typed there become the editor's caret and text.
 */
export function SectionEditor(props: Props) {
  if (!props.editable) return <SectionText name={props.documentName ?? sectionDocumentName(props.sectionId)} html={props.initialHtml} lang={props.lang} />;
  return <SectionWriter {...props} />;
}

/** The offset in `box`'s text of the current caret, when it is inside `box`. */
function caretOffset(box: HTMLElement): number | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!box.contains(range.startContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(box);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}

function SectionWriter(props: Props) {
  const t = useTranslations('document');
  const [ready, setReady] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  // Typed before the editor was ready: where (offset in the text) and what, shown in a span meanwhile.
  const early = useRef<{ offset: number; text: string; span: HTMLSpanElement } | null>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const element = box.current;
    if (!element || event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing) return;
    if (event.key === 'Backspace' && early.current?.text) {
      event.preventDefault();
      early.current.text = early.current.text.slice(0, -1);
      early.current.span.textContent = early.current.text;
      return;
    }
    if (event.key.length !== 1) return;
    event.preventDefault();
    if (!early.current) {
      const offset = caretOffset(element);
      const span = document.createElement('span');
      span.className = 'typed-early';
      const selection = window.getSelection();
      let range: Range;
      if (offset !== null && selection && selection.rangeCount > 0) {
        range = selection.getRangeAt(0).cloneRange();
        range.collapse(true);
      } else {
        range = document.createRange();
        range.selectNodeContents(element.lastElementChild ?? element);
        range.collapse(false);
      }
      range.insertNode(span);
      early.current = { offset: offset ?? (element.textContent ?? '').length, text: '', span };
    }
    early.current.text += event.key;
    early.current.span.textContent = early.current.text;
  };

  // Called once by the editor when it shows its text: what to carry over, then the shell goes.
  const handoff = useCallback((): Handoff => {
    const element = box.current;
    const focused = !!element && element.contains(document.activeElement);
    const typed = early.current;
    const result: Handoff = {
      focus: focused || !!typed,
      offset: typed ? typed.offset : element && focused ? caretOffset(element) : null,
      text: typed?.text ?? '',
    };
    setReady(true);
    return result;
  }, []);

  return (
    <div className="section-text">
      {ready ? null : (
        <div className="editor-shell">
          <ToolbarShell />
          <div
            ref={box}
            className="editor-content rich-text ssr-text"
            lang={props.lang}
            role="textbox"
            aria-readonly="true"
            aria-busy="true"
            aria-multiline="true"
            aria-label={t('editorLoadingLabel', { title: props.title })}
            tabIndex={0}
            onKeyDown={onKeyDown}
            dangerouslySetInnerHTML={{ __html: props.initialHtml }}
          />
          <div className="editor-status shell-status">
            <p>{t('status.loadingEditor')}</p>
          </div>
        </div>
      )}
      <CollabEditor {...props} onReady={handoff} />
    </div>
  );
}
