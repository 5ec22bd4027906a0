import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { externalActions, partnershipTranslations } from '@/db/schema';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { loadMemberContext } from '@/lib/auth/member';
import { contentFrom } from '@/lib/strategy-document/rich-text';
import { yStateFromContent } from '@/lib/strategy-document/ydoc';
import { storeDocumentState } from '@/lib/collab/persistence';
import { partnershipDocumentName } from '@/lib/collab/names';
import '@/lib/partnerships/actions';
import { getPartnershipPage } from './queries';
import { addExchange, removeEntry } from './write-queries';
import { addContribution } from './returns';
import { listEntryTranslations, translationKey } from './entry-translations';
import { readAs } from './entry-translation-view';
import { insertJointAction, twoPartnerships } from './test-setup';
import { auditEntries } from '@/lib/test/audit';
import { runWorkspaceAction } from '@/lib/test/run-action';

/** Two partnerships (A: Nioro-Kaya, the fixture's partner; B: Tamboura, another partner), French entries by the team, an English one by the partner. */
function setup() {
  const { ws, editor, nioro, tamboura, other, mine: a, theirs: b } = twoPartnerships();
  const teamEntry = db.transaction((tx) =>
    addContribution(tx, editor, { partnershipId: a, side: 'team', kind: 'brings', text: 'Une expertise en gestion de l’eau' }),
  ).data.id;
  const partner = ws.ctx('partner');
  const partnerEntry = db.transaction((tx) =>
    addContribution(tx, partner, { partnershipId: a, side: 'partner', kind: 'expects', text: 'Training for our water agents', language: 'en' }),
  ).data.id;
  const bEntry = db.transaction((tx) => addContribution(tx, editor, { partnershipId: b, side: 'team', kind: 'brings', text: 'Un appui aux écoles' })).data.id;
  const bExchange = db.transaction((tx) => addExchange(tx, editor, { partnershipId: b, date: '2026-03-01', kind: 'call', summary: 'Appel de lancement' })).data
    .id;
  return {
    ws,
    editor,
    partner,
    otherPartner: loadMemberContext(other.id, { id: ws.id }),
    a,
    b,
    nioro,
    tamboura,
    teamEntry,
    partnerEntry,
    bEntry,
    bExchange,
    actionA: insertJointAction(ws.id, 'Eau potable à Nioro-Kaya', nioro),
    actionB: insertJointAction(ws.id, 'Écoles de Tamboura', tamboura),
  };
}

const translate = (userId: string, workspaceId: string, input: unknown) => runWorkspaceAction('partnerships.translateEntry', userId, workspaceId, input);

describe('translations of a partnership space’s texts (issue 17, point 6)', () => {
  it('the partner translates the team’s French entry into English: the English reader sees it as a translation, the French reader the original', () => {
    const s = setup();
    const result = translate(s.ws.people.partner.id, s.ws.id, {
      partnershipId: s.a,
      targetType: 'contribution',
      targetId: s.teamEntry,
      language: 'en',
      text: 'Expertise in water management',
    });
    expect(result).toMatchObject({ ok: true });
    const rows = listEntryTranslations(db, s.editor, s.a).get(translationKey('contribution', s.teamEntry))!;
    const original = { text: 'Une expertise en gestion de l’eau', language: 'fr' };
    expect(readAs(original, rows, 'en')).toMatchObject({ state: 'translation', text: 'Expertise in water management', lang: 'en' });
    expect(readAs(original, rows, 'fr')).toMatchObject({
      state: 'original',
      text: original.text,
      lang: 'fr',
      translations: [{ language: 'en', outOfDate: false }],
    });
    // The partner's own English entry is untranslated for the French reader: shown in English, marked so.
    const page = getPartnershipPage(db, s.editor, s.a);
    const mine = page.contributions.find((c) => c.id === s.partnerEntry)!;
    expect(mine.language).toBe('en');
    expect(readAs({ text: mine.text, language: mine.language }, [], 'fr')).toMatchObject({
      state: 'missing',
      lang: 'en',
      text: 'Training for our water agents',
    });
    const entry = auditEntries(s.ws.id, 'partnership.addTranslation')[0];
    expect(entry).toMatchObject({
      userId: s.ws.people.partner.id,
      entityId: s.a,
      changes: { targetType: 'contribution', targetId: s.teamEntry, language: 'en' },
    });
    // Saved again: one translation, revised, audited as an update.
    expect(
      translate(s.ws.people.editor.id, s.ws.id, {
        partnershipId: s.a,
        targetType: 'contribution',
        targetId: s.teamEntry,
        language: 'en',
        text: 'Water management expertise',
      }),
    ).toMatchObject({ ok: true });
    expect(
      listEntryTranslations(db, s.editor, s.a)
        .get(translationKey('contribution', s.teamEntry))!
        .map((r) => r.text),
    ).toEqual(['Water management expertise']);
    expect(auditEntries(s.ws.id, 'partnership.updateTranslation')).toHaveLength(1);
  });

  it('refused input changes nothing: empty text, the original’s own language, an unknown target, another partnership’s entry, a reader, another workspace', () => {
    const s = setup();
    const stranger = makeWorkspace('bravo');
    const partner = s.ws.people.partner.id;
    const before = databaseFingerprint();
    expect(translate(partner, s.ws.id, { partnershipId: s.a, targetType: 'contribution', targetId: s.teamEntry, language: 'en', text: '   ' })).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { text: 'partnershipTranslationLength' },
    });
    expect(
      translate(partner, s.ws.id, { partnershipId: s.a, targetType: 'contribution', targetId: s.teamEntry, language: 'fr', text: 'Même langue' }),
    ).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { language: 'translationSameLanguage' } });
    // An unknown target, an unknown language, and empty joint objectives (nothing to translate yet).
    for (const input of [
      { partnershipId: s.a, targetType: 'contact', targetId: s.teamEntry, language: 'en', text: 'x' },
      { partnershipId: s.a, targetType: 'contribution', targetId: s.teamEntry, language: 'xx', text: 'x' },
      { partnershipId: s.a, targetType: 'objectives', targetId: s.a, language: 'en', text: 'Goals' },
    ]) {
      expect(translate(partner, s.ws.id, input)).toMatchObject({ ok: false, code: 'invalid' });
    }
    // Partner of A: B's partnership does not exist for them, and B's entries are not A's.
    for (const target of [
      { partnershipId: s.b, targetType: 'contribution', targetId: s.bEntry },
      { partnershipId: s.a, targetType: 'contribution', targetId: s.bEntry },
      { partnershipId: s.a, targetType: 'exchange', targetId: s.bExchange },
      { partnershipId: s.a, targetType: 'action', targetId: s.actionB },
      { partnershipId: s.a, targetType: 'objectives', targetId: s.b },
    ]) {
      expect(translate(partner, s.ws.id, { ...target, language: 'en', text: 'Intrusion' })).toMatchObject({ ok: false, code: 'not_found' });
    }
    // The other partner (B) cannot write A; a reviewer reads but does not write; another workspace does not see A.
    const intrusion = { partnershipId: s.a, targetType: 'contribution', targetId: s.teamEntry, language: 'en', text: 'Intrusion' };
    expect(translate(s.otherPartner.userId, s.ws.id, intrusion)).toMatchObject({ ok: false, code: 'not_found' });
    expect(translate(s.ws.people.reviewer.id, s.ws.id, intrusion)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(translate(stranger.people.editor.id, stranger.id, intrusion)).toMatchObject({ ok: false, code: 'not_found' });
    expect(databaseFingerprint()).toEqual(before);
    // The other partner writes their own partnership's translation.
    expect(
      translate(s.otherPartner.userId, s.ws.id, {
        partnershipId: s.b,
        targetType: 'contribution',
        targetId: s.bEntry,
        language: 'en',
        text: 'Support to schools',
      }),
    ).toMatchObject({ ok: true });
    expect(() => listEntryTranslations(db, s.partner, s.b)).toThrow();
  });

  it('a translation of the joint objectives goes out of date when they change, and follows them again once saved', () => {
    const s = setup();
    storeDocumentState(partnershipDocumentName(s.a), yStateFromContent(contentFrom(['Accès à l’eau potable pour 5 000 habitants.'])));
    const translateObjectives = (text: string) =>
      translate(s.ws.people.partner.id, s.ws.id, { partnershipId: s.a, targetType: 'objectives', targetId: s.a, language: 'en', text });
    expect(translateObjectives('Drinking water for 5,000 people.')).toMatchObject({ ok: true });
    const original = () => ({ text: getPartnershipPage(db, s.editor, s.a).objectivesText, language: 'fr' });
    const rows = () => listEntryTranslations(db, s.editor, s.a).get(translationKey('objectives', s.a)) ?? [];
    expect(readAs(original(), rows(), 'en')).toMatchObject({ state: 'translation', text: 'Drinking water for 5,000 people.' });
    storeDocumentState(partnershipDocumentName(s.a), yStateFromContent(contentFrom(['Accès à l’eau potable pour 8 000 habitants.'])));
    expect(readAs(original(), rows(), 'en')).toMatchObject({ state: 'outOfDate', lang: 'fr', text: 'Accès à l’eau potable pour 8 000 habitants.' });
    expect(readAs(original(), rows(), 'fr').translations).toEqual([{ language: 'en', text: 'Drinking water for 5,000 people.', outOfDate: true }]);
    expect(translateObjectives('Drinking water for 8,000 people.')).toMatchObject({ ok: true });
    expect(readAs(original(), rows(), 'en')).toMatchObject({ state: 'translation', text: 'Drinking water for 8,000 people.' });
  });

  it('a joint action’s title: translated by either side, out of date when the team renames the action', () => {
    const s = setup();
    expect(
      translate(s.ws.people.partner.id, s.ws.id, {
        partnershipId: s.a,
        targetType: 'action',
        targetId: s.actionA,
        language: 'en',
        text: 'Drinking water in Nioro-Kaya',
      }),
    ).toMatchObject({ ok: true });
    const rows = () => listEntryTranslations(db, s.partner, s.a).get(translationKey('action', s.actionA))!;
    expect(readAs({ text: 'Eau potable à Nioro-Kaya', language: 'fr' }, rows(), 'en').state).toBe('translation');
    db.update(externalActions).set({ title: 'Eau potable et assainissement à Nioro-Kaya' }).where(eq(externalActions.id, s.actionA)).run();
    expect(readAs({ text: 'Eau potable et assainissement à Nioro-Kaya', language: 'fr' }, rows(), 'en')).toMatchObject({ state: 'outOfDate', lang: 'fr' });
  });

  it('removing an entry removes its translations', () => {
    const s = setup();
    translate(s.ws.people.partner.id, s.ws.id, {
      partnershipId: s.a,
      targetType: 'contribution',
      targetId: s.teamEntry,
      language: 'en',
      text: 'Water expertise',
    });
    expect(db.select().from(partnershipTranslations).where(eq(partnershipTranslations.targetId, s.teamEntry)).all()).toHaveLength(1);
    db.transaction((tx) => removeEntry(tx, s.editor, { entryId: s.teamEntry }));
    expect(db.select().from(partnershipTranslations).where(eq(partnershipTranslations.targetId, s.teamEntry)).all()).toHaveLength(0);
  });
});
