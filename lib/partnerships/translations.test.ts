import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { makeWorkspace } from '@/lib/test/fixtures';
import '@/lib/partnerships/actions';
import { getPartnershipPage } from './queries';
import { addTranslation, getSharedSection, listSharedSections, markTranslationUpToDate } from './section-queries';
import { addContact, addExchange, removeEntry } from './write-queries';
import { addContribution } from './returns';
import { translationStatus } from './translation-state';
import { withTranslations } from './document-translations';
import { currentSnapshot } from '@/lib/strategy-document/queries';
import { renderPrintHtml } from '@/lib/strategy-document/html';
import { writeSection, writeTranslation, setup } from './test-setup';
import { partsText } from '@/lib/test/diff-parts';

describe('parallel language versions', () => {
  it('the status compares texts, ignoring spacing, and shows the changed passages', () => {
    expect(translationStatus('Un texte  court.', 'Un texte court. ')).toMatchObject({ outOfDate: false, parts: [] });
    const status = translationStatus('Le comité se réunit chaque année.', 'Le comité se réunit deux fois par an.');
    expect(status.outOfDate).toBe(true);
    const added = partsText(status.parts, 'added', ' ');
    const removed = partsText(status.parts, 'removed', ' ');
    for (const word of ['deux', 'fois', 'par', 'an']) expect(added).toContain(word);
    for (const word of ['chaque', 'année']) expect(removed).toContain(word);
    expect(partsText(status.parts, 'same')).toContain('Le comité se réunit');
  });

  it('a translation goes out of date when the original changes after it, and back once updated', () => {
    const s = setup();
    db.transaction((tx) => addTranslation(tx, s.partner, { sectionId: s.shared, language: 'en' }));
    writeTranslation(s.shared, 'en', 'The partnership is governed by a yearly steering committee.');
    const en = () => getSharedSection(db, s.partner, s.mine, s.shared).translations.find((t) => t.language === 'en')!;
    expect(en().status.outOfDate).toBe(false);
    // The original changes after the translation.
    writeSection(s.shared, 'La gouvernance du partenariat repose sur un comité de pilotage semestriel et paritaire.');
    expect(en().status.outOfDate).toBe(true);
    expect(en().status.parts.some((p) => p.change === 'added' && p.text.includes('semestriel'))).toBe(true);
    expect(listSharedSections(db, s.partner, s.mine)[0]!.translations).toEqual([{ language: 'en', outOfDate: true }]);
    // Storing the same translation again (a re-save) does not hide it.
    writeTranslation(s.shared, 'en', 'The partnership is governed by a yearly steering committee.');
    expect(en().status.outOfDate).toBe(true);
    // Updating the translation brings it up to date with the original as it is now.
    writeTranslation(s.shared, 'en', 'The partnership is governed by a joint steering committee that meets twice a year.');
    expect(en().status.outOfDate).toBe(false);
    // Changed again, then confirmed by the translator without rewriting.
    writeSection(s.shared, 'La gouvernance du partenariat repose sur un comité de pilotage paritaire qui se réunit deux fois par an.');
    expect(en().status.outOfDate).toBe(true);
    db.transaction((tx) => markTranslationUpToDate(tx, s.partner, { sectionId: s.shared, language: 'en' }));
    expect(en().status.outOfDate).toBe(false);
  });

  it('an English export uses a section’s up-to-date English translation, says where none is used, and gives chapter titles in English', () => {
    const s = setup();
    db.transaction((tx) => addTranslation(tx, s.partner, { sectionId: s.shared, language: 'en' }));
    writeTranslation(s.shared, 'en', 'The partnership is governed by a yearly steering committee.');
    const html = () => renderPrintHtml(withTranslations(db, s.editor, currentSnapshot(db, s.editor), 'en'), { locale: 'en', generatedAt: new Date() });
    let out = html();
    // The translated chapter: English text and title, no French, no note.
    expect(out).toContain('The partnership is governed by a yearly steering committee.');
    expect(out).not.toContain('comité de pilotage annuel');
    expect(out).toMatch(/<h2 id="s-\d+">Governance<\/h2>/);
    // A written chapter with no translation keeps its French text, marked as French, and says so.
    expect(out).toContain('<div lang="fr"><p>Un avant-propos interne.</p></div>');
    expect(out).toContain('This chapter has no English translation: the original French text follows.');
    expect(out).toMatch(/<h2 id="s-1">Foreword<\/h2>/);
    expect(out).not.toContain('Avant-propos');
    // Once the original changes, the translation is out of date: the original comes back, with a note.
    writeSection(s.shared, 'La gouvernance du partenariat repose sur un comité de pilotage semestriel.');
    out = html();
    expect(out).toContain('comité de pilotage semestriel');
    expect(out).not.toContain('yearly steering committee');
    expect(out).toContain('The English translation of this chapter is out of date: the original French text follows.');
    // In French nothing changes.
    const fr = renderPrintHtml(withTranslations(db, s.editor, currentSnapshot(db, s.editor), 'fr'), { locale: 'fr', generatedAt: new Date() });
    expect(fr).not.toContain('lang="fr"><p>');
    expect(fr).toContain('Avant-propos');
    // Another workspace's translations are never used.
    const other = makeWorkspace('bravo');
    expect(withTranslations(db, other.ctx('editor'), currentSnapshot(db, s.editor), 'en').sections.find((x) => x.id === s.shared)).toMatchObject({
      translation: 'missing',
    });
  });

  it('a partner removes only what they wrote and their own side’s contacts; the team’s managers remove any entry (the policy decides, the page shows it)', () => {
    const s = setup();
    const add = <T>(fn: (tx: typeof db) => { data: T }) => db.transaction(fn).data;
    const teamBrings = add((tx) => addContribution(tx, s.editor, { partnershipId: s.mine, side: 'team', kind: 'brings', text: 'Expertise eau' })).id;
    const partnerExpects = add((tx) =>
      addContribution(tx, s.partner, { partnershipId: s.mine, side: 'partner', kind: 'expects', text: 'Formation des agents' }),
    ).id;
    const teamContact = add((tx) => addContact(tx, s.editor, { partnershipId: s.mine, side: 'team', name: 'Léa Martin', role: '', email: '' })).id;
    const partnerContact = add((tx) => addContact(tx, s.editor, { partnershipId: s.mine, side: 'partner', name: 'Moussa Sy', role: '', email: '' })).id;
    const teamExchange = add((tx) => addExchange(tx, s.editor, { partnershipId: s.mine, date: '2026-02-01', kind: 'call', summary: 'Appel de cadrage' })).id;
    // What the page offers to each.
    const removable = (ctx: typeof s.partner) => {
      const page = getPartnershipPage(db, ctx, s.mine);
      return [...page.contributions, ...page.contacts, ...page.exchanges]
        .filter((e) => e.removable)
        .map((e) => e.id)
        .sort();
    };
    expect(removable(s.partner)).toEqual([partnerExpects, partnerContact].sort());
    expect(removable(s.editor)).toEqual([teamBrings, partnerExpects, teamContact, partnerContact, teamExchange].sort());
    expect(removable(s.ws.ctx('reviewer'))).toEqual([]);
    // What the action allows: refused entries stay.
    for (const entryId of [teamBrings, teamContact, teamExchange]) {
      expect(() => db.transaction((tx) => removeEntry(tx, s.partner, { entryId }))).toThrow(/partnershipEntryNotYours/);
    }
    expect(getPartnershipPage(db, s.editor, s.mine).contributions).toHaveLength(2);
    db.transaction((tx) => removeEntry(tx, s.partner, { entryId: partnerExpects }));
    db.transaction((tx) => removeEntry(tx, s.partner, { entryId: partnerContact }));
    db.transaction((tx) => removeEntry(tx, s.editor, { entryId: teamExchange }));
    const after = getPartnershipPage(db, s.editor, s.mine);
    expect([after.contributions.length, after.contacts.length, after.exchanges.length]).toEqual([1, 1, 0]);
  });

  it('translations belong to shared sections and to people who write them', () => {
    const s = setup();
    expect(() => db.transaction((tx) => addTranslation(tx, s.editor, { sectionId: s.unshared, language: 'en' }))).toThrow(/translationNotAllowed/);
    expect(() => db.transaction((tx) => addTranslation(tx, s.ws.ctx('reviewer'), { sectionId: s.shared, language: 'en' }))).toThrow(/translationNotAllowed/);
    db.transaction((tx) => addTranslation(tx, s.editor, { sectionId: s.shared, language: 'es' }));
    expect(() => db.transaction((tx) => addTranslation(tx, s.partner, { sectionId: s.shared, language: 'es' }))).toThrow(/translationExists/);
  });
});
