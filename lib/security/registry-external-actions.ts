import { ownPartnerOnly, workspacePageAtRoute, workspacePageWith, wsActionGroup, wsActionsOf } from './registry-model';
import type { PageEntry, ServerActionEntry } from './registry-model';

// External actions and what hangs off them: milestones, the calendar and calls for projects,
// competencies, departments (co-financing has its own file). An area of lib/security/registry.ts.

const DEPARTMENTS_ACTIONS_MODULE = 'lib/departments/actions.ts';
const EXTERNAL_ACTIONS_MODULE = 'lib/external-actions/actions.ts';
const externalActionsAction = wsActionsOf(EXTERNAL_ACTIONS_MODULE);

export const EXTERNAL_ACTION_PAGES: PageEntry[] = [
  // External actions, competencies, departments
  workspacePageAtRoute('/[workspace]/actions', 'externalActions.readShared'),
  workspacePageAtRoute('/[workspace]/actions/new', 'externalActions.create'),
  workspacePageAtRoute('/[workspace]/actions/milestones', 'externalActions.read'),
  workspacePageAtRoute('/[workspace]/calendar/calls', 'projectCalls.read'),
  workspacePageAtRoute('/[workspace]/calendar', 'calendar.read', {
    note: 'each source of events applies its own rules (lib/calendar/sources): a partner sees the milestones of the actions shared with them only',
  }),
  workspacePageWith(
    '/[workspace]/actions/[actionId]',
    'externalActions.readShared',
    { actionId: 'sharedAction' },
    {
      resource: ownPartnerOnly,
      note: 'a partner reads only the actions their authority is a partner of (lib/external-actions/queries.ts)',
    },
  ),
  workspacePageWith(
    '/[workspace]/actions/[actionId]/edit',
    'externalActions.update',
    { actionId: 'sharedAction' },
    {
      note: 'a contributor edits only the actions their department takes part in (this one: yes)',
    },
  ),
  workspacePageAtRoute('/[workspace]/actions/blind-spots', 'externalActions.read'),
  workspacePageAtRoute('/[workspace]/actions/budget', 'externalActions.read'),
  workspacePageAtRoute('/[workspace]/actions/competencies', 'competencies.read'),
  workspacePageAtRoute('/[workspace]/actions/matrix', 'externalActions.read'),
  workspacePageAtRoute('/[workspace]/actions/returns', 'externalActions.read'),
  workspacePageAtRoute('/[workspace]/actions/departments', 'departments.read'),
  workspacePageAtRoute('/[workspace]/actions/departments/new', 'departments.manage'),
  workspacePageWith('/[workspace]/actions/departments/[departmentId]', 'departments.read', { departmentId: 'contributorDepartment' }),
  workspacePageWith(
    '/[workspace]/actions/departments/[departmentId]/edit',
    'departments.update',
    { departmentId: 'contributorDepartment' },
    {
      note: "a contributor edits only their own department's record (this one: theirs)",
    },
  ),
];

export const EXTERNAL_ACTION_ACTIONS: ServerActionEntry[] = [
  ...wsActionGroup('lib/competencies/actions.ts', 'competencies.manage', {
    setCompetencyHiddenAction: 'competencies.setHidden',
    createCompetencyAction: 'competencies.create',
    updateCompetencyAction: 'competencies.update',
    deleteCompetencyAction: 'competencies.delete',
  }),
  ...wsActionGroup(DEPARTMENTS_ACTIONS_MODULE, 'departments.manage', {
    createDepartmentAction: 'departments.create',
    deleteDepartmentAction: 'departments.delete',
  }),
  ...wsActionGroup(DEPARTMENTS_ACTIONS_MODULE, 'departments.update', {
    updateDepartmentAction: 'departments.update',
    addDepartmentBudgetLineAction: 'departments.addBudgetLine',
    deleteDepartmentBudgetLineAction: 'departments.deleteBudgetLine',
  }),
  externalActionsAction('createExternalActionAction', 'externalActions.create', 'externalActions.create'),
  externalActionsAction('deleteExternalActionAction', 'externalActions.delete', 'externalActions.delete'),
  ...wsActionGroup(EXTERNAL_ACTIONS_MODULE, 'externalActions.update', {
    updateExternalActionAction: 'externalActions.update',
    recordObservedReturnAction: 'externalActions.recordObserved',
    deleteObservedReturnAction: 'externalActions.deleteObserved',
  }),
  ...wsActionGroup(
    'lib/milestones/actions.ts',
    'externalActions.update',
    {
      createMilestoneAction: 'milestones.create',
      updateMilestoneAction: 'milestones.update',
      setMilestoneDoneAction: 'milestones.setDone',
      deleteMilestoneAction: 'milestones.delete',
    },
    {
      note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/milestones/queries.ts)',
    },
  ),
  // Calls for projects (lib/project-calls): their deadlines are calendar events.
  ...wsActionGroup('lib/project-calls/actions.ts', 'projectCalls.manage', {
    createProjectCallAction: 'projectCalls.create',
    deleteProjectCallAction: 'projectCalls.delete',
  }),
];
