import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { clearAccountSignInCounters, clearSignInFailures, recordSignInFailure, signInDelayMs, signInLockedUntil, SIGN_IN_LIMITS } from './rate-limit';

const T0 = new Date('2026-11-26T10:00:00Z');

describe('failed sign-in limits', () => {
  it('locks an account for one address after its limit, and for that address only', () => {
    for (let i = 0; i < SIGN_IN_LIMITS.pair.max - 1; i++) recordSignInFailure('a@test.local', '10.0.0.1', T0);
    expect(signInLockedUntil('a@test.local', '10.0.0.1', T0)).toBeNull();
    recordSignInFailure('A@test.local', '10.0.0.1', T0);
    const until = signInLockedUntil('a@test.local', '10.0.0.1', T0);
    expect(until?.getTime()).toBe(T0.getTime() + SIGN_IN_LIMITS.pair.lockMs);
    // The owner from another address, and another account from this address, are not locked; the lock ends on time.
    expect(signInLockedUntil('a@test.local', '10.0.0.2', T0)).toBeNull();
    expect(signInLockedUntil('b@test.local', '10.0.0.1', T0)).toBeNull();
    expect(signInLockedUntil('a@test.local', '10.0.0.1', new Date(until!.getTime() + 1))).toBeNull();
  });

  it('an account failed from many addresses slows down progressively, up to a ceiling, and is never locked', () => {
    const delays: number[] = [];
    for (let i = 0; i < 25; i++) {
      recordSignInFailure('target@test.local', `10.1.${Math.floor(i / 5)}.1`, T0);
      delays.push(signInDelayMs('target@test.local', '192.0.2.200', T0));
    }
    expect(delays.slice(0, SIGN_IN_LIMITS.account.free)).toEqual([0, 0, 0, 0, 0]);
    expect(delays[5]).toBe(SIGN_IN_LIMITS.delay.firstMs);
    expect(delays[6]).toBe(SIGN_IN_LIMITS.delay.firstMs * 2);
    for (let i = 6; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(delays.at(-1)).toBe(SIGN_IN_LIMITS.delay.maxMs);
    expect(signInLockedUntil('target@test.local', '192.0.2.200', T0)).toBeNull();
    // After the window the account is quick again.
    expect(signInDelayMs('target@test.local', '192.0.2.200', new Date(T0.getTime() + SIGN_IN_LIMITS.account.windowMs + 1))).toBe(0);
  });

  it('an office address with many failures across accounts slows down; nobody behind it is locked out', () => {
    for (let i = 0; i < 30; i++) recordSignInFailure(`user${i}@test.local`, '198.51.100.7', T0);
    expect(signInLockedUntil('colleague@test.local', '198.51.100.7', T0)).toBeNull();
    expect(signInDelayMs('colleague@test.local', '198.51.100.7', T0)).toBeGreaterThan(0);
    expect(signInDelayMs('colleague@test.local', '198.51.100.8', T0)).toBe(0);
  });

  it('a success clears its pair only; a reset clears every counter of the account', () => {
    for (let i = 0; i < SIGN_IN_LIMITS.pair.max; i++) recordSignInFailure('c_d@test.local', '198.51.100.1', T0);
    for (let i = 0; i < SIGN_IN_LIMITS.pair.max; i++) recordSignInFailure('c_d@test.local', '198.51.100.2', T0);
    for (let i = 0; i < SIGN_IN_LIMITS.pair.max; i++) recordSignInFailure('cxd@test.local', '198.51.100.2', T0);
    clearSignInFailures('c_d@test.local', '198.51.100.1');
    expect(signInLockedUntil('c_d@test.local', '198.51.100.1', T0)).toBeNull();
    expect(signInLockedUntil('c_d@test.local', '198.51.100.2', T0)).not.toBeNull();
    expect(signInDelayMs('c_d@test.local', '203.0.113.1', T0)).toBeGreaterThan(0);
    db.transaction((tx) => clearAccountSignInCounters(tx, 'c_d@test.local'));
    expect(signInLockedUntil('c_d@test.local', '198.51.100.2', T0)).toBeNull();
    expect(signInDelayMs('c_d@test.local', '203.0.113.1', T0)).toBe(0);
    // `_` is not a wildcard: the look-alike account keeps its lock.
    expect(signInLockedUntil('cxd@test.local', '198.51.100.2', T0)).not.toBeNull();
  });
});
