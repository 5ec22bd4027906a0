import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { actionMilestones, auditLog, calendarSettings, diagnosticFollowUps, missionFollowUps, missions } from '@/db/schema';
import { loadMemberContext } from '@/lib/auth/session';
import { createExternalAction } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { createDiagnostic } from '@/lib/diagnostic/queries';
import { createAxis, createIndicator } from '@/lib/strategy/queries';
import { AxisInput, IndicatorInput } from '@/lib/strategy/schemas';
import { createMilestone } from '@/lib/milestones/queries';
import { GET } from '@/app/api/calendar/[token]/route';
import { listCalendarEvents, listDueForMember } from './events';
import { buildPersonalFeed, feedOwner, translatorFor } from './feed';
import { createFeedToken, getCalendarSettings, revokeFeedToken } from './settings';
import { monthWeeks, parseMonth, shiftMonth } from './month';
import { eventTitle } from './title';
import { CALENDAR_SOURCES } from './sources';
import { insertReviewerFollowUp, workspaceWithNioro } from './test-setup';
import { auditedActions } from '@/lib/test/audit';

const TODAY = '2026-06-01';

/** A workspace with: an action shared with the partner's authority (a milestone late, one in 10 days), a private action (one milestone), an indicator owned by the contributor, a follow-up owned by the reviewer. */
function setUp(slug: string) {
  const { ws, nioro, editor } = workspaceWithNioro(slug);
  const action = (title: string, partnerIds: string[]) =>
    db.transaction((tx) => createExternalAction(tx, editor, ExternalActionInput.parse({ title, type: 'twinning', status: 'running', partnerIds }))).data.id;
  const shared = action('Coopération Nioro', [nioro]);
  const hidden = action('Action interne', []);
  const milestone = (actionId: string, kind: 'report_due' | 'mission' | 'agreement_signed', dueOn: string) =>
    db.transaction((tx) => createMilestone(tx, editor, { actionId, kind, label: null, dueOn, doneOn: null })).data.id;
  const late = milestone(shared, 'report_due', '2026-05-20');
  const soon = milestone(shared, 'mission', '2026-06-11');
  const privateOne = milestone(hidden, 'agreement_signed', '2026-06-05');
  const axis = db.transaction((tx) => createAxis(tx, editor, AxisInput.parse({ title: 'Jeunesse', objectives: ['Mobilité'] }))).data.id;
  const indicator = db.transaction((tx) =>
    createIndicator(
      tx,
      editor,
      IndicatorInput.parse({
        axisId: axis,
        name: 'Jeunes en mobilité',
        unit: 'n',
        baseline: 0,
        target: 10,
        targetDate: '2027-01-01',
        ownerId: ws.people.contributor.id,
        frequency: 'monthly',
      }),
      () => new Date('2026-05-05T12:00:00Z'),
    ),
  ).data.id;
  const diagnostic = db.transaction((tx) => createDiagnostic(tx, editor, { title: 'Diagnostic 2026', heldOn: '2026-01-01' })).data.id;
  const followUp = `fu-${slug}`;
  insertReviewerFollowUp(ws, diagnostic, followUp);
  const partner = loadMemberContext(ws.people.partner.id, { id: ws.id });
  return { ws, shared, hidden, late, soon, privateOne, indicator, followUp, diagnostic, partner };
}

const june = { from: '2026-05-01', to: '2026-06-30' };

describe('the calendar', () => {
  it('gathers every source for a manager, by day, with links back to each page', () => {
    const s = setUp('cal-alpha');
    const events = listCalendarEvents(db, s.ws.ctx('editor'), june, TODAY);
    expect(events.map((e) => [e.date, e.source, e.href, e.status])).toEqual([
      ['2026-05-20', 'milestone', `/actions/${s.shared}`, 'late'],
      ['2026-06-05', 'indicator', `/strategy/indicators/${s.indicator}`, 'planned'],
      ['2026-06-05', 'milestone', `/actions/${s.hidden}`, 'planned'],
      ['2026-06-08', 'followUp', `/diagnostic/${s.diagnostic}/results`, 'planned'],
      ['2026-06-11', 'milestone', `/actions/${s.shared}`, 'planned'],
    ]);
    const t = translatorFor('en');
    expect(eventTitle(t, events[0]!)).toBe('Report due: Coopération Nioro');
    expect(eventTitle(translatorFor('fr'), events[0]!)).toBe('Rapport à rendre : Coopération Nioro');
  });

  it('shows each person only what they may see (the policy, then each source’s rules)', () => {
    const s = setUp('cal-bravo');
    // A partner: only the milestones of the action shared with their authority; no indicator, follow-up or review.
    expect(listCalendarEvents(db, s.partner, june, TODAY).map((e) => e.uid)).toEqual([`milestone-${s.late}`, `milestone-${s.soon}`]);
    // A reviewer reads an in-progress diagnostic's follow-ups only when they own them.
    expect(
      listCalendarEvents(db, s.ws.ctx('reviewer'), june, TODAY)
        .map((e) => e.source)
        .sort(),
    ).toEqual(['followUp', 'indicator', 'milestone', 'milestone', 'milestone']);
    db.update(diagnosticFollowUps).set({ ownerId: null }).where(eq(diagnosticFollowUps.id, s.followUp)).run();
    expect(listCalendarEvents(db, s.ws.ctx('reviewer'), june, TODAY).map((e) => e.source)).not.toContain('followUp');
    // Someone of another workspace sees nothing of this one.
    const other = setUp('cal-bravo-2');
    expect(listCalendarEvents(db, other.ws.ctx('admin'), june, TODAY).map((e) => e.uid)).not.toContain(`milestone-${s.late}`);
    expect(CALENDAR_SOURCES.map((x) => x.key)).toEqual(['milestone', 'review', 'indicator', 'followUp', 'mission', 'round', 'projectCall']);
  });

  it('holds missions, their debriefs’ due days and their follow-ups, as the missions pages show them', () => {
    const s = setUp('cal-missions');
    const now = new Date();
    const mission = (title: string, direction: 'abroad' | 'received', startDate: string, endDate: string) => {
      const id = crypto.randomUUID();
      db.insert(missions)
        .values({
          id,
          workspaceId: s.ws.id,
          title,
          normalizedTitle: title.toLowerCase(),
          kind: 'technical',
          direction,
          country: 'SN',
          startDate,
          endDate,
          documents: [],
          debriefAssigneeId: s.ws.people.contributor.id,
          debriefDays: 10,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      return id;
    };
    const trip = mission('Mission à Nioro', 'abroad', '2026-05-04', '2026-05-08');
    const visit = mission('Délégation de Tamboura', 'received', '2026-06-20', '2026-06-22');
    db.insert(missionFollowUps)
      .values({
        id: `mfu-${trip}`,
        workspaceId: s.ws.id,
        missionId: trip,
        title: 'Envoyer la convention',
        ownerId: s.ws.people.editor.id,
        dueDate: '2026-06-10',
        done: false,
        createdAt: now,
      })
      .run();
    const byUid = (ctx: Parameters<typeof listCalendarEvents>[1]) =>
      Object.fromEntries(
        listCalendarEvents(db, ctx, june, TODAY)
          .filter((e) => /^(mission|debrief)/.test(e.uid))
          .map((e) => [e.uid, [e.date, e.href, e.status, e.mine]]),
      );
    // The trip's debrief was due ten days after the return (18 May) and is not handed in: late, and the contributor's to write.
    expect(byUid(s.ws.ctx('contributor'))).toEqual({
      [`mission-${trip}`]: ['2026-05-04', `/missions/${trip}`, 'done', false],
      [`debrief-${trip}`]: ['2026-05-18', `/missions/${trip}/debrief`, 'late', true],
      [`missionFollowUp-mfu-${trip}`]: ['2026-06-10', `/missions/${trip}`, 'planned', false],
      [`mission-${visit}`]: ['2026-06-20', `/missions/${visit}`, 'planned', false],
    });
    expect(listDueForMember(db, s.ws.ctx('contributor'), TODAY).late.map((e) => e.uid)).toContain(`debrief-${trip}`);
    expect(listDueForMember(db, s.ws.ctx('editor'), TODAY).due.map((e) => e.uid)).toContain(`missionFollowUp-mfu-${trip}`);
    // A reviewer reads missions but writes no debrief: no debrief date for them.
    expect(Object.keys(byUid(s.ws.ctx('reviewer'))).some((uid) => uid.startsWith('debrief-'))).toBe(false);
    // A partner sees only the missions of their own partnership: these have none.
    expect(byUid(s.partner)).toEqual({});
    const t = translatorFor('en');
    const visitEvent = listCalendarEvents(db, s.ws.ctx('editor'), june, TODAY).find((e) => e.uid === `mission-${visit}`)!;
    expect(eventTitle(t, visitEvent)).toBe('Delegation arrives: Délégation de Tamboura');
    expect(eventTitle(translatorFor('fr'), visitEvent)).toBe('Arrivée de la délégation : Délégation de Tamboura');
  });

  it('lists what is due in 14 days and what is late, for the person it is asked of', () => {
    const s = setUp('cal-charlie');
    const editor = listDueForMember(db, s.ws.ctx('editor'), TODAY);
    expect(editor.late.map((e) => e.uid)).toEqual([`milestone-${s.late}`]);
    expect(editor.due.map((e) => e.uid)).toEqual([`milestone-${s.privateOne}`, `milestone-${s.soon}`]);
    expect(listDueForMember(db, s.ws.ctx('contributor'), TODAY)).toEqual({
      late: [],
      due: [expect.objectContaining({ uid: expect.stringMatching(/^indicator-/), date: '2026-06-05' })],
    });
    expect(listDueForMember(db, s.ws.ctx('reviewer'), TODAY).due.map((e) => e.uid)).toEqual([`followUp-${s.followUp}`]);
    // Past 14 days is not due yet; done is not due at all.
    expect(listDueForMember(db, s.ws.ctx('editor'), '2026-05-20')).toEqual({ late: [], due: [expect.objectContaining({ date: '2026-05-20' })] });
    db.update(actionMilestones).set({ doneOn: '2026-05-21' }).where(eq(actionMilestones.id, s.late)).run();
    expect(listDueForMember(db, s.ws.ctx('editor'), TODAY).late).toEqual([]);
    expect(listDueForMember(db, s.partner, TODAY)).toEqual({ late: [], due: [] });
  });

  it('lays out a month Monday first and moves between months', () => {
    const weeks = monthWeeks('2026-06');
    expect(weeks[0]![0]).toBe('2026-06-01');
    expect(weeks.at(-1)!.at(-1)).toBe('2026-07-05');
    expect(monthWeeks('2026-03')[0]![0]).toBe('2026-02-23');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(parseMonth('2026-13', TODAY)).toBe('2026-06');
    expect(parseMonth('1800-01', TODAY)).toBe('2026-06');
    expect(parseMonth('2027-02', TODAY)).toBe('2027-02');
  });
});

describe('the personal iCalendar feed', () => {
  it('is read by an iCalendar parser: every workspace of the person, only what they may see, links back', () => {
    const s = setUp('cal-delta');
    const token = db.transaction((tx) => createFeedToken(tx, s.ws.people.partner.id));
    const owner = feedOwner(db, token)!;
    expect(owner.id).toBe(s.ws.people.partner.id);
    const text = buildPersonalFeed(db, owner, 'https://filrouge.example', TODAY);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2026-05-20', 'Rapport à rendre : Coopération Nioro — Collectivité cal-delta'],
      ['2026-06-11', 'Mission : Coopération Nioro — Collectivité cal-delta'],
    ]);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    expect(calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('url'))).toEqual([
      `https://filrouge.example/cal-delta/actions/${s.shared}`,
      `https://filrouge.example/cal-delta/actions/${s.shared}`,
    ]);
    // The editor's feed holds the private action's milestone, the indicator and the follow-up too.
    const editorToken = db.transaction((tx) => createFeedToken(tx, s.ws.people.editor.id));
    const editorFeed = new ICAL.Component(ICAL.parse(buildPersonalFeed(db, feedOwner(db, editorToken)!, 'https://filrouge.example', TODAY)));
    expect(editorFeed.getAllSubcomponents('vevent')).toHaveLength(5);
  });

  it('keeps only a hash; a new address ends the old one; a revoked or wrong one finds nobody; audited', () => {
    const s = setUp('cal-echo');
    const person = s.ws.people.reviewer.id;
    const first = db.transaction((tx) => createFeedToken(tx, person));
    const stored = db.select().from(calendarSettings).where(eq(calendarSettings.userId, person)).get()!;
    expect(stored.feedTokenHash).not.toContain(first);
    expect(stored.feedTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(getCalendarSettings(db, person).feedCreatedAt).toBeInstanceOf(Date);
    const second = db.transaction((tx) => createFeedToken(tx, person));
    expect(feedOwner(db, first)).toBeNull();
    expect(feedOwner(db, second)?.id).toBe(person);
    db.transaction((tx) => revokeFeedToken(tx, person));
    expect(feedOwner(db, second)).toBeNull();
    expect(getCalendarSettings(db, person).feedCreatedAt).toBeNull();
    for (const wrong of ['', 'x', `${second.slice(0, -1)}A`, '../../etc/passwd', 'A'.repeat(43)]) expect(feedOwner(db, wrong)).toBeNull();
    const audited = auditedActions(eq(auditLog.userId, person));
    expect(audited).toEqual(['calendarFeed.create', 'calendarFeed.create', 'calendarFeed.revoke']);
  });

  it('answers over HTTP: text/calendar for a live address, a bare 404 for a wrong or revoked one', async () => {
    const s = setUp('cal-foxtrot');
    const token = db.transaction((tx) => createFeedToken(tx, s.ws.people.editor.id));
    const get = (t: string) =>
      GET(new Request(`http://localhost/api/calendar/${t}.ics`, { headers: { 'x-forwarded-for': `10.9.${Math.floor(Math.random() * 200)}.1` } }), {
        params: Promise.resolve({ token: `${t}.ics` }),
      });
    const ok = await get(token);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/calendar');
    expect(await ok.text()).toContain('BEGIN:VCALENDAR');
    const wrong = await get('A'.repeat(43));
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toBe('');
    db.transaction((tx) => revokeFeedToken(tx, s.ws.people.editor.id));
    const revoked = await get(token);
    expect(revoked.status).toBe(404);
    expect(await revoked.text()).toBe('');
  });

  it('is rate-limited per address', async () => {
    const get = () =>
      GET(new Request('http://localhost/api/calendar/x.ics', { headers: { 'x-forwarded-for': '10.250.250.250' } }), {
        params: Promise.resolve({ token: 'x.ics' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await get()).status);
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});
