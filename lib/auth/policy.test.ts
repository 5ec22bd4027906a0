import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@/db/schema/workspaces';
import { can, PERMISSIONS, type Permission } from './policy';

// The expected matrix, written out independently of the policy table so that a change to
// either shows up here. Roles are grouped under names that say who they are.
const EVERYONE: Role[] = ['admin', 'editor', 'contributor', 'reviewer', 'partner'];
/** Every member of the authority's own team: everyone but the foreign partner. */
const TEAM: Role[] = ['admin', 'editor', 'contributor', 'reviewer'];
const WRITERS: Role[] = ['admin', 'editor', 'contributor'];
const MANAGERS_AND_REVIEWERS: Role[] = ['admin', 'editor', 'reviewer'];
const MANAGERS_AND_PARTNERS: Role[] = ['admin', 'editor', 'partner'];
const MANAGERS: Role[] = ['admin', 'editor'];
const ADMINS: Role[] = ['admin'];

const EXPECTED: Record<Permission, Role[]> = {
  'workspace.read': EVERYONE,
  'workspace.overview': TEAM,
  'partnerships.read': EVERYONE,
  'partnerships.manage': MANAGERS,
  'partnerships.contribute': MANAGERS_AND_PARTNERS,
  'partnerships.removeAnyEntry': MANAGERS,
  'partnerships.comment': EVERYONE,
  'document.writeShared': MANAGERS_AND_PARTNERS,
  'coordination.read': MANAGERS_AND_REVIEWERS,
  'coordination.manage': ADMINS,
  'missions.read': EVERYONE,
  'missions.manage': MANAGERS,
  'missions.debrief': WRITERS,
  'missions.export': EVERYONE,
  'calendar.read': EVERYONE,
  'projectCalls.read': TEAM,
  'projectCalls.manage': MANAGERS,
  'workspace.update': ADMINS,
  'members.read': TEAM,
  'members.invite': ADMINS,
  'members.updateRole': ADMINS,
  'members.remove': ADMINS,
  'members.personalData': ADMINS,
  'members.sessions': ADMINS,
  'invitations.read': ADMINS,
  'invitations.revoke': ADMINS,
  'audit.read': ADMINS,
  'actors.read': TEAM,
  'actors.readOwn': EVERYONE,
  'actors.create': WRITERS,
  'actors.update': WRITERS,
  'actors.delete': MANAGERS,
  'actors.import': MANAGERS,
  'actors.export': MANAGERS,
  'actors.personalData': MANAGERS,
  'relations.manage': WRITERS,
  'census.manage': MANAGERS,
  'diagnostic.read': TEAM,
  'diagnostic.manage': MANAGERS,
  'diagnostic.answer': WRITERS,
  'externalActions.read': TEAM,
  'externalActions.readShared': EVERYONE,
  'externalActions.create': WRITERS,
  'externalActions.update': WRITERS,
  'externalActions.delete': MANAGERS,
  'competencies.read': TEAM,
  'competencies.manage': MANAGERS,
  'departments.read': TEAM,
  'departments.manage': MANAGERS,
  'departments.update': WRITERS,
  'document.read': TEAM,
  'document.write': WRITERS,
  'document.manage': MANAGERS,
  'document.export': TEAM,
  'strategy.read': TEAM,
  'strategy.manage': MANAGERS,
  'strategy.propose': WRITERS,
  'strategy.indicators.update': WRITERS,
  'strategy.rounds.manage': ADMINS,
  'review.submit': MANAGERS,
  'review.comment': TEAM,
  'review.decide': MANAGERS_AND_REVIEWERS,
  'review.adopt': ADMINS,
  'notifications.read': EVERYONE,
  'dashboard.read': TEAM,
  'publication.manage': ADMINS,
  'apiTokens.manage': ADMINS,
  'evaluation.read': TEAM,
  'evaluation.write': MANAGERS,
  'evaluation.adopt': ADMINS,
  'declaration.read': TEAM,
  'declaration.manage': MANAGERS,
  'declaration.reopen': ADMINS,
};

describe('policy', () => {
  it('covers every permission in the expected matrix', () => {
    expect([...PERMISSIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const permission of PERMISSIONS) {
    for (const role of ROLES) {
      const allowed = EXPECTED[permission].includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }

  it('refuses everything to someone who is not a member', () => {
    for (const permission of PERMISSIONS) expect(can(null, permission)).toBe(false);
  });
});
