'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { users } from '@/db/schema';
import { getSessionUser } from '@/lib/auth/session';
import { translateResult } from '@/lib/auth/action';
import { hashPassword } from '@/lib/auth/password';
import { commonPasswordErrors } from '@/lib/auth/password-policy';
import { recordAudit } from '@/lib/audit/queries';
import { AppError, storageAware, type ActionResult } from '@/lib/errors';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';
import { fieldErrorsFrom, parseInput } from '@/lib/validation';
import { AcceptInvitationInput, AccountInput, CreateWorkspaceInput, LocaleInput, SetupInput } from '@/lib/workspaces/schemas';
import { acceptInvitation, createWorkspace, isFirstRun } from '@/lib/workspaces/queries';

const YEAR = 365 * 24 * 3600;

async function fail(code: 'invalid' | 'unauthenticated' | 'forbidden', message: string, fieldErrors?: Record<string, string>) {
  return translateResult<never>({ ok: false, code, message, fieldErrors });
}

async function guard<T>(fn: () => T | Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (caught) {
    const error = storageAware(caught);
    if (error instanceof AppError) {
      return translateResult({ ok: false, code: error.code, message: error.messageKey, fieldErrors: error.fieldErrors });
    }
    throw error;
  }
}

/** Writes the caller's own account and audits what changed (`account.update` is self only). */
function updateOwnAccount(tx: Tx, userId: string, values: Partial<typeof users.$inferInsert>, changes: Record<string, { from: unknown; to: unknown }>) {
  tx.update(users).set(values).where(eq(users.id, userId)).run();
  recordAudit(tx, { workspaceId: null, userId }, { action: 'account.update', entityType: 'user', entityId: userId, changes });
}

/** Switches the interface language: remembered in a cookie, and on the account when signed in. */
export async function setLocaleAction(raw: unknown): Promise<ActionResult<null>> {
  const parsed = LocaleInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', 'invalid');
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: '/', maxAge: YEAR, sameSite: 'lax' });
  const user = await getSessionUser();
  if (user && user.locale !== parsed.data) {
    db.transaction((tx) => {
      updateOwnAccount(tx, user.id, { locale: parsed.data }, { locale: { from: user.locale, to: parsed.data } });
    });
  }
  revalidatePath('/', 'layout');
  return { ok: true, data: null };
}

/** Updates the signed-in person's own name and language (policy: `account.update` is self only). */
export async function updateAccountAction(raw: unknown): Promise<ActionResult<null>> {
  const user = await getSessionUser();
  if (!user) return fail('unauthenticated', 'unauthenticated');
  const parsed = parseInput(AccountInput, raw, toLocale(await getLocale()));
  if (!parsed.success) return fail('invalid', 'invalid', fieldErrorsFrom(parsed.error));
  db.transaction((tx) => {
    updateOwnAccount(tx, user.id, parsed.data, { name: { from: user.name, to: parsed.data.name }, locale: { from: user.locale, to: parsed.data.locale } });
  });
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: '/', maxAge: YEAR, sameSite: 'lax' });
  revalidatePath('/', 'layout');
  return { ok: true, data: null };
}

/** Any signed-in person may create a workspace and becomes its admin (policy: `workspace.create`). */
export async function createWorkspaceAction(raw: unknown): Promise<ActionResult<{ slug: string }>> {
  const user = await getSessionUser();
  if (!user) return fail('unauthenticated', 'unauthenticated');
  const parsed = parseInput(CreateWorkspaceInput, raw, toLocale(await getLocale()));
  if (!parsed.success) return fail('invalid', 'invalid', fieldErrorsFrom(parsed.error));
  const result = await guard(() => db.transaction((tx) => createWorkspace(tx, user.id, parsed.data)));
  if (result.ok) revalidatePath('/', 'layout');
  return result.ok ? { ok: true, data: { slug: result.data.slug } } : result;
}

/**
 * Accepts an invitation. A newcomer sets name and password; someone who already has an account
 * with the invited email must be signed in as that account and joins with one click.
 */
export async function acceptInvitationAction(raw: unknown): Promise<ActionResult<{ workspaceSlug: string; email: string }>> {
  const locale = toLocale(await getLocale());
  const user = await getSessionUser();
  if (user && typeof raw === 'object' && raw && 'joinExisting' in raw) {
    const token = String((raw as { token?: unknown }).token ?? '');
    return guard(() => acceptInvitation(token, { existingUserId: user.id }));
  }
  const parsed = parseInput(AcceptInvitationInput, raw, locale);
  if (!parsed.success) return fail('invalid', 'invalid', fieldErrorsFrom(parsed.error));
  const common = commonPasswordErrors(parsed.data.password);
  if (common) return fail('invalid', 'invalid', common);
  const passwordHash = await hashPassword(parsed.data.password);
  return guard(() => acceptInvitation(parsed.data.token, { newAccount: { name: parsed.data.name, passwordHash, locale } }));
}

/** First run without demo data: creates the first admin and workspace, once. */
export async function setupAction(raw: unknown): Promise<ActionResult<{ slug: string; email: string }>> {
  const locale = toLocale(await getLocale());
  if (!isFirstRun(db)) return fail('forbidden', 'setupDone');
  const parsed = parseInput(SetupInput, raw, locale);
  if (!parsed.success) return fail('invalid', 'invalid', fieldErrorsFrom(parsed.error));
  const { adminName, adminEmail, password, confirm: _confirm, ...workspace } = parsed.data;
  const common = commonPasswordErrors(password);
  if (common) return fail('invalid', 'invalid', common);
  const passwordHash = await hashPassword(password);
  return guard(() =>
    db.transaction((tx) => {
      // Checked again inside the transaction: two first visitors cannot both become admin.
      if (!isFirstRun(tx)) throw new AppError('forbidden', 'setupDone');
      const userId = crypto.randomUUID();
      tx.insert(users).values({ id: userId, email: adminEmail, name: adminName, passwordHash, locale, createdAt: new Date() }).run();
      const ws = createWorkspace(tx, userId, workspace);
      return { slug: ws.slug, email: adminEmail };
    }),
  );
}
