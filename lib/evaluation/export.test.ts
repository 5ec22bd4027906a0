import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { db } from '@/db/client';
import { diagnosticFollowUps, users, workspaces } from '@/db/schema';
import { loadMemberContext } from '@/lib/auth/session';
import { seedDemo, DEMO_WORKSPACE_SLUG } from '@/lib/seed/demo';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { loadEvaluationExport } from './export';
import { renderEvaluationDocx } from './docx';
import { renderEvaluationHtml } from './print';
import { freezeEvaluation, getEvaluation } from './queries';
import { evaluationStartingPoint } from './starting-point';
import { openRecommendations } from './sources/follow-ups';

const YEAR = new Date().getUTCFullYear() - 1;

function demo() {
  seedDemo(db, 'not-a-real-hash');
  const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
  const id = db.select().from(users).where(eq(users.email, 'admin@demo.filrouge.eu')).get()!.id;
  return loadMemberContext(id, { id: ws.id });
}

const docxText = async (file: Buffer) =>
  (await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string'))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the evaluation exports (issue 21.4)', () => {
  it('renders the DOCX and the print view in English and in French from the same chapters', async () => {
    const admin = demo();
    for (const [locale, messages] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const { snapshot, meta } = loadEvaluationExport(db, admin, YEAR, undefined, locale);
      const text = await docxText(await renderEvaluationDocx(snapshot, meta));
      for (const key of [
        'indicatorStatus',
        'indicators',
        'returns',
        'budget',
        'missions',
        'followUps',
        'recommendations',
        'summary',
        'lessons',
        'nextYear',
      ] as const)
        expect(text).toContain(messages.evaluation.chapters[key]);
      expect(text).toContain('Nioro-Kaya');
      const html = renderEvaluationHtml(snapshot, meta);
      expect(html).toContain(`<html lang="${locale}">`);
      expect(html).toContain(`<caption>${messages.evaluation.tables.indicators.replace(/'/g, '&#39;')}</caption>`);
    }
    // Two Word files and two print views: about 3.5 s alone, over Vitest's default 5 s beside the
    // other suites on a busy two-core machine.
  }, 30_000);

  it('a frozen version exports as it was frozen; a version of another year is not found', async () => {
    const admin = demo();
    const evaluation = getEvaluation(db, admin, YEAR);
    const version = freezeEvaluation(db, admin, { evaluationId: evaluation.id }).data;
    const frozen = loadEvaluationExport(db, admin, YEAR, version.id, 'en');
    expect(frozen.meta.stateLine).toContain('Version 1');
    expect(() => loadEvaluationExport(db, admin, YEAR - 1, version.id, 'en')).toThrow();
    expect(() => loadEvaluationExport(db, admin, YEAR, 'no-such-version', 'en')).toThrow();
  });

  it('the next diagnostic starts from the open recommendations of the latest evaluation, as frozen', () => {
    const admin = demo();
    const open = openRecommendations(db, admin);
    expect(open.length).toBeGreaterThan(0);
    const live = evaluationStartingPoint(db, admin, 'en')!;
    expect(live.year).toBe(YEAR);
    expect(live.chapter.tables[0]!.rows.map((r) => r[0])).toEqual(open.map((f) => f.title));
    // Once frozen, the starting point is what the version recorded, even after an item is done.
    freezeEvaluation(db, admin, { evaluationId: getEvaluation(db, admin, YEAR).id });
    db.update(diagnosticFollowUps).set({ status: 'done' }).where(eq(diagnosticFollowUps.id, open[0]!.id)).run();
    expect(openRecommendations(db, admin)).toHaveLength(open.length - 1);
    expect(evaluationStartingPoint(db, admin, 'en')!.chapter.tables[0]!.rows).toHaveLength(open.length);
  });
});
