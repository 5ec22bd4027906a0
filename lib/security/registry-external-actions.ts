import { ownPartnerOnly, workspacePage, workspacePageAtRoute, ws, wsActionsOf } from './registry-model';
import type { PageEntry, ServerActionEntry } from './registry-model';

// External actions and what hangs off them: milestones, the calendar and calls for projects,
// competencies, departments (co-financing has its own file). An area of lib/security/registry.ts.

const competenciesAction = wsActionsOf('lib/competencies/actions.ts');
const departmentsAction = wsActionsOf('lib/departments/actions.ts');
const externalActionsAction = wsActionsOf('lib/external-actions/actions.ts');
const milestonesAction = wsActionsOf('lib/milestones/actions.ts');
const projectCallsAction = wsActionsOf('lib/project-calls/actions.ts');

export const EXTERNAL_ACTION_PAGES: PageEntry[] = [
  // External actions, competencies, departments
  workspacePageAtRoute('/[workspace]/actions', 'externalActions.readShared'),
  workspacePageAtRoute('/[workspace]/actions/new', 'externalActions.create'),
  workspacePageAtRoute('/[workspace]/actions/milestones', 'externalActions.read'),
  workspacePageAtRoute('/[workspace]/calendar/calls', 'projectCalls.read'),
  workspacePageAtRoute('/[workspace]/calendar', 'calendar.read', {
    note: 'each source of events applies its own rules (lib/calendar/sources): a partner sees the milestones of the actions shared with them only',
  }),
  workspacePage('/[workspace]/actions/[actionId]', 'externalActions.readShared', (d) => `${ws(d)}/actions/${d.sharedAction}`, {
    resource: ownPartnerOnly,
    note: 'a partner reads only the actions their authority is a partner of (lib/external-actions/queries.ts)',
  }),
  workspacePage('/[workspace]/actions/[actionId]/edit', 'externalActions.update', (d) => `${ws(d)}/actions/${d.sharedAction}/edit`, {
    note: 'a contributor edits only the actions their department takes part in (this one: yes)',
  }),
  workspacePageAtRoute('/[workspace]/actions/blind-spots', 'externalActions.read'),
  workspacePageAtRoute('/[workspace]/actions/budget', 'externalActions.read'),
  workspacePageAtRoute('/[workspace]/actions/competencies', 'competencies.read'),
  workspacePageAtRoute('/[workspace]/actions/matrix', 'externalActions.read'),
  workspacePageAtRoute('/[workspace]/actions/returns', 'externalActions.read'),
  workspacePageAtRoute('/[workspace]/actions/departments', 'departments.read'),
  workspacePageAtRoute('/[workspace]/actions/departments/new', 'departments.manage'),
  workspacePage('/[workspace]/actions/departments/[departmentId]', 'departments.read', (d) => `${ws(d)}/actions/departments/${d.contributorDepartment}`),
  workspacePage(
    '/[workspace]/actions/departments/[departmentId]/edit',
    'departments.update',
    (d) => `${ws(d)}/actions/departments/${d.contributorDepartment}/edit`,
    {
      note: "a contributor edits only their own department's record (this one: theirs)",
    },
  ),
];

export const EXTERNAL_ACTION_ACTIONS: ServerActionEntry[] = [
  competenciesAction('setCompetencyHiddenAction', 'competencies.setHidden', 'competencies.manage'),
  competenciesAction('createCompetencyAction', 'competencies.create', 'competencies.manage'),
  competenciesAction('updateCompetencyAction', 'competencies.update', 'competencies.manage'),
  competenciesAction('deleteCompetencyAction', 'competencies.delete', 'competencies.manage'),
  departmentsAction('createDepartmentAction', 'departments.create', 'departments.manage'),
  departmentsAction('updateDepartmentAction', 'departments.update', 'departments.update'),
  departmentsAction('deleteDepartmentAction', 'departments.delete', 'departments.manage'),
  departmentsAction('addDepartmentBudgetLineAction', 'departments.addBudgetLine', 'departments.update'),
  departmentsAction('deleteDepartmentBudgetLineAction', 'departments.deleteBudgetLine', 'departments.update'),
  externalActionsAction('createExternalActionAction', 'externalActions.create', 'externalActions.create'),
  externalActionsAction('updateExternalActionAction', 'externalActions.update', 'externalActions.update'),
  externalActionsAction('deleteExternalActionAction', 'externalActions.delete', 'externalActions.delete'),
  externalActionsAction('recordObservedReturnAction', 'externalActions.recordObserved', 'externalActions.update'),
  externalActionsAction('deleteObservedReturnAction', 'externalActions.deleteObserved', 'externalActions.update'),
  milestonesAction('createMilestoneAction', 'milestones.create', 'externalActions.update', {
    note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/milestones/queries.ts)',
  }),
  milestonesAction('updateMilestoneAction', 'milestones.update', 'externalActions.update', {
    note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/milestones/queries.ts)',
  }),
  milestonesAction('setMilestoneDoneAction', 'milestones.setDone', 'externalActions.update', {
    note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/milestones/queries.ts)',
  }),
  milestonesAction('deleteMilestoneAction', 'milestones.delete', 'externalActions.update', {
    note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/milestones/queries.ts)',
  }),
  // Calls for projects (lib/project-calls): their deadlines are calendar events.
  projectCallsAction('createProjectCallAction', 'projectCalls.create', 'projectCalls.manage'),
  projectCallsAction('deleteProjectCallAction', 'projectCalls.delete', 'projectCalls.manage'),
];
