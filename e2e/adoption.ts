import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { DEMO, type A11yCheck, type SignIn } from './fixtures';
import { PublicationPage } from './pages/dashboard-page';

/**
 * The adopted version a publication needs. The review workflow's demo seed records one; should it
 * not, this records the adoption of the latest saved version in the test database, as lib/review's
 * adoption would (review's own e2e test covers adopting through the app).
 */
export function ensureAdoption(slug: string) {
  const db = new Database(path.join(process.env.FILROUGE_E2E_RUN_DIR!, 'filrouge.db'));
  try {
    db.pragma('busy_timeout = 5000');
    const ws = db.prepare('select id from workspaces where slug = ?').get(slug) as { id: string };
    if (db.prepare('select version_id from adoptions where workspace_id = ?').get(ws.id)) return;
    const version = db.prepare('select id from document_versions where workspace_id = ? order by created_at desc limit 1').get(ws.id) as { id: string };
    db.prepare(
      'insert into adoptions (id, workspace_id, version_id, review_id, adopted_on, body, reference, recorded_by_id, recorder_name, created_at) values (?, ?, ?, null, ?, ?, ?, null, ?, ?)',
    ).run(
      crypto.randomUUID(),
      ws.id,
      version.id,
      new Date().toISOString().slice(0, 10),
      'Assemblée départementale',
      'Délibération n° 2026-045',
      'Claire Fontaine',
      Date.now(),
    );
  } finally {
    db.close();
  }
}

/**
 * Makes sure `slug` has an adopted strategy, signs its admin in on `page` and opens the publication
 * screen (not yet published by this call): where the publication, open-data and PDF specs start.
 */
export async function openPublicationAsAdmin(page: Page, axe: A11yCheck, signIn: SignIn, slug: string) {
  ensureAdoption(slug);
  await signIn(page, DEMO.accounts.admin.email);
  const admin = new PublicationPage(page, axe);
  await admin.goto(slug);
  return admin;
}
