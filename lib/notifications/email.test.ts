import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { notifications, users } from '@/db/schema';
import { makeWorkspace } from '@/lib/test/fixtures';
import { deliverPendingEmails } from './email';
import { notify } from './notify';
import { startSmtpServer as smtpServer } from '@/lib/test/smtp-server';

const saved = process.env.SMTP_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = saved;
});

/** Each notification's email state (pending, sent, none), in table order. */
const emailStates = () =>
  db
    .select({ email: notifications.email })
    .from(notifications)
    .all()
    .map((n) => n.email);

describe('notification emails', () => {
  it('are sent once when SMTP is configured, in each recipient’s language, with the link', async () => {
    const smtp = await smtpServer();
    try {
      process.env.SMTP_URL = smtp.url;
      const ws = makeWorkspace('alpha');
      db.update(users).set({ locale: 'en' }).where(eq(users.id, ws.people.reviewer.id)).run();
      db.transaction((tx) =>
        notify(tx, {
          workspaceId: ws.id,
          recipients: [ws.people.reviewer.id, ws.people.editor.id],
          kind: 'review_requested',
          params: { actor: 'Claire Fontaine', version: 'V2', due: '2026-06-30' },
          href: '/document/review/r1',
        }),
      );
      expect(emailStates()).toEqual(['pending', 'pending']);
      expect(await deliverPendingEmails()).toBe(2);
      expect(await deliverPendingEmails()).toBe(0);
      expect(emailStates()).toEqual(['sent', 'sent']);
      const byRecipient = new Map(smtp.messages.map((m) => [m.to[0], m.data.replace(/=\r\n/g, '')]));
      expect(byRecipient.get(ws.people.reviewer.email)).toContain('Claire Fontaine asks you to review');
      expect(byRecipient.get(ws.people.editor.email)).toMatch(/Claire Fontaine vous demande de relire/);
      expect(byRecipient.get(ws.people.editor.email)).toContain('/alpha/document/review/r1');
    } finally {
      await smtp.close();
    }
  });

  it('are not queued without SMTP', () => {
    delete process.env.SMTP_URL;
    const ws = makeWorkspace('alpha');
    db.transaction((tx) =>
      notify(tx, { workspaceId: ws.id, recipients: [ws.people.editor.id], kind: 'comment', params: { actor: 'A', version: 'V', body: 'x' }, href: '/' }),
    );
    expect(db.select({ email: notifications.email }).from(notifications).get()?.email).toBe('none');
  });
});
