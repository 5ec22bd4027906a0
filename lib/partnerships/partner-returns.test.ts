import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, partnershipContributions } from '@/db/schema';
import { databaseFingerprint } from '@/lib/test/fixtures';
import { loadMemberContext } from '@/lib/auth/member';
import { getCoherence } from '@/lib/strategy/queries';
import '@/lib/partnerships/actions';
import { getPartnershipPage } from './queries';
import { twoPartnerships } from './test-setup';
import { listEntryTranslations, translationKey } from './entry-translations';
import { readAs } from './entry-translation-view';
import { auditEntries } from '@/lib/test/audit';
import { runWorkspaceAction } from '@/lib/test/run-action';

// Returns recorded by partners (issue 21, point 3), on the real database through the action
// wrapper (policy, zod, audit): docs/decisions/0030-returns-recorded-by-partners.md.

/** Two partnerships: A (Nioro-Kaya, the fixture's partner) and B (Tamboura, with its own real partner user). */
function setup() {
  const { ws, editor, other, mine: a, theirs: b } = twoPartnerships();
  return { ws, editor, a, b, partnerId: ws.people.partner.id, otherPartnerId: other.id, otherPartner: loadMemberContext(other.id, { id: ws.id }) };
}

const run = runWorkspaceAction;

/** Adds a reciprocity entry through the action wrapper, as `userId` (with no language, the entry takes the author's). */
const contribute = (s: ReturnType<typeof setup>, userId: string, partnershipId: string, side: string, kind: string, text: string, language?: string) =>
  run('partnerships.addContribution', userId, s.ws.id, { partnershipId, side, kind, text, ...(language ? { language } : {}) });

const oneWay = (s: ReturnType<typeof setup>) =>
  getCoherence(db, s.editor, { locale: 'en' })
    .checks.find((c) => c.key === 'oneWayPartners')!
    .items.map((i) => [i.label, i.href]);

describe('returns recorded by partners (issue 21, point 3)', () => {
  it('the partner records what it expects and has observed on its side, in English; both sides show side by side, and the French reader sees it marked as English', () => {
    const s = setup();
    const observed = contribute(s, s.partnerId, s.a, 'partner', 'observed', 'Prenatal visits rose from 410 to 620 a year', 'en');
    expect(observed).toMatchObject({ ok: true });
    expect(contribute(s, s.partnerId, s.a, 'partner', 'expects', 'A second health post', 'en')).toMatchObject({ ok: true });
    expect(contribute(s, s.ws.people.editor.id, s.a, 'team', 'observed', 'Des échanges scolaires')).toMatchObject({ ok: true });
    const page = getPartnershipPage(db, s.editor, s.a);
    expect(page.contributions.map((c) => [c.side, c.kind, c.language])).toEqual([
      ['partner', 'observed', 'en'],
      ['partner', 'expects', 'en'],
      ['team', 'observed', 'fr'],
    ]);
    const mine = page.contributions[0]!;
    expect(readAs({ text: mine.text, language: mine.language }, [], 'fr')).toMatchObject({ state: 'missing', lang: 'en' });
    // Audited with who wrote what, on which side.
    expect(
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.workspaceId, s.ws.id), eq(auditLog.action, 'partnership.addContribution'), eq(auditLog.userId, s.partnerId)))
        .all()
        .map((e) => e.changes),
    ).toEqual([
      expect.objectContaining({ side: 'partner', kind: 'observed', language: 'en' }),
      expect.objectContaining({ side: 'partner', kind: 'expects', language: 'en' }),
    ]);
  });

  it('a real partner of another partnership writing on this one is refused and changes nothing; bad text gets a clear message', () => {
    const s = setup();
    const entry = contribute(s, s.partnerId, s.a, 'partner', 'observed', 'Birth certificates within a week', 'en');
    if (!entry.ok) throw new Error('setup');
    const entryId = (entry.data as { id: string }).id;
    const before = databaseFingerprint();
    // Tamboura's partner on Nioro-Kaya's partnership: adding, rewriting, removing — all refused as unknown.
    expect(contribute(s, s.otherPartnerId, s.a, 'partner', 'observed', 'Intrusion', 'en')).toMatchObject({
      ok: false,
      code: 'not_found',
      message: 'partnershipNotFound',
    });
    expect(run('partnerships.updateContribution', s.otherPartnerId, s.ws.id, { entryId, text: 'Intrusion', language: 'en' })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(run('partnerships.removeEntry', s.otherPartnerId, s.ws.id, { entryId })).toMatchObject({ ok: false, code: 'not_found' });
    // The partner writes for their own authority only, not on the team's side.
    expect(contribute(s, s.partnerId, s.a, 'team', 'observed', 'Written for the team', 'en')).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { side: 'partnershipSideNotYours' },
    });
    // Empty, too short or too long text, an unknown kind: a message beside the field.
    for (const text of ['', '   ', 'ab', 'x'.repeat(601)]) {
      expect(contribute(s, s.partnerId, s.a, 'partner', 'observed', text, 'en')).toMatchObject({
        ok: false,
        code: 'invalid',
        fieldErrors: { text: 'partnershipContributionLength' },
      });
      expect(run('partnerships.updateContribution', s.partnerId, s.ws.id, { entryId, text, language: 'en' })).toMatchObject({
        ok: false,
        fieldErrors: { text: 'partnershipContributionLength' },
      });
    }
    expect(contribute(s, s.partnerId, s.a, 'partner', 'hoped', 'Something', 'en')).toMatchObject({ ok: false, fieldErrors: { kind: 'choose' } });
    // A reader of the team may not rewrite it (the policy stops them first).
    expect(run('partnerships.updateContribution', s.ws.people.reviewer.id, s.ws.id, { entryId, text: 'Rewritten' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(databaseFingerprint()).toEqual(before);
    // Their own partnership works for the other partner.
    expect(contribute(s, s.otherPartnerId, s.b, 'partner', 'expects', 'Des formations', 'fr')).toMatchObject({ ok: true });
    expect(getPartnershipPage(db, s.otherPartner, s.b).contributions).toHaveLength(1);
  });

  it('a translation keeps following the original: rewriting the partner’s return makes it out of date until saved again', () => {
    const s = setup();
    const added = contribute(s, s.partnerId, s.a, 'partner', 'observed', 'Prenatal visits rose to 620 a year', 'en');
    const entryId = (added as { data: { id: string } }).data.id;
    expect(
      run('partnerships.translateEntry', s.ws.people.editor.id, s.ws.id, {
        partnershipId: s.a,
        targetType: 'contribution',
        targetId: entryId,
        language: 'fr',
        text: 'Les consultations prénatales sont passées à 620 par an',
      }),
    ).toMatchObject({ ok: true });
    const frView = () => {
      const c = getPartnershipPage(db, s.editor, s.a).contributions.find((x) => x.id === entryId)!;
      return readAs({ text: c.text, language: c.language }, listEntryTranslations(db, s.editor, s.a).get(translationKey('contribution', entryId)) ?? [], 'fr');
    };
    expect(frView()).toMatchObject({ state: 'translation', text: 'Les consultations prénatales sont passées à 620 par an' });
    expect(frView().translations).toEqual([expect.objectContaining({ language: 'fr', outOfDate: false })]);
    // The partner rewrites their return: the translation stays, marked out of date.
    expect(run('partnerships.updateContribution', s.partnerId, s.ws.id, { entryId, text: 'Prenatal visits rose to 650 a year', language: 'en' })).toMatchObject(
      {
        ok: true,
      },
    );
    const row = db.select().from(partnershipContributions).where(eq(partnershipContributions.id, entryId)).get()!;
    expect(row).toMatchObject({ text: 'Prenatal visits rose to 650 a year', language: 'en' });
    expect(row.updatedAt).toBeInstanceOf(Date);
    // The French reader now sees the new original, and that the translation lags behind it.
    const stale = frView();
    expect(stale).toMatchObject({ state: 'outOfDate', text: 'Prenatal visits rose to 650 a year', lang: 'en' });
    expect(stale.translations).toEqual([{ language: 'fr', text: 'Les consultations prénatales sont passées à 620 par an', outOfDate: true }]);
    expect(auditEntries(s.ws.id, 'partnership.updateContribution')[0]).toMatchObject({
      userId: s.partnerId,
      entityId: s.a,
      changes: { entryId, text: { from: 'Prenatal visits rose to 620 a year', to: 'Prenatal visits rose to 650 a year' } },
    });
    // Translated again: up to date.
    run('partnerships.translateEntry', s.ws.people.editor.id, s.ws.id, {
      partnershipId: s.a,
      targetType: 'contribution',
      targetId: entryId,
      language: 'fr',
      text: 'Les consultations prénatales sont passées à 650 par an',
    });
    expect(frView()).toMatchObject({ state: 'translation', text: 'Les consultations prénatales sont passées à 650 par an' });
  });

  it('the coherence check: a partnership whose partner side records no expected or observed return is one-way', () => {
    const s = setup();
    // Neither partnership has a partner side yet: both are one-way, each fixed in its reciprocity.
    expect(oneWay(s)).toEqual([
      ['Commune de Nioro-Kaya', `/partnerships/${s.a}#reciprocity-title`],
      ['Commune de Tamboura', `/partnerships/${s.b}#reciprocity-title`],
    ]);
    // What the partner brings, or what the team observes, does not make it two-way.
    contribute(s, s.partnerId, s.a, 'partner', 'brings', 'Hosting the missions', 'en');
    contribute(s, s.ws.people.editor.id, s.a, 'team', 'observed', 'Des échanges scolaires');
    expect(oneWay(s).map(([label]) => label)).toEqual(['Commune de Nioro-Kaya', 'Commune de Tamboura']);
    // The partner records an observed return on its side: Nioro-Kaya leaves the list.
    contribute(s, s.partnerId, s.a, 'partner', 'observed', 'More prenatal visits', 'en');
    expect(oneWay(s).map(([label]) => label)).toEqual(['Commune de Tamboura']);
    // And an expected return is enough for Tamboura.
    contribute(s, s.otherPartnerId, s.b, 'partner', 'expects', 'Des formations');
    const check = getCoherence(db, s.editor, { locale: 'en' }).checks.find((c) => c.key === 'oneWayPartners')!;
    expect(check).toMatchObject({ status: 'passed', checked: 2, count: 0 });
  });
});
