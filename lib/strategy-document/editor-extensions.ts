import StarterKit from '@tiptap/starter-kit';

/**
 * The one list of editor extensions, used by the browser editor and by the server (to build the
 * ProseMirror schema that turns demo text into Y documents). History comes from Yjs, so StarterKit's
 * undo/redo is off; links are off so that no address of any kind is ever stored in a section.
 * Sections are h2 on every page, so headings inside a section start at level 3.
 */
export function documentExtensions() {
  return [StarterKit.configure({ undoRedo: false, link: false, heading: { levels: [3, 4] } })];
}
