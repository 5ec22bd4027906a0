import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { notifications, users } from '@/db/schema';
import { makeWorkspace } from '@/lib/test/fixtures';
import { deliverPendingEmails } from './email';
import { notify } from './notify';

/** A minimal SMTP server on a free port that keeps each message it receives. */
async function smtpServer() {
  const messages: { to: string[]; data: string }[] = [];
  const server = net.createServer((socket) => {
    let to: string[] = [];
    let data: string | null = null;
    let buffer = '';
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      while (true) {
        if (data !== null) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          messages.push({ to, data: data + buffer.slice(0, end) });
          buffer = buffer.slice(end + 5);
          data = null;
          to = [];
          socket.write('250 queued\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 test\r\n');
        else if (verb === 'RCPT') {
          to.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, '$1'));
          socket.write('250 ok\r\n');
        } else if (verb === 'DATA') {
          data = '';
          socket.write('354 go\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { messages, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const saved = process.env.SMTP_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = saved;
});

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
      expect(
        db
          .select({ email: notifications.email })
          .from(notifications)
          .all()
          .map((n) => n.email),
      ).toEqual(['pending', 'pending']);
      expect(await deliverPendingEmails()).toBe(2);
      expect(await deliverPendingEmails()).toBe(0);
      expect(
        db
          .select({ email: notifications.email })
          .from(notifications)
          .all()
          .map((n) => n.email),
      ).toEqual(['sent', 'sent']);
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
