import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { notifications } from '@/db/schema';
import { makeWorkspace } from '@/lib/test/fixtures';
import { createAxis, createIndicator, recordIndicatorValue } from '@/lib/strategy/queries';
import { notify } from './notify';
import { notificationText } from './render';
import { sweepOverdueIndicators } from './sweep';
import { unreadCount } from './queries';

const fixed = (iso: string) => () => new Date(iso);

describe('overdue indicator sweep', () => {
  it('tells the owner once per indicator and due date, again after the next missed date', () => {
    const ws = makeWorkspace('alpha');
    const editor = ws.ctx('editor');
    const owner = ws.ctx('contributor');
    const axis = db.transaction((tx) => createAxis(tx, editor, { title: 'Axe', objectives: ['Objectif'] })).data.id;
    const base = { axisId: axis, actionId: null, unit: 'n', baseline: 0, target: 10, targetDate: '2028-01-01', frequency: 'quarterly' as const };
    const late = db.transaction((tx) =>
      createIndicator(tx, editor, { ...base, name: 'Jeunes en mobilité', ownerId: owner.userId }, fixed('2026-01-10T08:00:00Z')),
    ).data.id;
    db.transaction((tx) => createIndicator(tx, editor, { ...base, name: 'Sans responsable', ownerId: null }, fixed('2026-01-10T08:00:00Z')));
    const mine = () =>
      db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, owner.userId), eq(notifications.kind, 'indicator_overdue')))
        .all();

    // Due on 10 April (one quarter after creation): nothing before, one notice after, however many sweeps.
    expect(db.transaction((tx) => sweepOverdueIndicators(tx, fixed('2026-04-10T12:00:00Z')))).toBe(0);
    expect(db.transaction((tx) => sweepOverdueIndicators(tx, fixed('2026-04-11T12:00:00Z')))).toBe(1);
    expect(db.transaction((tx) => sweepOverdueIndicators(tx, fixed('2026-04-20T12:00:00Z')))).toBe(0);
    expect(mine()).toHaveLength(1);
    expect(mine()[0]).toMatchObject({ href: `/strategy/indicators/${late}`, params: { indicator: 'Jeunes en mobilité', due: '2026-04-10' } });
    expect(notificationText('fr', mine()[0]!)).toBe('L’indicateur « Jeunes en mobilité » attend une nouvelle valeur depuis le 10 avril 2026.');

    // A value moves the due date; the next missed date is a new notice.
    db.transaction((tx) =>
      recordIndicatorValue(tx, owner, { indicatorId: late, observedOn: '2026-04-25', value: 4, source: 'Bilan' }, fixed('2026-04-25T12:00:00Z')),
    );
    expect(db.transaction((tx) => sweepOverdueIndicators(tx, fixed('2026-07-20T12:00:00Z')))).toBe(0);
    expect(db.transaction((tx) => sweepOverdueIndicators(tx, fixed('2026-07-26T12:00:00Z')))).toBe(1);
    expect(mine()).toHaveLength(2);
    // Another workspace's sweep does not touch this one.
    const other = makeWorkspace('bravo');
    expect(db.transaction((tx) => sweepOverdueIndicators(tx, fixed('2027-01-01T12:00:00Z'), other.id))).toBe(0);
  });
});

describe('notify', () => {
  it('skips the actor, non-members and roles without the permission; is not emailed without SMTP', () => {
    const ws = makeWorkspace('alpha');
    const other = makeWorkspace('bravo');
    const sent = db.transaction((tx) =>
      notify(tx, {
        workspaceId: ws.id,
        recipients: [ws.people.admin.id, ws.people.editor.id, ws.people.partner.id, other.people.admin.id, null, ws.people.editor.id],
        actorId: ws.people.admin.id,
        kind: 'adopted',
        params: { version: 'V1', date: '2026-03-12', body: 'l’assemblée départementale', reference: 'CD-2026-031' },
        href: '/document/versions/x',
        permission: 'document.read',
      }),
    );
    expect(sent).toEqual([ws.people.editor.id]);
    const row = db.select().from(notifications).where(eq(notifications.userId, ws.people.editor.id)).get()!;
    expect(row.email).toBe('none');
    expect(notificationText('en', row)).toBe('“V1” was adopted on March 12, 2026 by l’assemblée départementale (deliberation CD-2026-031).');
    expect(unreadCount(db, ws.ctx('editor'))).toBe(1);
    expect(unreadCount(db, { userId: ws.people.editor.id, workspaceId: other.id })).toBe(0);
  });
});
