import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/** People who can sign in. Emails are stored lower-cased. */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale', { enum: ['fr', 'en'] }).notNull().default('fr'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Failed sign-in counters, keyed by account (`email:…`) or by address (`ip:…`). */
export const signInAttempts = sqliteTable(
  'sign_in_attempts',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    windowStartedAt: integer('window_started_at', { mode: 'timestamp_ms' }).notNull(),
    lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
  },
  (t) => [index('sign_in_attempts_locked_idx').on(t.lockedUntil)],
);

export type User = typeof users.$inferSelect;
