/**
 * Errors a person can act on. Each carries a message key under `errors.` in messages/*.json;
 * the action wrapper turns them into `{ ok: false, code, message }` results.
 */
export class AppError extends Error {
  constructor(
    readonly code: 'not_found' | 'forbidden' | 'conflict' | 'invalid' | 'unauthenticated' | 'unavailable',
    readonly messageKey: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(messageKey);
    this.name = 'AppError';
  }
}

export class NotFound extends AppError {
  constructor(messageKey = 'notFound') {
    super('not_found', messageKey);
  }
}
export class Forbidden extends AppError {
  constructor(messageKey = 'forbidden') {
    super('forbidden', messageKey);
  }
}
export class Conflict extends AppError {
  constructor(messageKey = 'conflict', fieldErrors?: Record<string, string>) {
    super('conflict', messageKey, fieldErrors);
  }
}
export class Invalid extends AppError {
  constructor(messageKey = 'invalid', fieldErrors?: Record<string, string>) {
    super('invalid', messageKey, fieldErrors);
  }
}
/** The server could not save: its disk is full or failing (SQLITE_FULL, SQLITE_IOERR); nothing was changed. */
export class StorageUnavailable extends AppError {
  constructor() {
    super('unavailable', 'diskFull');
  }
}

/**
 * For the server actions outside the wrapper (sign-up, census, account, import, privacy): a full or
 * failing disk becomes `StorageUnavailable` (logged) so that the person reads "the server could not
 * save"; anything else is returned as it is.
 */
export function storageAware(error: unknown): unknown {
  if (!isStorageFailure(error)) return error;
  console.error('[fil-rouge] a server action could not write to the database:', (error as Error).message);
  return new StorageUnavailable();
}

/** Whether a database error means the disk is full or failing, rather than a bug. */
export function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR'));
}

export class Unauthenticated extends AppError {
  constructor() {
    super('unauthenticated', 'unauthenticated');
  }
}

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppError['code'];
      message: string;
      fieldErrors?: Record<string, string>;
      /**
       * The same errors as message keys, before translation: a form shows them through its domain's
       * messages first (e.g. `diagnostic.validation.numberRange`), as when it validated in the browser.
       */
      fieldErrorKeys?: Record<string, string>;
      /** On a stale save (lib/concurrency.ts): the stored version and values, to merge with. */
      current?: { version: number; values: Record<string, unknown> };
    };
