import crypto from 'node:crypto';
import { and, asc, eq, like } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  actorRelations,
  departments,
  externalActions,
  missionActions,
  missionBudgetLines,
  missionContacts,
  missionFollowUps,
  missionMeetings,
  missionParticipants,
  missionReturns,
  missions,
  observedReturns,
} from '@/db/schema';
import type { MissionDirection, MissionKind, ParticipantKind } from '@/db/schema/missions';
import { normalizeName } from '@/lib/actors/names';

const DAY = 86_400_000;
const day = (now: Date, offset: number) => new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);

/**
 * The demo's three missions (issue 19): a technical mission to Nioro-Kaya whose debrief the
 * contributor handed in (contacts, a return observed during the stay, follow-ups), a delegation
 * from Valea Bistrei received a month ago whose debrief is late, and an economic mission to come.
 */
export function seedMissions(tx: Tx, demo: { workspaceId: string; partnershipId: string; actors: Map<string, string>; users: Map<string, string> }, now: Date) {
  const ws = demo.workspaceId;
  const user = (email: string) => demo.users.get(`${email}@demo.filrouge.eu`)!;
  const actor = (key: string) => demo.actors.get(key)!;
  const departmentId = (prefix: string) =>
    tx
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.workspaceId, ws), like(departments.name, `${prefix}%`)))
      .get()!.id;
  const actionId = (prefix: string) =>
    tx
      .select({ id: externalActions.id })
      .from(externalActions)
      .where(and(eq(externalActions.workspaceId, ws), like(externalActions.title, `${prefix}%`)))
      .get()?.id;
  const dri = departmentId('Direction des relations internationales');
  const social = departmentId('Direction de l’action sociale');
  const culture = departmentId('Direction de la culture');
  const health = actionId('Nioro-Kaya : santé maternelle');
  const schools = actionId('Nioro-Kaya : correspondances');
  const bistrei = actionId('Accueil d’une délégation de Valea Bistrei');

  type Seed = {
    title: string;
    kind: MissionKind;
    direction: MissionDirection;
    country: string;
    city: string;
    purpose: string;
    start: number;
    end: number;
    partnershipId: string | null;
    actions: (string | undefined)[];
    participants: { kind: ParticipantKind; userId?: string; actorId?: string; departmentId?: string; name?: string; role?: string }[];
    meetings: [number, string | null, string | null, string][];
    costs: [number, 'own_funds' | 'foreign_ministry', string, string][];
    assignee: string;
    days: number;
    submitted?: { summary: string; notes: string };
  };
  const seeds: Seed[] = [
    {
      title: 'Mission technique à Nioro-Kaya : postes de santé',
      kind: 'technical',
      direction: 'abroad',
      country: 'SN',
      city: 'Nioro-Kaya',
      purpose: 'Faire le point avec la commune sur la formation des matrones et préparer le comité de pilotage annuel.',
      start: -45,
      end: -40,
      partnershipId: demo.partnershipId,
      actions: [health, schools],
      participants: [
        { kind: 'member', userId: user('editor'), role: 'Chef de délégation' },
        { kind: 'member', userId: user('contributor'), role: 'Référente culture' },
        { kind: 'agent', name: 'Claire Mounier', departmentId: social, role: 'Puéricultrice de PMI' },
        { kind: 'agent', name: 'Paul Esteve', departmentId: dri, role: 'Interprète' },
        { kind: 'elected', name: 'Karim Aït-Ouali', role: 'Vice-président aux relations internationales' },
        { kind: 'actor', actorId: actor('asso-sn'), role: 'Association partenaire' },
      ],
      meetings: [
        [-45, '10:00', 'nioro', 'Accueil par le maire et le conseil municipal'],
        [-44, '09:00', 'nioro', 'Visite de deux postes de santé'],
        [-43, '15:00', 'embassy-sn', 'Point avec le service de coopération de l’ambassade'],
        [-42, '09:30', 'nioro', 'Comité de pilotage du partenariat'],
        [-41, null, null, 'Journée avec les matrones en formation'],
      ],
      costs: [
        [-45, 'own_funds', 'Billets d’avion (4 personnes)', '3200'],
        [-45, 'foreign_ministry', 'Hébergement et transport sur place', '1450'],
      ],
      assignee: user('contributor'),
      days: 15,
      submitted: {
        summary: 'Comité de pilotage tenu ; deux postes de santé visités ; le programme de formation des matrones est à jour.',
        notes: 'L’accueil a été très chaleureux. La commune souhaite associer davantage les collèges au partenariat.',
      },
    },
    {
      title: 'Délégation de Valea Bistrei : protection de l’enfance',
      kind: 'technical',
      direction: 'received',
      country: 'RO',
      city: 'Bistrița',
      purpose: 'Recevoir les travailleurs sociaux du Consiliul Județean pour comparer l’accueil familial.',
      start: -32,
      end: -30,
      partnershipId: null,
      actions: [bistrei],
      participants: [
        { kind: 'member', userId: user('editor'), role: 'Organisation' },
        { kind: 'agent', name: 'Nadia Ferrand', departmentId: social, role: 'Cheffe du service de l’aide sociale à l’enfance' },
        { kind: 'actor', actorId: actor('bistrita'), role: 'Délégation reçue' },
      ],
      meetings: [
        [-32, '14:00', 'bistrita', 'Accueil à l’hôtel du Département'],
        [-31, '09:00', 'dir-social', 'Visite d’une maison d’enfants'],
      ],
      costs: [[-32, 'own_funds', 'Hébergement de la délégation', '980']],
      assignee: user('editor'),
      days: 15,
    },
    {
      title: 'Mission économique à Aït Tafraout : filière argan',
      kind: 'economic',
      direction: 'abroad',
      country: 'MA',
      city: 'Aït Tafraout',
      purpose: 'Accompagner des entreprises du territoire et rencontrer la coopérative d’argan.',
      start: 30,
      end: 34,
      partnershipId: null,
      actions: [actionId('Aït Tafraout')],
      participants: [
        { kind: 'member', userId: user('editor'), role: 'Chef de délégation' },
        { kind: 'agent', name: 'Luc Arnal', departmentId: culture, role: 'Chargé du patrimoine' },
        { kind: 'actor', actorId: actor('cci'), role: 'Entreprises accompagnées' },
      ],
      meetings: [
        [30, '11:00', 'tafraout', 'Rencontre avec le conseil communal'],
        [31, null, null, 'Visite de la coopérative'],
      ],
      costs: [[30, 'own_funds', 'Billets d’avion', '1800']],
      assignee: user('editor'),
      days: 20,
    },
  ];

  const ids: string[] = [];
  for (const s of seeds) {
    const id = crypto.randomUUID();
    ids.push(id);
    const created = new Date(now.getTime() + Math.min(s.start - 20, -1) * DAY);
    tx.insert(missions)
      .values({
        id,
        workspaceId: ws,
        title: s.title,
        normalizedTitle: normalizeName(s.title),
        kind: s.kind,
        direction: s.direction,
        country: s.country,
        city: s.city,
        purpose: s.purpose,
        startDate: day(now, s.start),
        endDate: day(now, s.end),
        partnershipId: s.partnershipId,
        documents: [{ label: 'Programme de la mission', url: 'https://example.org/filrouge/programme-mission.pdf' }],
        debriefAssigneeId: s.assignee,
        debriefDays: s.days,
        debriefSummary: s.submitted?.summary ?? null,
        debriefNotes: s.submitted?.notes ?? null,
        debriefSubmittedAt: s.submitted ? new Date(now.getTime() + (s.end + 6) * DAY) : null,
        version: 1,
        createdBy: user('editor'),
        createdAt: created,
        updatedAt: created,
      })
      .run();
    const actionIds = s.actions.filter((a): a is string => !!a);
    if (actionIds.length)
      tx.insert(missionActions)
        .values(actionIds.map((actionId) => ({ workspaceId: ws, missionId: id, actionId })))
        .run();
    tx.insert(missionParticipants)
      .values(
        s.participants.map((p, position) => ({
          id: crypto.randomUUID(),
          workspaceId: ws,
          missionId: id,
          kind: p.kind,
          userId: p.userId ?? null,
          actorId: p.actorId ?? null,
          departmentId: p.departmentId ?? null,
          name: p.name ?? null,
          role: p.role ?? null,
          position,
        })),
      )
      .run();
    tx.insert(missionMeetings)
      .values(
        s.meetings.map(([offset, time, actorKey, subject], position) => ({
          id: crypto.randomUUID(),
          workspaceId: ws,
          missionId: id,
          day: day(now, offset),
          time,
          actorId: actorKey ? actor(actorKey) : null,
          subject,
          position,
        })),
      )
      .run();
    tx.insert(missionBudgetLines)
      .values(
        s.costs.map(([offset, fundingSource, label, euros], position) => ({
          id: crypto.randomUUID(),
          workspaceId: ws,
          missionId: id,
          // Booked when paid: a mission to come is paid this year (the demo's budget spans three years up to this one).
          year: Number(day(now, Math.min(offset, 0)).slice(0, 4)),
          amountCents: Number(euros) * 100,
          fundingSource,
          departmentId: dri,
          label,
          position,
        })),
      )
      .run();
  }

  // The handed-in debrief: the ambassador's cooperation service met (a relation with the IR
  // directorate), a return already recorded on the health action tied to the mission, follow-ups.
  const [abroad] = ids;
  const metOn = day(now, -43);
  const relationId = crypto.randomUUID();
  tx.insert(actorRelations)
    .values({
      id: relationId,
      workspaceId: ws,
      sourceId: actor('dri'),
      targetId: actor('embassy-sn'),
      type: 'coordination',
      directed: false,
      strength: 3,
      startDate: metOn,
      endDate: null,
      notes: null,
      createdAt: now,
    })
    .run();
  tx.insert(missionContacts)
    .values({
      id: crypto.randomUUID(),
      workspaceId: ws,
      missionId: abroad!,
      actorId: actor('embassy-sn'),
      relationId,
      metOn,
      note: 'Intérêt pour un cofinancement du volet santé.',
      createdBy: user('contributor'),
      createdAt: now,
    })
    .run();
  const observed = health
    ? tx.select({ id: observedReturns.id }).from(observedReturns).where(eq(observedReturns.actionId, health)).orderBy(asc(observedReturns.observedOn)).get()
    : undefined;
  if (observed) tx.insert(missionReturns).values({ workspaceId: ws, missionId: abroad!, observedReturnId: observed.id }).run();
  tx.insert(missionFollowUps)
    .values([
      {
        id: crypto.randomUUID(),
        workspaceId: ws,
        missionId: abroad!,
        title: 'Envoyer le compte rendu du comité de pilotage à la commune',
        ownerId: user('editor'),
        dueDate: day(now, -20),
        done: true,
        createdAt: now,
      },
      {
        id: crypto.randomUUID(),
        workspaceId: ws,
        missionId: abroad!,
        title: 'Proposer aux collèges un échange avec Nioro-Kaya',
        ownerId: user('contributor'),
        dueDate: day(now, 20),
        done: false,
        createdAt: now,
      },
    ])
    .run();
  return ids;
}
