import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { loadDemoIds } from '../lib/security/demo-ids';
import { DEMO, expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { MESSAGES } from './pages/base-page';
import { NotificationsPage } from './pages/notifications-page';
import { addPartnerEntryInEnglish, kindBlock } from './helpers/reciprocity';

/**
 * Issue 21, "Done when", as one chain on the production build: an admin opens this year's
 * reporting round, the owner enters a value that falls off track, the dashboard shows it, the
 * partner records in English a return observed on their side, the evaluation of the year is
 * assembled from all of it, frozen, submitted for review, approved by the elected official, and
 * exported (DOCX and PDF). It owns this year's round and this year's evaluation: no other spec
 * opens either (e2e/evaluation.spec.ts works on last year's, seeded). The former
 * e2e/reporting-round.spec.ts, which opened this year's round too, is folded into it.
 */

const ws = DEMO.workspace.slug;
const fr = MESSAGES.fr;
const en = MESSAGES.en;
const r = fr.rounds;
const ev = fr.evaluation;
const YEAR = new Date().getUTCFullYear();
const INDICATOR = 'Collégiens en correspondance avec Nioro-Kaya';
const OBSERVED = `Twelve pupils of Nioro-Kaya wrote to their pen friends in the Val-d’Argence all year (${Date.now().toString(36)}).`;
let partnershipId: string;

test.beforeAll(() => {
  partnershipId = loadDemoIds(path.join(process.env.FILROUGE_E2E_RUN_DIR!, 'filrouge.db')).partnerPartnership;
});

/** Today plus `days`, as YYYY-MM-DD. */
function day(days = 0) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The dashboard's "indicators by axis" table, read as status → count for one row, or summed over all rows. */
async function statusCounts(page: Page, row?: RegExp) {
  await page.goto(`/${ws}/dashboard`);
  const table = page.getByTestId('indicator-status-table');
  const rows = row ? table.getByRole('row', { name: row }) : table.locator('tbody tr');
  const counts: Record<string, number> = { on_track: 0, at_risk: 0, off_track: 0 };
  for (const tr of await rows.all()) for (const s of Object.keys(counts)) counts[s]! += Number(await tr.locator(`td[data-status="${s}"]`).innerText());
  return counts;
}

/** The block of one kind (brings, expects, observed) inside a side's column of the reciprocity view. */

test('the evaluation chain: a round, an off-track value, the dashboard, a partner’s return in English, the evaluation assembled, reviewed and exported', async ({
  page,
  axe,
  signIn,
}) => {
  test.setTimeout(300_000);

  await test.step('the demo shows indicators on track, at risk and off track; an admin opens this year’s round', async () => {
    await signIn(page, DEMO.accounts.admin.email);
    const all = await statusCounts(page);
    for (const s of ['on_track', 'at_risk', 'off_track']) expect(all[s], s).toBeGreaterThan(0);
    await page.goto(`/${ws}/strategy/rounds`);
    await expect(page.getByRole('heading', { level: 1, name: r.title })).toBeVisible();
    // Last year's round is closed in the demo.
    await expect(page.getByTestId(`round-progress-${YEAR - 1}`)).toBeVisible();
    await axe(page, 'rounds page');
    await page.getByLabel(r.year).fill(String(YEAR));
    await page.getByLabel(r.dueOn).fill(day(7));
    await page.getByRole('button', { name: r.openSubmit }).click();
    await expect(page.getByText(r.opened)).toBeVisible();
    await expect(page.getByTestId(`round-progress-${YEAR}`)).toHaveText(/^\d+ sur \d+ valeurs? saisies?$/);
  });

  const before = await statusCounts(page, new RegExp(r.dashboard.noAxis));

  await test.step('the owner finds the round on their home page and enters a value that falls off track', async () => {
    await page.context().clearCookies();
    await signIn(page, DEMO.accounts.contributor.email);
    await page.goto(`/${ws}`);
    await expect(page.locator('.journey-due')).toContainText(`Campagne de saisie ${YEAR}`);
    await page.goto(`/${ws}/strategy/rounds`);
    await page.getByRole('link', { name: INDICATOR }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: INDICATOR })).toBeVisible();
    await expect(page.locator('dd .status-badge')).toHaveText(r.status.on_track);
    await page.getByLabel(fr.strategy.fields.observedOn).fill(day(0));
    await page.getByLabel(/^Valeur \(/).fill('10');
    await page.getByLabel(fr.strategy.fields.source).fill('Plateforme d’échanges des collèges');
    await page.getByLabel(r.term.comment).fill('Deux collèges ont suspendu les échanges.');
    await page.getByRole('button', { name: fr.strategy.values.submit }).click();
    await expect(page.getByText(fr.strategy.values.added)).toBeVisible();
    await expect(page.locator('dd .status-badge')).toHaveText(r.status.off_track);
    await expect(page.getByRole('table', { name: new RegExp(r.term.caption.split('«')[0]!.trim()) })).toBeVisible();
    await axe(page, 'indicator with its term');
    // A value outside the strategy's term is refused with a clear message; last year's is locked.
    await page.getByLabel(fr.strategy.fields.observedOn).fill('1999-06-30');
    await page.getByLabel(/^Valeur \(/).fill('10');
    await page.getByLabel(fr.strategy.fields.source).fill('Essai');
    await page.getByRole('button', { name: fr.strategy.values.submit }).click();
    await expect(page.getByText(r.validation.yearOutsideTerm)).toBeVisible();
    await page.getByLabel(fr.strategy.fields.observedOn).fill(`${YEAR - 1}-11-30`);
    await page.getByLabel(/^Valeur \(/).fill('10');
    await page.getByLabel(fr.strategy.fields.source).fill('Essai');
    await page.getByRole('button', { name: fr.strategy.values.submit }).click();
    await expect(page.getByText(r.errors.roundClosed)).toBeVisible();
  });

  await test.step('the dashboard shows one more indicator off track', async () => {
    await page.context().clearCookies();
    await signIn(page, DEMO.accounts.admin.email);
    await page.goto(`/${ws}/strategy/rounds`);
    await expect(page.getByTestId(`round-progress-${YEAR}`)).toHaveText(/^\d+ sur \d+ valeurs? saisies?$/);
    const after = await statusCounts(page, new RegExp(r.dashboard.noAxis));
    expect(after.off_track).toBe(before.off_track! + 1);
    await axe(page, 'dashboard');
  });

  await test.step('the partner records, in English, a return observed on their side', async () => {
    await page.context().clearCookies();
    await signIn(page, DEMO.accounts.partner.email);
    await page.goto(`/${ws}/partnerships/${partnershipId}`);
    await new AppShell(page, axe).switchLanguage('en');
    try {
      const reciprocity = page.getByRole('region', { name: en.partnerships.reciprocity, exact: true });
      const own = reciprocity.locator('.grid-2 > div').nth(1);
      await addPartnerEntryInEnglish(reciprocity, 'observed', OBSERVED);
      await expect(kindBlock(own, page, en.partnerships.kinds.observed).getByRole('listitem').filter({ hasText: OBSERVED })).toBeVisible();
      await axe(page, 'partnership, as the partner in English');
    } finally {
      await new AppShell(page, axe, 'en').switchLanguage('fr');
      await page.waitForLoadState('networkidle');
    }
  });

  let versionHref = '';
  await test.step('the evaluation of the year is assembled from all of it, frozen and submitted for review', async () => {
    await page.context().clearCookies();
    await signIn(page, DEMO.accounts.admin.email);
    await page.goto(`/${ws}/evaluation`);
    await page.getByLabel(ev.year).fill(String(YEAR));
    await page.getByRole('button', { name: ev.open }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ev.yearTitle.replace('{year}', String(YEAR)));
    // Assembled: the value off track, the partner's return as they wrote it.
    await expect(page.getByRole('table', { name: ev.tables.indicatorStatus, exact: true }).getByRole('row', { name: new RegExp(INDICATOR) })).toContainText(
      r.status.off_track,
    );
    await expect(page.getByRole('table', { name: ev.tables.partnerObserved, exact: true })).toContainText(OBSERVED);
    await page.getByRole('button', { name: ev.freeze }).click();
    await expect(page.getByRole('status').filter({ hasText: ev.frozen.replace('{number}', '1') })).toBeVisible();
    const review = page.getByRole('region', { name: ev.review.title, exact: true });
    await expect(review).toContainText(ev.review.none);
    // Without a reviewer: a clear message beside the list, nothing submitted.
    const submit = review.getByRole('button', { name: ev.review.submit });
    await expect.poll(() => submit.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')))).toBe(true);
    await review.getByLabel(ev.review.fields.dueOn).fill(day(14));
    await submit.click();
    await expect(review.getByText(fr.evaluation.validation.evaluationReviewersRequired)).toBeVisible();
    await review.getByRole('checkbox', { name: DEMO.accounts.reviewer.name }).check();
    await submit.click();
    await expect(review.locator('[data-review-status="in_review"]')).toHaveText(ev.review.status.in_review);
    await expect(
      review
        .getByRole('table', { name: ev.review.reviewersCaption.replace('{number}', '1') })
        .getByRole('row', { name: new RegExp(DEMO.accounts.reviewer.name) }),
    ).toContainText(ev.review.decisions.pending);
    // Not adoptable before its review.
    await expect(page.getByRole('region', { name: ev.adoption, exact: true })).toContainText(ev.review.adoptWaiting);
    await axe(page, 'evaluation submitted for review');
    versionHref = (await page.getByRole('link', { name: /^Version 1 — / }).getAttribute('href'))!;
  });

  await test.step('the elected official is notified, approves, and downloads the exports', async () => {
    await page.context().clearCookies();
    await signIn(page, DEMO.accounts.reviewer.email);
    await page.goto(`/${ws}/notifications`);
    const notifications = new NotificationsPage(page, axe);
    await expect(notifications.list).toContainText(`${DEMO.accounts.admin.name} vous demande de relire la version 1 de l’évaluation ${YEAR}`);
    await page.goto(`/${ws}/evaluation/${YEAR}`);
    const review = page.getByRole('region', { name: ev.review.title, exact: true });
    const decide = review.getByRole('button', { name: ev.review.decide });
    await expect.poll(() => decide.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')))).toBe(true);
    await review.getByRole('radio', { name: ev.review.approve }).check();
    await decide.click();
    await expect(review.locator('[data-review-status="approved"]')).toHaveText(ev.review.status.approved);
    await expect(review.getByRole('row', { name: new RegExp(DEMO.accounts.reviewer.name) })).toContainText(ev.review.decisions.approved);
    await axe(page, 'evaluation approved, as the reviewer');

    const versionId = new URL(versionHref, 'http://x').searchParams.get('version')!;
    const api = `/api/workspaces/${ws}/evaluation/${YEAR}/export`;
    const docx = await page.request.get(`${api}?format=docx&lang=en&version=${versionId}`);
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const docxBody = await docx.body();
    expect(docxBody.length).toBeGreaterThan(5_000);
    const xml = (await (await JSZip.loadAsync(docxBody)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain(en.evaluation.chapters.indicatorStatus);
    expect(xml).toContain(INDICATOR);
    expect(xml).toContain(OBSERVED);
    expect(xml).toContain(`Review — ${en.evaluation.review.status.approved}: ${DEMO.accounts.reviewer.name}, approved.`);
    const pdf = await page.request.get(`${api}?format=pdf&lang=fr&version=${versionId}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const pdfBody = await pdf.body();
    expect(pdfBody.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfBody.length).toBeGreaterThan(10_000);
  });
});
