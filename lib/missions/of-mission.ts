import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

/** A table of rows linked to a mission: each has a `workspace_id` and a `mission_id`. */
type MissionRowsTable = SQLiteTable & { workspaceId: SQLiteColumn; missionId: SQLiteColumn };

/** The rows of `table` that belong to mission `missionId` of the caller's workspace: the condition of every read and write of a mission's linked rows. */
export function ofMission(table: MissionRowsTable, ctx: { workspaceId: string }, missionId: string) {
  return and(eq(table.workspaceId, ctx.workspaceId), eq(table.missionId, missionId));
}
