import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, rawSqlite } from '@/db/client';
import { users } from '@/db/schema';
import { makeUser } from '@/lib/test/fixtures';
import { hashPassword } from './password';
import { checkCredentials } from './sign-in';
import { SIGN_IN_LIMITS } from './rate-limit';

const PASSWORD = 'correct-horse-battery';

async function owner() {
  const person = makeUser('Owner');
  db.update(users)
    .set({ passwordHash: await hashPassword(PASSWORD) })
    .where(eq(users.id, person.id))
    .run();
  return person;
}

// Each attempt verifies an argon2id hash (19 MiB, ~50 ms alone, far more on a busy machine).
describe('password sign-in under attack (issue 18, point 5)', { timeout: 120_000 }, () => {
  it('5 addresses × 5 failures: the owner still signs in from a sixth address, after a bounded delay', async () => {
    const { email } = await owner();
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    for (let a = 1; a <= 5; a++) {
      for (let i = 0; i < 5; i++) {
        expect(await checkCredentials({ email, password: `guess-${a}-${i}` }, `203.0.113.${a}`, { wait })).toEqual({ ok: false, reason: 'invalid' });
      }
    }
    // Each attacking address is now locked out of this account...
    for (let a = 1; a <= 5; a++) {
      expect(await checkCredentials({ email, password: PASSWORD }, `203.0.113.${a}`, { wait })).toEqual({ ok: false, reason: 'locked' });
    }
    // ...and the account has slowed down (progressively, never beyond the ceiling) instead of refusing its owner.
    expect(waits.length).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(SIGN_IN_LIMITS.delay.maxMs);
    waits.length = 0;
    const outcome = await checkCredentials({ email, password: PASSWORD }, '198.51.100.6', { wait });
    expect(outcome).toMatchObject({ ok: true, user: { email } });
    expect(waits).toEqual([SIGN_IN_LIMITS.delay.maxMs]);
  });

  it('twenty failures behind one office address do not lock out a colleague with the right password', async () => {
    const { email } = await owner();
    const wait = async () => undefined;
    for (let i = 0; i < 20; i++) await checkCredentials({ email: `someone${i}@test.local`, password: 'wrong-password' }, '192.0.2.44', { wait });
    expect(await checkCredentials({ email, password: PASSWORD }, '192.0.2.44', { wait })).toMatchObject({ ok: true });
  });

  it('the sixth attempt in a row from one address on one account is refused even with the right password', async () => {
    const { email } = await owner();
    const wait = async () => undefined;
    for (let i = 0; i < 5; i++) await checkCredentials({ email, password: 'wrong-password' }, '192.0.2.45', { wait });
    expect(await checkCredentials({ email, password: PASSWORD }, '192.0.2.45', { wait })).toEqual({ ok: false, reason: 'locked' });
  });

  describe('with a full disk', () => {
    afterEach(() => {
      rawSqlite().pragma('max_page_count = 1073741823');
    });

    it('says the server could not save, signs nobody in, and works again once space returns', async () => {
      const { email } = await owner();
      const wait = async () => undefined;
      // SQLite's own limit on the file's pages, as when the disk has no space left: filler rows take
      // the free pages, then sign-ins go on until the audit entry or the failure counter finds no room.
      rawSqlite().exec('create table if not exists disk_filler (x blob)');
      rawSqlite().pragma(`max_page_count = ${rawSqlite().pragma('page_count', { simple: true }) as number}`);
      try {
        for (;;) rawSqlite().prepare('insert into disk_filler values (randomblob(2000))').run();
      } catch (error) {
        expect((error as { code?: string }).code).toBe('SQLITE_FULL');
      }
      const outcomes: string[] = [];
      for (let i = 0; i < 60 && outcomes.at(-1) !== 'storage'; i++) {
        const outcome = await checkCredentials({ email, password: PASSWORD }, '192.0.2.60', { wait });
        outcomes.push(outcome.ok ? 'ok' : outcome.reason);
      }
      expect(outcomes.at(-1)).toBe('storage');
      expect(outcomes.slice(0, -1).every((o) => o === 'ok')).toBe(true);
      // A wrong password, from addresses never seen: its failure cannot be counted either.
      let wrong = '';
      for (let i = 0; i < 60 && wrong !== 'storage'; i++) {
        const outcome = await checkCredentials({ email: `nobody${i}@test.local`, password: 'wrong-password' }, `192.0.2.${100 + i}`, { wait });
        wrong = outcome.ok ? 'ok' : outcome.reason;
      }
      expect(wrong).toBe('storage');
      rawSqlite().pragma('max_page_count = 1073741823');
      expect(await checkCredentials({ email, password: PASSWORD }, '192.0.2.60', { wait })).toMatchObject({ ok: true, user: { email } });
    });
  });
});
