import { describe, expect, it } from 'vitest';
import { db, rawSqlite } from '@/db/client';
import { makeWorkspace } from '@/lib/test/fixtures';
import { AuditFilter } from './schemas';
import { listMembers, removeMember, updateMemberRole } from '@/lib/workspaces/queries';
import { AUDIT_PAGE_SIZE, listAuditEntityTypes, listAuditEntries, recordAudit } from './queries';

function entry(ws: ReturnType<typeof makeWorkspace>, userId: string, entityType: string, createdAt?: Date) {
  recordAudit(db, { workspaceId: ws.id, userId }, { action: `${entityType}.update`, entityType, entityId: 'e1' });
  if (createdAt) rawSqlite().prepare('update audit_log set created_at = ? where id = (select max(id) from audit_log)').run(createdAt.getTime());
}

describe('audit log', () => {
  it('filters by person, entity type and date range, within the workspace only', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    entry(a, a.people.editor.id, 'actor', new Date('2026-03-01T10:00:00Z'));
    entry(a, a.people.admin.id, 'workspace', new Date('2026-03-05T10:00:00Z'));
    entry(a, a.people.editor.id, 'workspace', new Date('2026-04-10T10:00:00Z'));
    entry(b, b.people.editor.id, 'actor', new Date('2026-03-01T10:00:00Z'));
    const ctx = a.ctx('admin');
    const list = (f: Record<string, unknown>) => listAuditEntries(db, ctx, AuditFilter.parse(f));

    expect(list({ userId: a.people.editor.id }).rows.map((r) => r.entityType)).toEqual(['workspace', 'actor']);
    expect(list({ entityType: 'actor' }).total).toBe(1);
    expect(list({ from: '2026-03-02', to: '2026-03-31' }).rows.map((r) => r.userId)).toEqual([a.people.admin.id]);
    expect(list({ from: '2026-04-10', to: '2026-04-10' }).total).toBe(1);
    // B's entries never appear in A's log, whatever the filter.
    expect(list({ userId: b.people.editor.id }).total).toBe(0);
    expect(listAuditEntityTypes(db, ctx)).toEqual(['actor', 'workspace']);
  });

  it('paginates on the server', () => {
    const a = makeWorkspace('alpha');
    const existing = listAuditEntries(db, a.ctx('admin'), AuditFilter.parse({})).total;
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) entry(a, a.people.admin.id, 'actor');
    const first = listAuditEntries(db, a.ctx('admin'), AuditFilter.parse({ page: '1' }));
    const second = listAuditEntries(db, a.ctx('admin'), AuditFilter.parse({ page: '2' }));
    expect(first.total).toBe(existing + AUDIT_PAGE_SIZE + 5);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(second.rows).toHaveLength(existing + 5);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(first.total);
  });

  it('rejects a reversed date range', () => {
    expect(AuditFilter.safeParse({ from: '2026-05-01', to: '2026-04-01' }).success).toBe(false);
  });

  it('names the member whose role changed or who was removed, not only their id', () => {
    const a = makeWorkspace('alpha');
    const ctx = a.ctx('admin');
    const members = listMembers(db, ctx);
    const editor = members.find((m) => m.userId === a.people.editor.id)!;
    const contributor = members.find((m) => m.userId === a.people.contributor.id)!;
    for (const [membershipId, run] of [
      [editor.membershipId, (tx: typeof db) => updateMemberRole(tx, ctx, { membershipId: editor.membershipId, role: 'reviewer' })],
      [contributor.membershipId, (tx: typeof db) => removeMember(tx, ctx, { membershipId: contributor.membershipId })],
    ] as const) {
      db.transaction((tx) => {
        const outcome = run(tx);
        recordAudit(tx, ctx, [outcome.audit].flat()[0]!);
      });
      expect(membershipId).toBeTruthy();
    }
    const rows = listAuditEntries(db, ctx, AuditFilter.parse({ entityType: 'membership' })).rows;
    expect(rows.map((r) => [r.action, r.subjectName])).toEqual([
      ['member.remove', a.people.contributor.name],
      ['member.updateRole', a.people.editor.name],
    ]);
    // Other entries name nobody.
    entry(a, a.people.admin.id, 'actor');
    expect(listAuditEntries(db, ctx, AuditFilter.parse({ entityType: 'actor' })).rows[0]!.subjectName).toBeNull();
  });
});
