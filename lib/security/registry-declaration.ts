import type { DemoIds, PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';

// The yearly aid declaration's endpoints (lib/declaration, docs/decisions/0027-yearly-aid-declaration.md),
// an area of lib/security/registry.ts.
// The demo declares last year (lib/seed/declaration.ts): the matrix reads that year.

const lastYear = () => new Date().getFullYear() - 1;

export const DECLARATION_PAGES: PageEntry[] = [
  {
    kind: 'page',
    route: '/[workspace]/actions/declaration',
    rule: { kind: 'workspace', permission: 'declaration.read' },
    path: (d: DemoIds) => `/${d.workspace}/actions/declaration?year=${lastYear()}`,
  },
];

export const DECLARATION_ROUTES: RouteHandlerEntry[] = [
  {
    kind: 'route',
    route: '/[workspace]/actions/declaration/print',
    method: 'GET',
    rule: {
      kind: 'workspace',
      permission: 'declaration.read',
      note: 'the printable summary of the frozen declaration of a year (the live one when none is frozen)',
    },
    path: (d) => `/${d.workspace}/actions/declaration/print?year=${lastYear()}`,
  },
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/declaration/export',
    method: 'GET',
    rule: { kind: 'workspace', permission: 'declaration.read', note: 'the declaration of a year as XLSX, in the State form’s order; audited' },
    path: (d) => `/api/workspaces/${d.workspace}/declaration/export?year=${lastYear()}&lang=en`,
  },
];

/** Managers choose categories and freeze; only an admin re-opens. An empty input stops an allowed caller at validation. */
export const DECLARATION_ACTIONS: ServerActionEntry[] = (
  [
    ['setAidCategoryAction', 'declaration.setCategory', 'declaration.manage'],
    ['freezeDeclarationAction', 'declaration.freeze', 'declaration.manage'],
    ['reopenDeclarationAction', 'declaration.reopen', 'declaration.reopen'],
  ] as const
).map(([exportName, name, permission]) => ({
  kind: 'action',
  module: 'lib/declaration/actions.ts',
  exportName,
  workspaceAction: name,
  rule: { kind: 'workspace', permission },
  args: (d: DemoIds) => [d.workspaceId, {}],
}));
