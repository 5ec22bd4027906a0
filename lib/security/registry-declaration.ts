import { workspaceGetRoute, workspacePage, ws, wsAction, wsActionGroup } from './registry-model';
import type { PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';

// The yearly aid declaration's endpoints (lib/declaration, docs/decisions/0027-yearly-aid-declaration.md),
// an area of lib/security/registry.ts.
// The demo declares last year (lib/seed/declaration.ts): the matrix reads that year.

const lastYear = () => new Date().getFullYear() - 1;

export const DECLARATION_PAGES: PageEntry[] = [
  workspacePage('/[workspace]/actions/declaration', 'declaration.read', (d) => `${ws(d)}/actions/declaration?year=${lastYear()}`),
];

export const DECLARATION_ROUTES: RouteHandlerEntry[] = [
  workspaceGetRoute('/[workspace]/actions/declaration/print', 'declaration.read', (d) => `${ws(d)}/actions/declaration/print?year=${lastYear()}`, {
    note: 'the printable summary of the frozen declaration of a year (the live one when none is frozen)',
  }),
  workspaceGetRoute(
    '/api/workspaces/[workspace]/declaration/export',
    'declaration.read',
    (d) => `/api/workspaces/${d.workspace}/declaration/export?year=${lastYear()}&lang=en`,
    { note: 'the declaration of a year as XLSX, in the State form’s order; audited' },
  ),
];

const DECLARATION_ACTIONS_MODULE = 'lib/declaration/actions.ts';

/** Managers choose categories and freeze; only an admin re-opens. An empty input stops an allowed caller at validation. */
export const DECLARATION_ACTIONS: ServerActionEntry[] = [
  ...wsActionGroup(DECLARATION_ACTIONS_MODULE, 'declaration.manage', {
    setAidCategoryAction: 'declaration.setCategory',
    freezeDeclarationAction: 'declaration.freeze',
  }),
  wsAction(DECLARATION_ACTIONS_MODULE, 'reopenDeclarationAction', 'declaration.reopen', 'declaration.reopen'),
];
