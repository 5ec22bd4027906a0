import { DECLARATION_ACTIONS, DECLARATION_PAGES, DECLARATION_ROUTES } from './registry-declaration';
import { API_ROUTES } from './registry-api';
import { ROUND_ACTIONS, ROUND_PAGES, ROUND_ROUTES } from './registry-rounds';
import { EVALUATION_ACTIONS, EVALUATION_COLLAB, EVALUATION_PAGES, EVALUATION_ROUTES } from './registry-evaluation';
import { DEBRIEF_COLLAB_DOCUMENTS } from './registry-debrief';

// The endpoints registered in their own files, spread into lib/security/registry.ts's lists through
// these three: that file may not grow (lib/unit-size.test.ts). A new area adds its file here.

export const EXTRA_PAGES = [...DECLARATION_PAGES, ...ROUND_PAGES, ...EVALUATION_PAGES];
export const EXTRA_ROUTES = [...DECLARATION_ROUTES, ...ROUND_ROUTES, ...EVALUATION_ROUTES, ...API_ROUTES];
export const EXTRA_ACTIONS = [...DECLARATION_ACTIONS, ...ROUND_ACTIONS, ...EVALUATION_ACTIONS];
export const EXTRA_COLLAB = [...EVALUATION_COLLAB, ...DEBRIEF_COLLAB_DOCUMENTS];
