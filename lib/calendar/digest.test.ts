import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { digestDeliveries } from '@/db/schema';
import { decodedBody, startSmtpServer } from '@/lib/test/smtp-server';
import { createExternalAction } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { createDiagnostic } from '@/lib/diagnostic/queries';
import { createMilestone } from '@/lib/milestones/queries';
import { isoWeek, sendWeeklyDigests } from './digest';
import { setDigestPreference } from './settings';
import { insertReviewerFollowUp, workspaceWithNioro } from './test-setup';

const saved = { smtp: process.env.SMTP_URL, base: process.env.NEXTAUTH_URL };
afterEach(() => {
  for (const [key, value] of [
    ['SMTP_URL', saved.smtp],
    ['NEXTAUTH_URL', saved.base],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** Milestones due for the action's editors (admin, editor), a follow-up due for the reviewer; nothing for the contributor and the partner. */
function setUp(slug: string) {
  const { ws, nioro, editor } = workspaceWithNioro(slug);
  const action = db.transaction((tx) =>
    createExternalAction(tx, editor, ExternalActionInput.parse({ title: 'Coopération Nioro', type: 'twinning', status: 'running', partnerIds: [nioro] })),
  ).data.id;
  db.transaction((tx) => createMilestone(tx, editor, { actionId: action, kind: 'report_due', label: null, dueOn: '2026-05-28', doneOn: null }));
  db.transaction((tx) => createMilestone(tx, editor, { actionId: action, kind: 'mission', label: 'Délégation', dueOn: '2026-06-10', doneOn: null }));
  const diagnostic = db.transaction((tx) => createDiagnostic(tx, editor, { title: 'Diagnostic', heldOn: '2026-01-01' })).data.id;
  insertReviewerFollowUp(ws, diagnostic, `fu-${slug}`);
  return { ws, action };
}

const MONDAY = new Date('2026-06-01T07:00:00Z');

describe('the weekly digest', () => {
  it('names ISO weeks, across year ends', () => {
    expect(isoWeek(new Date('2026-06-01T07:00:00Z'))).toBe('2026-W23');
    expect(isoWeek(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01');
    expect(isoWeek(new Date('2026-06-07T23:59:00Z'))).toBe('2026-W23');
  });

  it('is received once per person and week by a local SMTP server, even when run twice at once; opt-out respected', async () => {
    const smtp = await startSmtpServer();
    try {
      process.env.SMTP_URL = smtp.url;
      process.env.NEXTAUTH_URL = 'https://filrouge.example';
      const { ws, action } = setUp('digest-alpha');
      // The reviewer opts out; the contributor and the partner have nothing due.
      db.transaction((tx) => setDigestPreference(tx, ws.people.reviewer.id, false));
      const [first, second] = await Promise.all([sendWeeklyDigests(MONDAY), sendWeeklyDigests(MONDAY)]);
      expect(first + second).toBe(2);
      expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual([ws.people.admin.email, ws.people.editor.email].sort());
      const body = decodedBody(smtp.messages.find((m) => m.to[0] === ws.people.editor.email)!.data);
      expect(body).toContain('En retard');
      expect(body).toContain('Rapport à rendre : Coopération Nioro');
      expect(body).toContain('Mission (Délégation) : Coopération Nioro');
      expect(body).toContain(`https://filrouge.example/digest-alpha/actions/${action}`);
      expect(body).toContain('https://filrouge.example/account');
      // Later in the same week: nothing more; the claims say who got what.
      expect(await sendWeeklyDigests(new Date('2026-06-04T10:00:00Z'))).toBe(0);
      expect(smtp.messages).toHaveLength(2);
      const outcomes = Object.fromEntries(
        db
          .select()
          .from(digestDeliveries)
          .all()
          .map((d) => [d.userId, `${d.week} ${d.outcome}`]),
      );
      expect(outcomes).toEqual({
        [ws.people.admin.id]: '2026-W23 sent',
        [ws.people.editor.id]: '2026-W23 sent',
        [ws.people.contributor.id]: '2026-W23 empty',
        [ws.people.partner.id]: '2026-W23 empty',
      });
      // The reviewer opts back in: the next week, they receive theirs too.
      db.transaction((tx) => setDigestPreference(tx, ws.people.reviewer.id, true));
      expect(await sendWeeklyDigests(new Date('2026-06-08T07:00:00Z'))).toBe(3);
      expect(smtp.messages.slice(2).map((m) => m.to[0])).toContain(ws.people.reviewer.email);
    } finally {
      await smtp.close();
    }
  });

  it('sends nothing without SMTP_URL, and frees the claim when the server refuses', async () => {
    delete process.env.SMTP_URL;
    setUp('digest-bravo');
    expect(await sendWeeklyDigests(MONDAY)).toBe(0);
    expect(db.select().from(digestDeliveries).all()).toEqual([]);
    // Nothing listens on this port: every send fails and no claim is kept, so the next run retries.
    process.env.SMTP_URL = 'smtp://127.0.0.1:9';
    expect(await sendWeeklyDigests(MONDAY)).toBe(0);
    expect(
      db
        .select()
        .from(digestDeliveries)
        .all()
        .filter((d) => d.outcome !== 'empty'),
    ).toEqual([]);
  });
});
