import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { db } from '@/db/client';
import { databaseFingerprint, makeUser, makeWorkspace } from '@/lib/test/fixtures';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { SignInInput } from '@/lib/auth/schemas';
import { AcceptInvitationInput, AccountInput, CreateWorkspaceInput, LocaleInput, SetupInput } from '@/lib/workspaces/schemas';
import { acceptInvitation } from '@/lib/workspaces/queries';
import { processCensusSubmission } from '@/lib/census/submit';
import { createCensusLink } from '@/lib/census/queries';
import { CensusSubmission } from '@/lib/census/schemas';
import { describe as show, setAt } from './values';
import { options, count, printTallyAfterAll, expectLocalised, expectRefused, parseRefusal, mutations, expectNoPollution } from './checks';

// Hostile input (issue 10.2): the shared checks, tally and options are in ./checks.ts.

printTallyAfterAll('forms');

// ---------------------------------------------------------------------------------------------
// Account, sign-in, setup and invitation: the same parse as their server actions

describe('hostile input to the account, sign-in, setup and invitation forms', () => {
  const slugBase = { name: 'Commune test', level: 'commune', country: 'FR', population: 1000, languages: ['fr'] };
  const forms: [string, z.ZodType, unknown][] = [
    ['auth.signIn', SignInInput, { email: 'someone@example.org', password: 'secret-password' }],
    ['account.update', AccountInput, { name: 'Camille Martin', locale: 'fr' }],
    ['account.createWorkspace', CreateWorkspaceInput, { ...slugBase, slug: 'commune-test' }],
    ['invitation.accept', AcceptInvitationInput, { token: 'a'.repeat(43), name: 'Camille', password: 'long-enough-1', confirm: 'long-enough-1' }],
    [
      'setup',
      SetupInput,
      { ...slugBase, slug: 'commune-test', adminName: 'Camille', adminEmail: 'camille@example.org', password: 'long-enough-1', confirm: 'long-enough-1' },
    ],
  ];
  for (const [name, schema, base] of forms) {
    it(`${name}: each hostile field value is refused with a localised message`, () => {
      expect(schema.safeParse(base).success, `valid input of ${name}`).toBe(true);
      const before = databaseFingerprint();
      fc.assert(
        fc.property(mutations(schema, base), fc.constantFrom<Locale>('fr', 'en'), ({ path, hostile }, locale) => {
          const result = parseRefusal(schema, setAt(base, path, hostile.value), locale);
          expectRefused(result, `${name} ${path.join('.')} = ${hostile.label} ${show(hostile.value)}`);
          count(name, hostile.label, 'refused', true);
        }),
        options,
      );
      expect(databaseFingerprint()).toEqual(before);
    });
  }

  it('locale switch: anything but fr or en is refused', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        fc.pre(value !== 'fr' && value !== 'en');
        expect(LocaleInput.safeParse(value).success).toBe(false);
        count('account.setLocale', 'any value', 'refused', true);
      }),
      options,
    );
  });

  it('invitation tokens: a forged token joins nothing and changes nothing', () => {
    makeWorkspace('hostile');
    const user = makeUser('Intruder');
    const before = databaseFingerprint();
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom("' OR '1'='1", '%', '_', '*', 'x'.repeat(100_000))), (token) => {
        let refused = false;
        try {
          acceptInvitation(token, { existingUserId: user.id });
        } catch (error) {
          refused = error instanceof AppError;
          if (!refused) throw error;
          expectLocalised((error as AppError).messageKey, `invitation token ${show(token)}`);
        }
        const unchanged = databaseFingerprint().checksum === before.checksum;
        expect(refused && unchanged).toBe(true);
        count('invitation.join', 'forged token', 'refused', unchanged);
      }),
      options,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The public census form

describe('hostile input to the public census form', () => {
  it('each hostile field value is refused with a localised message, nothing stored', () => {
    const ws = makeWorkspace('hostile');
    const { token } = db.transaction((tx) => createCensusLink(tx, ws.ctx('editor'), { title: 'Recensement', closesAt: null })).data;
    const base = {
      token,
      homepage: '',
      organisation: 'Association Argence Solidarité',
      category: 'association',
      city: 'Argence',
      description: 'Échanges scolaires.',
      contactName: 'Fatou Sarr',
      contactRole: 'Présidente',
      contactEmail: 'fatou.sarr@example.org',
      contactPhone: '+33 6 00 00 00 00',
      consent: true,
      links: [{ country: 'SN', partner: 'Commune de Thiès-Nord', kind: 'partnership', frequency: 'yearly', potential: 'Jeunes' }],
    };
    let address = 0;
    // The base itself is accepted (a fresh address each time, so that the rate limit stays out of the way).
    expect(processCensusSubmission(base, { address: `192.0.2.${++address}`, locale: 'fr' })).toEqual({ ok: true, data: null });
    // The rate limiter counts refused answers too: its table is the one a refusal writes.
    const fingerprint = () => databaseFingerprint({ except: ['sign_in_attempts'] });
    const before = fingerprint();
    // The invisible trap (homepage) answers a robot "thank you" without storing anything: left out here.
    fc.assert(
      fc.property(
        mutations(CensusSubmission, base, (path) => path[0] !== 'homepage'),
        fc.constantFrom<Locale>('fr', 'en'),
        ({ path, hostile }, locale) => {
          const where = `census ${path.join('.')} = ${hostile.label} ${show(hostile.value)}`;
          const result = processCensusSubmission(setAt(base, path, hostile.value), { address: `2001:db8::${++address}`, locale });
          const unchanged = fingerprint().checksum === before.checksum;
          expectRefused(result, where);
          expect(unchanged, `${where} changed the database`).toBe(true);
          count('census.submit', hostile.label, 'refused', unchanged);
          expectNoPollution();
        },
      ),
      options,
    );
  });
});
