import { describe, expect, it } from 'vitest';
import { recordSignInFailure, signInLockedUntil, clearSignInFailures, SIGN_IN_LIMITS } from './rate-limit';

describe('failed sign-in limits', () => {
  it('locks an account after its limit of failures, from any address', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    for (let i = 0; i < SIGN_IN_LIMITS.account.max - 1; i++) recordSignInFailure('a@test.local', `10.0.0.${i}`, now);
    expect(signInLockedUntil('a@test.local', '10.0.0.99', now)).toBeNull();
    recordSignInFailure('A@test.local', '10.0.0.50', now);
    const until = signInLockedUntil('a@test.local', '10.0.0.99', now);
    expect(until?.getTime()).toBe(now.getTime() + SIGN_IN_LIMITS.account.lockMs);
    // Another account is not affected; the lock ends on time.
    expect(signInLockedUntil('b@test.local', '10.0.0.99', now)).toBeNull();
    expect(signInLockedUntil('a@test.local', '10.0.0.99', new Date(until!.getTime() + 1))).toBeNull();
  });

  it('locks an address that tries many accounts', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    for (let i = 0; i < SIGN_IN_LIMITS.address.max; i++) recordSignInFailure(`user${i}@test.local`, '192.0.2.7', now);
    expect(signInLockedUntil('fresh@test.local', '192.0.2.7', now)).not.toBeNull();
    expect(signInLockedUntil('fresh@test.local', '192.0.2.8', now)).toBeNull();
  });

  it('starts a new window after the old one and clears on success', () => {
    const t0 = new Date('2026-11-26T10:00:00Z');
    for (let i = 0; i < SIGN_IN_LIMITS.account.max - 1; i++) recordSignInFailure('c@test.local', '198.51.100.1', t0);
    const later = new Date(t0.getTime() + SIGN_IN_LIMITS.account.windowMs + 1);
    recordSignInFailure('c@test.local', '198.51.100.1', later);
    expect(signInLockedUntil('c@test.local', '198.51.100.2', later)).toBeNull();
    for (let i = 0; i < SIGN_IN_LIMITS.account.max - 2; i++) recordSignInFailure('c@test.local', '198.51.100.1', later);
    clearSignInFailures('c@test.local');
    recordSignInFailure('c@test.local', '198.51.100.1', later);
    expect(signInLockedUntil('c@test.local', '198.51.100.2', later)).toBeNull();
  });
});
