import Database from 'better-sqlite3';
import type { DemoIds } from './registry';

/**
 * Reads the concrete ids the access matrix needs from a database seeded with the demo
 * (lib/seed/demo.ts + lib/seed/security.ts), read-only and with plain SQL so that Playwright can
 * use it beside the running server. Throws, naming what is missing, when the demo changed.
 */
export function loadDemoIds(databasePath: string): DemoIds {
  const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const one = (what: string, sql: string, ...params: unknown[]): string => {
      const row = sqlite.prepare(sql).get(...params) as Record<string, unknown> | undefined;
      const value = row ? Object.values(row)[0] : undefined;
      if (typeof value !== 'string') throw new Error(`access matrix: the demo data has no ${what} (lib/security/demo-ids.ts)`);
      return value;
    };
    const workspace = 'val-d-argence';
    const workspaceId = one('demo workspace', 'select id from workspaces where slug = ?', workspace);
    const userId = (email: string) => one(email, 'select id from users where email = ?', email);
    const contributor = userId('contributor@demo.filrouge.eu');
    const actorOf = (email: string) =>
      one(`actor of ${email}`, 'select actor_id from memberships where workspace_id = ? and user_id = ?', workspaceId, userId(email));
    const partnerActor = actorOf('partner@demo.filrouge.eu');
    const contributorDepartment = one(
      'department of the contributor',
      'select id from departments where workspace_id = ? and point_person_user_id = ?',
      workspaceId,
      contributor,
    );
    const inProgressDiagnostic = one(
      'diagnostic in progress',
      "select id from diagnostics where workspace_id = ? and status = 'in_progress' order by held_on desc",
      workspaceId,
    );
    const partnerPartnership = one(
      'partnership of the partner',
      'select id from partnerships where workspace_id = ? and actor_id = ?',
      workspaceId,
      partnerActor,
    );
    const otherPartnership = one(
      'partnership of the other partner',
      'select id from partnerships where workspace_id = ? and actor_id = ?',
      workspaceId,
      actorOf('partner2@demo.filrouge.eu'),
    );
    const versions = sqlite.prepare('select id from document_versions where workspace_id = ? order by created_at').all(workspaceId) as { id: string }[];
    if (versions.length < 2) throw new Error('access matrix: the demo data has fewer than two document versions');
    return {
      workspace,
      workspaceId,
      otherWorkspace: 'nioro-kaya',
      partnerActor,
      otherPartnerActor: actorOf('partner2@demo.filrouge.eu'),
      sharedAction: one(
        'action shared with the partner and the contributor’s department',
        `select a.id from external_actions a
           join external_action_actors p on p.action_id = a.id and p.actor_id = ?
           join external_action_departments d on d.action_id = a.id and d.department_id = ?
         where a.workspace_id = ? order by a.id`,
        partnerActor,
        contributorDepartment,
        workspaceId,
      ),
      contributorUser: contributor,
      contributorDepartment,
      completedDiagnostic: one(
        'completed diagnostic',
        "select id from diagnostics where workspace_id = ? and status = 'completed' order by held_on desc",
        workspaceId,
      ),
      inProgressDiagnostic,
      contributorDimension: one(
        'dimension assigned to the contributor',
        'select dimension from diagnostic_assignments where diagnostic_id = ? and user_id = ? order by dimension',
        inProgressDiagnostic,
        contributor,
      ),
      documentVersion: versions.at(-1)!.id,
      documentVersion2: versions.at(-2)!.id,
      axis: one('strategy axis', 'select id from strategy_axes where workspace_id = ? order by position', workspaceId),
      indicator: one('indicator', 'select id from strategy_indicators where workspace_id = ? order by id', workspaceId),
      censusToken: one('open census link', 'select token from census_links where workspace_id = ? and open = 1 order by created_at', workspaceId),
      contributorSection: one(
        'section assigned to the contributor',
        "select id from document_sections where workspace_id = ? and kind = 'written' and assignee_id = ? order by position",
        workspaceId,
        contributor,
      ),
      unassignedSection: one(
        'unassigned written section shared with no partnership',
        "select id from document_sections s where workspace_id = ? and kind = 'written' and assignee_id is null and not exists (select 1 from partnership_sections p where p.section_id = s.id) order by position",
        workspaceId,
      ),
      partnerPartnership,
      partnerSection: one(
        'section shared with the partner',
        'select section_id from partnership_sections where partnership_id = ? order by section_id',
        partnerPartnership,
      ),
      partnerTranslationLanguage: one(
        'translation of the section shared with the partner',
        'select t.language from section_translations t join partnership_sections p on p.section_id = t.section_id where p.partnership_id = ? order by t.language',
        partnerPartnership,
      ),
      otherPartnership,
      otherPartnerSection: one(
        'section shared with the other partner',
        'select section_id from partnership_sections where partnership_id = ? order by section_id',
        otherPartnership,
      ),
      review: one('review cycle', 'select id from reviews where workspace_id = ? order by created_at', workspaceId),
      mission: one(
        'mission of the partner’s partnership assigned to the contributor',
        'select id from missions where workspace_id = ? and partnership_id = ? and debrief_assignee_id = ? order by start_date',
        workspaceId,
        partnerPartnership,
        contributor,
      ),
      evaluation: one('evaluation of last year', 'select id from evaluations where workspace_id = ? order by year desc', workspaceId),
      translationLanguage: one(
        'translation of the shared section',
        'select t.language from section_translations t join partnership_sections p on p.section_id = t.section_id where p.partnership_id = ? order by t.language',
        otherPartnership,
      ),
    };
  } finally {
    sqlite.close();
  }
}
