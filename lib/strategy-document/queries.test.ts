import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { db, rawSqlite } from '@/db/client';
import { documentVersions } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { insertActor, makeWorkspace } from '@/lib/test/fixtures';
import { setCollabBridge, storeDocumentState } from '@/lib/collab/persistence';
import { sectionDocumentName } from '@/lib/collab/names';
import {
  addSection,
  assignSection,
  currentSnapshot,
  currentViews,
  getSection,
  getVersion,
  initializeOutline,
  listSections,
  moveSection,
  removeSection,
  saveVersion,
} from './queries';
import { sectionAccess } from './access';
import { contentFrom } from './rich-text';
import { yStateFromContent } from './ydoc';
import { diffSnapshots, diffTexts } from './diff';
import { renderDocx } from './docx';
import { renderPrintHtml } from './html';
import { sectionText } from './render';
import { outlinedWorkspace } from '@/lib/test/outline';
import { partsText } from '@/lib/test/diff-parts';

function setup() {
  const { ws, editor, sections, written } = outlinedWorkspace('alpha');
  const write = (sectionId: string, blocks: Parameters<typeof contentFrom>[0]) =>
    storeDocumentState(sectionDocumentName(sectionId), yStateFromContent(contentFrom(blocks)));
  return { ws, editor, sections, written, write };
}

function addActor(workspaceId: string, name: string) {
  insertActor(workspaceId, { name, family: 'territorial', category: 'association', country: 'FR' });
}

describe('strategy document outline', () => {
  it('starts from the default outline, once', () => {
    const { editor, sections } = setup();
    expect(sections.map((s) => s.kind)).toEqual([
      'written',
      'territory',
      'thread',
      'axes',
      'written',
      'written',
      'written',
      'written',
      'competencies',
      'budget',
    ]);
    expect(sections[0]!.title).toBe('Avant-propos');
    expect(() => db.transaction((tx) => initializeOutline(tx, editor, { locale: 'en' }))).toThrow(/outlineExists/);
  });

  it('adds, moves and removes written sections; data sections stay', () => {
    const { editor, sections } = setup();
    const { id } = db.transaction((tx) => addSection(tx, editor, { title: 'Annexe : glossaire' })).data;
    expect(listSections(db, editor).at(-1)!.id).toBe(id);
    db.transaction((tx) => moveSection(tx, editor, { sectionId: id, direction: 'up' }));
    expect(listSections(db, editor).at(-2)!.id).toBe(id);
    expect(() => db.transaction((tx) => moveSection(tx, editor, { sectionId: sections[0]!.id, direction: 'up' }))).toThrow(/cannotMove/);
    const territory = sections.find((s) => s.kind === 'territory')!;
    expect(() => db.transaction((tx) => removeSection(tx, editor, { sectionId: territory.id }))).toThrow(/dataSectionFixed/);
    db.transaction((tx) => removeSection(tx, editor, { sectionId: id }));
    expect(listSections(db, editor).map((s) => s.position)).toEqual([...Array(10).keys()]);
  });

  it('assigns only to members who may write, and the section rule follows the assignment', () => {
    const { ws, editor, written } = setup();
    const target = written[1]!;
    expect(() => db.transaction((tx) => assignSection(tx, editor, { sectionId: target.id, assigneeId: ws.people.reviewer.id }))).toThrow();
    db.transaction((tx) => assignSection(tx, editor, { sectionId: target.id, assigneeId: ws.people.contributor.id }));
    const assigned = getSection(db, editor, target.id);
    const other = getSection(db, editor, written[2]!.id);
    const as = (role: 'admin' | 'editor' | 'contributor' | 'reviewer' | 'partner') => ({ role, userId: ws.people[role].id });
    expect(sectionAccess(as('contributor'), assigned)).toBe('write');
    expect(sectionAccess(as('contributor'), other)).toBe('read');
    expect(sectionAccess(as('editor'), other)).toBe('write');
    expect(sectionAccess(as('admin'), other)).toBe('write');
    expect(sectionAccess(as('reviewer'), assigned)).toBe('read');
    expect(sectionAccess(as('partner'), assigned)).toBe('none');
    expect(sectionAccess(as('editor'), { kind: 'territory', assigneeId: null })).toBe('read');
  });

  it('keeps each workspace to its own sections and versions', () => {
    const { written, editor } = setup();
    const version = db.transaction((tx) => saveVersion(tx, editor, { name: 'V1', note: '' })).data.id;
    const other = makeWorkspace('bravo').ctx('admin');
    expect(() => getSection(db, other, written[0]!.id)).toThrow(/sectionNotFound/);
    expect(() => getVersion(db, other, version)).toThrow(/versionNotFound/);
    expect(() => db.transaction((tx) => removeSection(tx, other, { sectionId: written[0]!.id }))).toThrow(/sectionNotFound/);
  });
});

describe('document versions', () => {
  it('freeze written text and data figures: later edits and new data leave a saved version untouched', () => {
    const { ws, editor, written, write } = setup();
    addActor(ws.id, 'Association des jumelages');
    write(written[0]!.id, ['Le territoire regarde le monde.']);
    const { id } = db.transaction((tx) => saveVersion(tx, editor, { name: 'Version du comité', note: 'Pour relecture' })).data;
    const saved = structuredClone(getVersion(db, editor, id));
    expect(saved).toMatchObject({ name: 'Version du comité', note: 'Pour relecture', authorName: ws.people.editor.name });

    write(written[0]!.id, ['Le territoire regarde le monde, et le monde le territoire.']);
    addActor(ws.id, 'Comité des fêtes');
    const now = currentSnapshot(db, editor);
    expect(now.sections[0]).toMatchObject({ text: 'Le territoire regarde le monde, et le monde le territoire.' });
    expect(now.sections.find((s) => s.kind === 'territory')).toMatchObject({ data: { actors: { total: 2 } } });

    const again = getVersion(db, editor, id);
    expect(again).toEqual(saved);
    expect(again.snapshot.sections[0]).toMatchObject({ text: 'Le territoire regarde le monde.' });
    expect(again.snapshot.sections.find((s) => s.kind === 'territory')).toMatchObject({ data: { actors: { total: 1 } } });
  });

  it('cannot be rewritten, even in SQL', () => {
    const { editor } = setup();
    const { id } = db.transaction((tx) => saveVersion(tx, editor, { name: 'Figée', note: '' })).data;
    expect(() => db.update(documentVersions).set({ name: 'Réécrite' }).where(eq(documentVersions.id, id)).run()).toThrow(/immutable/);
    expect(() => rawSqlite().prepare("update document_versions set snapshot = '{}'").run()).toThrow(/immutable/);
    expect(getVersion(db, editor, id).name).toBe('Figée');
  });
});

describe('section diff', () => {
  it('marks words added and removed', () => {
    const result = diffTexts('Le Département soutient trois écoles.', 'Le Département soutient cinq écoles et un dispensaire.');
    expect(result.parts.filter((p) => p.change === 'removed').map((p) => p.text.trim())).toEqual(['trois']);
    expect(
      result.parts
        .filter((p) => p.change === 'added')
        .map((p) => p.text.trim())
        .join(' '),
    ).toContain('cinq');
    expect(partsText(result.parts, 'added')).toContain('dispensaire');
    expect(result.removed).toBe(1);
    expect(result.added).toBeGreaterThanOrEqual(4);
    expect(diffTexts('même texte', 'même texte')).toMatchObject({ added: 0, removed: 0 });
  });

  it('compares two snapshots section by section, data sections included', () => {
    const { ws, editor, written, write } = setup();
    write(written[0]!.id, ['Première phrase.']);
    write(written[1]!.id, ['Gouvernance inchangée.']);
    const before = currentSnapshot(db, editor);
    write(written[0]!.id, ['Première phrase, complétée.']);
    addActor(ws.id, 'Nouvel acteur');
    const { id: added } = db.transaction((tx) => addSection(tx, editor, { title: 'Glossaire' })).data;
    db.transaction((tx) => removeSection(tx, editor, { sectionId: written[4]!.id }));
    const after = currentSnapshot(db, editor);
    const diff = diffSnapshots(before, after, 'fr');
    const byId = new Map(diff.map((d) => [d.id, d]));
    expect(byId.get(written[0]!.id)).toMatchObject({ status: 'changed' });
    expect(byId.get(written[0]!.id)!.parts.find((p) => p.change === 'added')!.text).toContain('complétée');
    expect(byId.get(written[1]!.id)).toMatchObject({ status: 'unchanged', added: 0, removed: 0 });
    expect(byId.get(added)).toMatchObject({ status: 'added', title: 'Glossaire' });
    expect(byId.get(written[4]!.id)).toMatchObject({ status: 'removed', title: 'Évaluation' });
    const territory = after.sections.find((s) => s.kind === 'territory')!;
    expect(byId.get(territory.id)).toMatchObject({ status: 'changed' });
    expect(sectionText(territory, 'en')).toContain('1 actor');
  });
});

describe('renderers', () => {
  it('write the title, the sections, the written text and the figures in the chosen language', async () => {
    const { ws, editor, written, write } = setup();
    for (let i = 0; i < 3; i += 1) addActor(ws.id, `Acteur ${i}`);
    write(written[0]!.id, [{ h: 'Pourquoi une stratégie' }, 'Un texte <b>échappé</b> & sûr.', { ul: ['premier point', 'second point'] }]);
    const snapshot = currentSnapshot(db, editor);

    const html = renderPrintHtml(snapshot, { locale: 'en', generatedAt: new Date() });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('International strategy — Collectivité alpha');
    expect(html).toContain('<h2 id="s-2">The territory and the world</h2>');
    expect(html).toContain('Un texte &lt;b&gt;échappé&lt;/b&gt; &amp; sûr.');
    expect(html).toContain('The actors map lists 3 actors');

    const docx = await renderDocx(snapshot, { locale: 'fr', generatedAt: new Date() });
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Stratégie internationale — Collectivité alpha');
    expect(xml).toContain('Le territoire et le monde');
    expect(xml).toContain('Pourquoi une stratégie');
    expect(xml).toContain('second point');
    expect(xml).toContain('La cartographie recense 3 acteurs');
    expect(xml).toMatch(/<w:tbl>/);
  });
});

describe('document page views', () => {
  const textOf = (views: ReturnType<typeof currentViews>, id: string) => JSON.stringify(views.views.find((v) => v.id === id)?.blocks ?? null);

  it('follow what is written to the database and to the open documents', () => {
    const { ws, editor, written, write } = setup();
    const id = written[0]!.id;
    write(id, ['Premier état du texte.']);
    expect(textOf(currentViews(db, editor, 'fr'), id)).toContain('Premier état du texte.');
    // Kept while nothing changes: the same object comes back.
    expect(currentViews(db, editor, 'fr')).toBe(currentViews(db, editor, 'fr'));
    write(id, ['Second état du texte.']);
    expect(textOf(currentViews(db, editor, 'fr'), id)).toContain('Second état du texte.');

    // Text typed in an open document is newer than the stored one until it is saved.
    let revision = 0;
    let live: Uint8Array | null = null;
    setCollabBridge({ liveState: (name) => (name === sectionDocumentName(id) ? live : null), closeDocument: () => {}, revision: () => revision });
    try {
      live = yStateFromContent(contentFrom(['Texte en cours de frappe.']));
      revision += 1;
      expect(textOf(currentViews(db, editor, 'fr'), id)).toContain('Texte en cours de frappe.');
    } finally {
      setCollabBridge(undefined);
    }

    // Data sections follow the database too.
    const territory = () => currentViews(db, editor, 'en').views.find((v) => v.kind === 'territory');
    const before = JSON.stringify(territory());
    addActor(ws.id, 'Nouvel acteur');
    expect(JSON.stringify(territory())).not.toBe(before);
  });
});
