import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from 'y-prosemirror';
import { COLLAB_FIELD } from '@/lib/collab/names';
import { documentExtensions } from './editor-extensions';
import type { PmNode } from './types';

let schema: ReturnType<typeof getSchema> | undefined;

/** An empty ProseMirror document. */
export const EMPTY_DOC: PmNode = { type: 'doc', content: [] };

/** A Y document's full state holding `content` where Tiptap's Collaboration extension reads it. */
export function yStateFromContent(content: PmNode): Uint8Array {
  schema ??= getSchema(documentExtensions());
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(schema, content, doc.getXmlFragment(COLLAB_FIELD));
  return Y.encodeStateAsUpdate(doc);
}

/** The ProseMirror JSON held by a Y document's state (an empty document when there is none). */
export function contentFromYState(state: Uint8Array | null): PmNode {
  if (!state || state.byteLength === 0) return EMPTY_DOC;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(COLLAB_FIELD)) as PmNode;
  doc.destroy();
  return json;
}
