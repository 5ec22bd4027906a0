import 'server-only';
import type { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { db, type Tx } from '@/db/client';
import { AppError, isStorageFailure, StorageUnavailable, type ActionResult } from '@/lib/errors';
import { StaleVersion } from '@/lib/concurrency';
import { recordAudit, type AuditRecord } from '@/lib/audit/queries';
import { fieldErrorsFrom, parseInput } from '@/lib/validation';
import { toLocale, type Locale } from '@/lib/i18n/config';
import { domainOfAction, messagePathFor } from '@/lib/i18n/error-messages';
import { authorize, getSessionUser, loadMemberContext, type MemberContext } from './session';
import type { Permission } from './policy';

/** What a mutation returns: its data and what the audit log must say about it. */
export type MutationOutcome<R> = { data: R; audit: AuditRecord | AuditRecord[] };

export type WorkspaceActionDefinition<S extends z.ZodType, R> = {
  name: string;
  schema: S;
  permission: Permission;
  run: (ctx: MemberContext, input: z.output<S>, tx: Tx) => MutationOutcome<R>;
};

/** Every workspace action defined in the app, so that tests can call each one as every role. */
export const workspaceActionRegistry: WorkspaceActionDefinition<z.ZodType, unknown>[] = [];

function failure(error: unknown): ActionResult<never> {
  // A full or failing disk: the transaction rolled back; the person is told the server could not
  // save, rather than the form reporting the server unreachable (issue 18.9).
  if (isStorageFailure(error)) {
    console.error('[fil-rouge] a server action could not write to the database:', (error as Error).message);
    error = new StorageUnavailable();
  }
  if (error instanceof AppError) {
    const current = error instanceof StaleVersion ? { current: error.current } : {};
    return { ok: false, code: error.code, message: error.messageKey, fieldErrors: error.fieldErrors, ...current };
  }
  throw error;
}

/**
 * Authenticates nothing itself: given who calls, it loads their membership, authorises through
 * the policy, parses with zod and runs the mutation and its audit entry in one transaction.
 * Returns message keys; `workspaceAction` translates them for the person.
 */
export function executeWorkspaceAction<S extends z.ZodType, R>(
  definition: WorkspaceActionDefinition<S, R>,
  userId: string,
  workspaceId: string,
  raw: unknown,
  locale: Locale = 'fr',
): ActionResult<R> {
  // An action is a public endpoint: its first argument comes from the request body as any JSON value.
  if (typeof workspaceId !== 'string' || workspaceId.length === 0 || workspaceId.length > 200) {
    return { ok: false, code: 'invalid', message: 'invalid' };
  }
  try {
    const ctx = loadMemberContext(userId, { id: workspaceId });
    authorize(ctx, definition.permission);
    const parsed = parseInput(definition.schema, raw, locale);
    if (!parsed.success) {
      return { ok: false, code: 'invalid', message: 'invalid', fieldErrors: fieldErrorsFrom(parsed.error) };
    }
    const data = db.transaction((tx) => {
      const outcome = definition.run(ctx, parsed.data, tx);
      for (const record of [outcome.audit].flat()) recordAudit(tx, ctx, record);
      return outcome.data;
    });
    return { ok: true, data };
  } catch (error) {
    return failure(error);
  }
}

/** Translates the keys of a failed result into the person's language. */
export async function translateResult<R>(result: ActionResult<R>, domain?: string): Promise<ActionResult<R>> {
  if (result.ok) return result;
  const [t, messages] = await Promise.all([getTranslations(), getMessages()]);
  const tr = (key: string, kind: 'message' | 'field') => {
    const path = messagePathFor(messages, key, kind, domain);
    return path ? t(path as never) : key;
  };
  return {
    ...result,
    message: tr(result.message, 'message'),
    fieldErrors: result.fieldErrors ? Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k, tr(v, 'field')])) : undefined,
    ...(result.fieldErrors ? { fieldErrorKeys: result.fieldErrors } : {}),
  };
}

/**
 * The one wrapper for every exported workspace server action: authenticate, authorise through the
 * policy, parse with zod, run with its audit entry, revalidate, translate the outcome.
 */
export function workspaceAction<S extends z.ZodType, R>(name: string, schema: S, permission: Permission, run: WorkspaceActionDefinition<S, R>['run']) {
  const definition: WorkspaceActionDefinition<S, R> = { name, schema, permission, run };
  workspaceActionRegistry.push(definition as unknown as WorkspaceActionDefinition<z.ZodType, unknown>);
  const action = async (workspaceId: string, input: z.input<S>): Promise<ActionResult<R>> => {
    const user = await getSessionUser();
    if (!user) return translateResult({ ok: false, code: 'unauthenticated', message: 'unauthenticated' });
    const result = executeWorkspaceAction(definition, user.id, workspaceId, input, toLocale(await getLocale()));
    if (result.ok) revalidatePath('/', 'layout');
    return translateResult(result, domainOfAction(name));
  };
  return Object.assign(action, { definition });
}

/**
 * `workspaceAction` for a mutation written as a query of its domain, `(tx, ctx, input)`
 * (docs/conventions.md): `workspaceQueryAction('strategy.save', StrategyInput, 'strategy.manage', saveStrategy)`.
 */
export function workspaceQueryAction<S extends z.ZodType, R>(
  name: string,
  schema: S,
  permission: Permission,
  query: (tx: Tx, ctx: MemberContext, input: z.output<S>) => MutationOutcome<R>,
) {
  return workspaceAction(name, schema, permission, (ctx, input, tx) => query(tx, ctx, input));
}
