import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@/db/schema/workspaces';
import { can, PERMISSIONS, type Permission } from './policy';

// The expected matrix, written out independently of the policy table so that a change to
// either shows up here.
const EXPECTED: Record<Permission, Role[]> = {
  'workspace.read': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'workspace.overview': ['admin', 'editor', 'contributor', 'reviewer'],
  'partnerships.read': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'partnerships.manage': ['admin', 'editor'],
  'partnerships.contribute': ['admin', 'editor', 'partner'],
  'partnerships.removeAnyEntry': ['admin', 'editor'],
  'partnerships.comment': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'document.writeShared': ['admin', 'editor', 'partner'],
  'coordination.read': ['admin', 'editor', 'reviewer'],
  'coordination.manage': ['admin'],
  'missions.read': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'missions.manage': ['admin', 'editor'],
  'missions.debrief': ['admin', 'editor', 'contributor'],
  'missions.export': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'calendar.read': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'projectCalls.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'projectCalls.manage': ['admin', 'editor'],
  'workspace.update': ['admin'],
  'members.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'members.invite': ['admin'],
  'members.updateRole': ['admin'],
  'members.remove': ['admin'],
  'members.personalData': ['admin'],
  'members.sessions': ['admin'],
  'invitations.read': ['admin'],
  'invitations.revoke': ['admin'],
  'audit.read': ['admin'],
  'actors.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'actors.readOwn': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'actors.create': ['admin', 'editor', 'contributor'],
  'actors.update': ['admin', 'editor', 'contributor'],
  'actors.delete': ['admin', 'editor'],
  'actors.import': ['admin', 'editor'],
  'actors.export': ['admin', 'editor'],
  'actors.personalData': ['admin', 'editor'],
  'relations.manage': ['admin', 'editor', 'contributor'],
  'census.manage': ['admin', 'editor'],
  'diagnostic.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'diagnostic.manage': ['admin', 'editor'],
  'diagnostic.answer': ['admin', 'editor', 'contributor'],
  'externalActions.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'externalActions.readShared': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'externalActions.create': ['admin', 'editor', 'contributor'],
  'externalActions.update': ['admin', 'editor', 'contributor'],
  'externalActions.delete': ['admin', 'editor'],
  'competencies.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'competencies.manage': ['admin', 'editor'],
  'departments.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'departments.manage': ['admin', 'editor'],
  'departments.update': ['admin', 'editor', 'contributor'],
  'document.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'document.write': ['admin', 'editor', 'contributor'],
  'document.manage': ['admin', 'editor'],
  'document.export': ['admin', 'editor', 'contributor', 'reviewer'],
  'strategy.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'strategy.manage': ['admin', 'editor'],
  'strategy.propose': ['admin', 'editor', 'contributor'],
  'strategy.indicators.update': ['admin', 'editor', 'contributor'],
  'strategy.rounds.manage': ['admin'],
  'review.submit': ['admin', 'editor'],
  'review.comment': ['admin', 'editor', 'contributor', 'reviewer'],
  'review.decide': ['admin', 'editor', 'reviewer'],
  'review.adopt': ['admin'],
  'notifications.read': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'dashboard.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'publication.manage': ['admin'],
  'apiTokens.manage': ['admin'],
  'evaluation.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'evaluation.write': ['admin', 'editor'],
  'evaluation.adopt': ['admin'],
  'declaration.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'declaration.manage': ['admin', 'editor'],
  'declaration.reopen': ['admin'],
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
