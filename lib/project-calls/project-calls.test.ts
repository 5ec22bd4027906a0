import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { projectCalls } from '@/db/schema';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { createExternalAction } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { listCalendarEvents } from '@/lib/calendar/events';
import { buildPersonalFeed } from '@/lib/calendar/feed';
import { createFeedToken } from '@/lib/calendar/settings';
import { feedOwner } from '@/lib/calendar/feed';
import { listProjectCalls } from './queries';
import './actions';
import { auditEntries } from '@/lib/test/audit';

type Ws = ReturnType<typeof makeWorkspace>;
const run = (name: string, ws: Ws, role: 'admin' | 'editor' | 'contributor' | 'reviewer' | 'partner', input: unknown) => {
  const definition = workspaceActionRegistry.find((d) => d.name === name)!;
  return executeWorkspaceAction(definition, ws.people[role].id, ws.id, input, 'en');
};
const action = (ws: Ws, title: string) =>
  db.transaction((tx) => createExternalAction(tx, ws.ctx('editor'), ExternalActionInput.parse({ title, type: 'decentralised_cooperation', status: 'running' })))
    .data.id;

const TODAY = '2026-06-01';

describe('calls for projects', () => {
  it('are recorded by a manager, audited, and their deadlines are calendar events and in the iCalendar feed', () => {
    const ws = makeWorkspace('calls-alpha');
    const water = action(ws, 'Coopération eau');
    const created = run('projectCalls.create', ws, 'editor', {
      title: 'FICOL 2026',
      funder: 'AFD',
      deadline: '2026-06-20',
      url: 'https://www.afd.fr/ficol',
      actionId: water,
    });
    expect(created).toMatchObject({ ok: true });
    expect(run('projectCalls.create', ws, 'admin', { title: 'Erasmus+', funder: 'Union européenne', deadline: '2026-03-01', url: '' })).toMatchObject({
      ok: true,
    });
    const calls = listProjectCalls(db, ws.ctx('reviewer'), TODAY);
    expect(calls.map((c) => [c.title, c.deadline, c.actionTitle])).toEqual([
      ['FICOL 2026', '2026-06-20', 'Coopération eau'],
      ['Erasmus+', '2026-03-01', null],
    ]);
    const id = calls[0]!.id;
    const audit = auditEntries(ws.id, 'projectCall.create');
    expect(audit).toHaveLength(2);

    const events = listCalendarEvents(db, ws.ctx('contributor'), { from: '2026-06-01', to: '2026-06-30' }, TODAY).filter((e) => e.source === 'projectCall');
    expect(events).toEqual([
      expect.objectContaining({
        uid: `project-call-${id}`,
        date: '2026-06-20',
        href: `/calendar/calls#call-${id}`,
        status: 'planned',
        mine: false,
        title: expect.objectContaining({ key: 'calendar.events.projectCall', values: { title: 'FICOL 2026', funder: 'AFD' } }),
      }),
    ]);
    // A partner sees no call (the team's watch list), another workspace neither.
    expect(listCalendarEvents(db, ws.ctx('partner'), { from: '2026-01-01', to: '2026-12-31' }, TODAY).filter((e) => e.source === 'projectCall')).toEqual([]);
    const other = makeWorkspace('calls-other');
    expect(listCalendarEvents(db, other.ctx('editor'), { from: '2026-01-01', to: '2026-12-31' }, TODAY).filter((e) => e.source === 'projectCall')).toEqual([]);

    const token = db.transaction((tx) => createFeedToken(tx, ws.people.reviewer.id));
    const feed = new ICAL.Component(ICAL.parse(buildPersonalFeed(db, feedOwner(db, token)!, 'https://filrouge.example', TODAY)));
    const call = feed
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.uid.includes(`project-call-${id}`));
    expect(call?.startDate.toString()).toBe('2026-06-20');
    expect(call?.summary).toContain('FICOL 2026 (AFD)');
    expect(call?.component.getFirstPropertyValue('url')).toBe(`https://filrouge.example/calls-alpha/calendar/calls#call-${id}`);

    expect(run('projectCalls.delete', ws, 'editor', { id })).toMatchObject({ ok: true });
    expect(db.select().from(projectCalls).where(eq(projectCalls.id, id)).get()).toBeUndefined();
  });

  it('refuses bad input, other roles and other workspaces with a clear message, changing nothing', () => {
    const ws = makeWorkspace('calls-bravo');
    const other = makeWorkspace('calls-charlie');
    const foreign = action(other, 'Action ailleurs');
    const valid = { title: 'FICOL', funder: 'AFD', deadline: '2026-06-20' };
    run('projectCalls.create', other, 'editor', valid);
    const otherCall = listProjectCalls(db, other.ctx('editor'), TODAY)[0]!.id;
    const before = databaseFingerprint();
    expect(run('projectCalls.create', ws, 'editor', { ...valid, title: '' })).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { title: 'titleRequired' },
    });
    expect(run('projectCalls.create', ws, 'editor', { ...valid, funder: 'x' })).toMatchObject({ fieldErrors: { funder: 'funderRequired' } });
    expect(run('projectCalls.create', ws, 'editor', { ...valid, deadline: '2026-02-30' })).toMatchObject({ fieldErrors: { deadline: 'dateFormat' } });
    expect(run('projectCalls.create', ws, 'editor', { ...valid, url: 'javascript:alert(1)' })).toMatchObject({ fieldErrors: { url: 'urlFormat' } });
    expect(run('projectCalls.create', ws, 'editor', { ...valid, actionId: foreign })).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { actionId: 'foreignReference' },
    });
    for (const role of ['contributor', 'reviewer', 'partner'] as const) {
      expect(run('projectCalls.create', ws, role, valid)).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(run('projectCalls.delete', ws, 'editor', { id: otherCall })).toMatchObject({ ok: false, code: 'not_found' });
    expect(databaseFingerprint()).toEqual(before);
  });
});
