import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { actors, memberships } from '@/db/schema';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { can } from '@/lib/auth/policy';
import { databaseFingerprint, makeUser, makeWorkspace } from '@/lib/test/fixtures';
// Importing the inputs imports every action module, which registers every workspace action.
import { actionInputs } from '@/lib/test/action-inputs';

/**
 * A partner of ANOTHER partnership, through the real action wrapper: for every workspace action
 * the policy lets the partner role call, the valid input of lib/test/action-inputs.ts (aimed at
 * rows of the workspace and of ITS partnership) is sent by a partner whose membership points at a
 * different foreign authority. The role passes the policy, so only the rules on the rows
 * themselves stand between them and someone else's partnership: the call must be refused
 * (forbidden or not_found) and change nothing. The HTTP matrix (e2e/access-matrix.spec.ts) calls
 * every action as this identity too, with an input that stops at validation.
 */

/** Actions that act only on the caller's own rows, whoever calls: nothing of another partnership to reach. */
const SELF_SCOPED = new Set<string>(['notifications.markAllRead']);

function otherPartnerOf(workspaceId: string) {
  const actorId = crypto.randomUUID();
  db.insert(actors)
    .values({
      id: actorId,
      workspaceId,
      family: 'external',
      category: 'partner_authority',
      name: 'Commune d’une autre coopération',
      normalizedName: 'commune d une autre cooperation',
      themes: [],
      languages: [],
      influence: 2,
      interest: 4,
      tags: [],
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    .run();
  const person = makeUser('Other partner');
  db.insert(memberships).values({ id: crypto.randomUUID(), workspaceId, userId: person.id, role: 'partner', actorId, createdAt: new Date() }).run();
  return person;
}

const partnerActions = workspaceActionRegistry.filter((d) => can('partner', d.permission) && !SELF_SCOPED.has(d.name));

describe('workspace actions as a partner of another partnership', () => {
  it('knows which actions the partner role may call (the cases below)', () => {
    const names = workspaceActionRegistry.filter((d) => can('partner', d.permission)).map((d) => d.name);
    // Every partner-callable action is either tested below or explicitly self-scoped.
    expect(names.filter((n) => !SELF_SCOPED.has(n) && !partnerActions.some((d) => d.name === n))).toEqual([]);
    expect(
      [...SELF_SCOPED].filter((n) => workspaceActionRegistry.some((d) => d.name === n) && !names.includes(n)),
      'SELF_SCOPED names an action partners may not call',
    ).toEqual([]);
  });

  for (const definition of partnerActions) {
    it(`${definition.name}: refused, nothing changes`, () => {
      const b = makeWorkspace('bravo');
      const inputs = actionInputs(b);
      expect(inputs, `add a valid input for ${definition.name} to lib/test/action-inputs.ts`).toHaveProperty([definition.name]);
      const other = otherPartnerOf(b.id);
      const before = databaseFingerprint();
      const result = executeWorkspaceAction(definition, other.id, b.id, inputs[definition.name]);
      expect(result.ok, `${definition.name} let a partner of another partnership through`).toBe(false);
      if (!result.ok) expect(['forbidden', 'not_found']).toContain(result.code);
      expect(databaseFingerprint()).toEqual(before);
      // The control: the same input is valid, the workspace's admin gets through with it.
      if (can('admin', definition.permission))
        expect(executeWorkspaceAction(definition, b.people.admin.id, b.id, inputs[definition.name])).toMatchObject({ ok: true });
    });
  }
});
