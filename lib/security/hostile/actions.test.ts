import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { actionInputs } from '@/lib/test/action-inputs';
import type { Locale } from '@/lib/i18n/config';
import { describe as show, prototypeKeys, setAt } from './values';
import { options, count, printTallyAfterAll, expectRefused, dumpContains, mutations, expectNoPollution } from './checks';

// Hostile input (issue 10.2): the shared checks, tally and options are in ./checks.ts.

printTallyAfterAll('workspace actions');

// ---------------------------------------------------------------------------------------------
// Every registered workspace action

describe('hostile input to every workspace action', () => {
  for (const definition of workspaceActionRegistry) {
    it(`${definition.name}: each hostile field value is refused with a localised message, the database unchanged`, () => {
      const ws = makeWorkspace('hostile');
      const inputs = actionInputs(ws);
      expect(definition.name in inputs, `no valid input for ${definition.name} in lib/test/action-inputs.ts`).toBe(true);
      const base = inputs[definition.name];
      const check = definition.schema.safeParse(base);
      expect(check.success, `the valid input of ${definition.name} does not pass its schema: ${JSON.stringify(check.error?.issues)}`).toBe(true);
      const before = databaseFingerprint();
      fc.assert(
        fc.property(mutations(definition.schema, base), fc.constantFrom<Locale>('fr', 'en'), ({ path, hostile }, locale) => {
          const where = `${definition.name} ${path.join('.')} = ${hostile.label} ${show(hostile.value)}`;
          const result = executeWorkspaceAction(definition, ws.people.admin.id, ws.id, setAt(base, path, hostile.value), locale);
          const unchanged = databaseFingerprint().checksum === before.checksum;
          // The import's preview writes nothing and answers with the rows it refuses, each with its message.
          const refusedInPreview = definition.name === 'actors.importPreview' && result.ok && (result.data as { asideCount: number }).asideCount > 0;
          if (!refusedInPreview) expectRefused(result, where);
          expect(unchanged, `${where} changed the database`).toBe(true);
          expectNoPollution();
          count(definition.name, hostile.label, 'refused', unchanged);
        }),
        options,
      );
    });

    it(`${definition.name}: extra, __proto__ and constructor keys never reach the database or a prototype`, () => {
      const ws = makeWorkspace('hostile');
      const base = actionInputs(ws)[definition.name];
      const marker = `extra-${crypto.randomUUID()}`;
      const raw = Object.assign(prototypeKeys(), base, { [marker]: marker, isAdmin: marker, workspaceId: marker });
      const before = databaseFingerprint();
      const result = executeWorkspaceAction(definition, ws.people.admin.id, ws.id, raw);
      if (!result.ok) expect(databaseFingerprint()).toEqual(before);
      count(definition.name, 'extra keys', result.ok ? 'harmless' : 'refused', !result.ok);
      expect(dumpContains(marker), `${definition.name} stored an extra key`).toBe(false);
      expectNoPollution();
    });
  }
});
