import { db } from '@/db/client';
import { workspaceRoute } from '@/lib/shell/workspace-route';
import { liveTextResponse } from '@/lib/strategy-document/live-text';

/**
 * GET /api/workspaces/<slug>/document/texts?name=section:<id>&name=…: the current HTML of the
 * collaborative documents the caller may read (lib/strategy-document/live-text.ts). Readers' pages
 * refresh their sections from it instead of loading the editor (components/strategy-document/section-text.tsx).
 * Under /document/ so that a worker asks the collaboration owner to store live text first.
 * Partners write every text they reach (a shared section, their partnership's page): they never need it.
 */
export const GET = workspaceRoute('document.read', ({ ctx, request }) => liveTextResponse(db, ctx, request));
