import { z } from 'zod';
import { ALL_RETURN_CATEGORIES, type ReturnCategory } from '@/db/enums/external-actions';
import { RELATION_TYPES } from '@/db/enums/actors';
import { ALL_ACTOR_CATEGORIES, type ActorCategory } from '@/db/enums/actors';
import { DEFAULT_DEBRIEF_DAYS, MISSION_DIRECTIONS, MISSION_KINDS, PARTICIPANT_KINDS } from '@/db/enums/missions';
import { isCountryCode } from '@/lib/geo';
import { BudgetLineInput, optionalDate, optionalId, optionalText, requiredDate } from '@/lib/external-actions/fields';
import { listOrder, optionalParam, optionalCountry, countryParam } from '@/lib/zod-fields';

// Messages are keys under `missions.validation`, then the app-wide `validation` namespace.

const Id = z.string().min(1).max(64);

const requiredText = (min: number, max: number, message: string) => z.string({ message }).trim().min(min, { message }).max(max, { message });

const country = z
  .string({ message: 'countryCode' })
  .trim()
  .toUpperCase()
  .refine((v) => isCountryCode(v), { message: 'countryCode' });

export const ParticipantInput = z.object({
  kind: z.enum(PARTICIPANT_KINDS, { message: 'choose' }),
  userId: optionalId,
  actorId: optionalId,
  departmentId: optionalId,
  name: optionalText(120),
  role: optionalText(120),
});

export const MeetingInput = z.object({
  day: requiredDate,
  time: z
    .string()
    .trim()
    .optional()
    .nullable()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { message: 'timeFormat' }),
  actorId: optionalId,
  subject: requiredText(2, 300, 'subjectLength'),
});

export const MissionBudgetLineInput = BudgetLineInput;

export const DocumentLinkInput = z.object({
  label: requiredText(1, 160, 'documentLabelLength'),
  url: z
    .string({ message: 'urlFormat' })
    .trim()
    .max(1000, { message: 'urlFormat' })
    .refine((v) => /^https?:\/\/[^\s<>"]+$/i.test(v), { message: 'urlFormat' }),
});

const MissionFields = z.object({
  title: requiredText(2, 160, 'titleLength'),
  kind: z.enum(MISSION_KINDS, { message: 'choose' }),
  direction: z.enum(MISSION_DIRECTIONS, { message: 'choose' }),
  country,
  city: optionalText(120),
  purpose: optionalText(4000),
  startDate: requiredDate,
  endDate: requiredDate,
  partnershipId: optionalId,
  actionIds: z
    .array(Id)
    .max(50, { message: 'tooMany' })
    .default([])
    .transform((ids) => [...new Set(ids)]),
  participants: z.array(ParticipantInput).max(100, { message: 'tooMany' }).default([]),
  meetings: z.array(MeetingInput).max(200, { message: 'tooMany' }).default([]),
  budgetLines: z.array(MissionBudgetLineInput).max(50, { message: 'tooMany' }).default([]),
  documents: z.array(DocumentLinkInput).max(30, { message: 'tooMany' }).default([]),
  debriefAssigneeId: optionalId,
  debriefDays: z.preprocess(
    (v) => (v === '' || v === null || v === undefined ? DEFAULT_DEBRIEF_DAYS : Number(v)),
    z
      .number({ message: 'debriefDaysRange' })
      .int({ message: 'debriefDaysRange' })
      .min(1, { message: 'debriefDaysRange' })
      .max(180, { message: 'debriefDaysRange' }),
  ),
});

/** Cross-field rules: the return after the departure, meetings inside the stay, each participant complete. */
function refineMission(m: z.output<typeof MissionFields>, ctx: z.RefinementCtx) {
  if (m.startDate > m.endDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'endBeforeStart' });
  m.meetings.forEach((meeting, i) => {
    if (meeting.day < m.startDate || meeting.day > m.endDate) ctx.addIssue({ code: 'custom', path: ['meetings', i, 'day'], message: 'meetingOutsideMission' });
  });
  const seenUsers = new Set<string>();
  m.participants.forEach((p, i) => {
    const at = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: ['participants', i, field], message });
    if (p.kind === 'member') {
      if (!p.userId) at('userId', 'memberRequired');
      else if (seenUsers.has(p.userId)) at('userId', 'participantTwice');
      else seenUsers.add(p.userId);
    }
    if (p.kind === 'agent') {
      if (!p.name) at('name', 'nameRequired');
      if (!p.departmentId) at('departmentId', 'departmentRequired');
    }
    if (p.kind === 'elected' && !p.name) at('name', 'nameRequired');
    if (p.kind === 'actor' && !p.actorId) at('actorId', 'actorRequired');
  });
  if (m.debriefAssigneeId && !m.participants.some((p) => p.kind === 'member' && p.userId === m.debriefAssigneeId)) {
    ctx.addIssue({ code: 'custom', path: ['debriefAssigneeId'], message: 'assigneeNotParticipant' });
  }
}

/** A mission or a delegation as written in its form, with everything linked to it. */
export const MissionInput = MissionFields.superRefine(refineMission);
export type MissionInput = z.infer<typeof MissionInput>;
export type MissionFormValues = z.input<typeof MissionInput>;
export const UpdateMissionInput = MissionFields.extend({ id: Id, version: z.coerce.number().int().min(1) }).superRefine(refineMission);
export type UpdateMissionInput = z.infer<typeof UpdateMissionInput>;
export const MissionRef = z.object({ id: Id });

/** What was done and the free text; `submit` hands the debrief in (it stays editable). */
export const DebriefInput = z
  .object({
    missionId: Id,
    summary: optionalText(8000),
    notes: optionalText(20000),
    submit: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()),
  })
  .refine((d) => !d.submit || !!d.summary, { path: ['summary'], message: 'summaryRequired' });
export type DebriefInput = z.infer<typeof DebriefInput>;
export type DebriefFormValues = z.input<typeof DebriefInput>;

/**
 * A contact met: an actor of the map (`actorId`) or a new one (`name`, `category`, `country`,
 * `city`), and the relation it has with `relatedActorId` (created, or its strength updated).
 */
export const DebriefContactInput = z
  .object({
    missionId: Id,
    actorId: optionalId,
    name: optionalText(160),
    category: z
      .enum(ALL_ACTOR_CATEGORIES as [ActorCategory, ...ActorCategory[]], { message: 'choose' })
      .optional()
      .nullable()
      .or(z.literal('').transform(() => null)),
    country: optionalCountry,
    city: optionalText(120),
    relatedActorId: Id.or(z.literal('').transform(() => '')).refine((v) => v !== '', { message: 'relatedActorRequired' }),
    relationType: z.enum(RELATION_TYPES, { message: 'choose' }),
    strength: z.preprocess(
      (v) => (v === '' || v === undefined ? 3 : Number(v)),
      z.number({ message: 'strengthRange' }).int().min(1, { message: 'strengthRange' }).max(5, { message: 'strengthRange' }),
    ),
    metOn: requiredDate,
    note: optionalText(1000),
  })
  .superRefine((c, ctx) => {
    if (!c.actorId) {
      if (!c.name || c.name.length < 2) ctx.addIssue({ code: 'custom', path: ['name'], message: 'contactNameRequired' });
      if (!c.category) ctx.addIssue({ code: 'custom', path: ['category'], message: 'choose' });
    }
    if (c.actorId && c.actorId === c.relatedActorId) ctx.addIssue({ code: 'custom', path: ['relatedActorId'], message: 'relationSelf' });
  });
export type DebriefContactInput = z.infer<typeof DebriefContactInput>;
export type DebriefContactFormValues = z.input<typeof DebriefContactInput>;

/** A return observed during the mission, for one of its actions, possibly answering an expected return. */
export const DebriefReturnInput = z.object({
  missionId: Id,
  actionId: requiredText(1, 64, 'actionRequired'),
  expectedReturnId: optionalId,
  category: z.enum(ALL_RETURN_CATEGORIES as [ReturnCategory, ...ReturnCategory[]], { message: 'choose' }),
  description: requiredText(3, 1000, 'descriptionLength'),
  evidence: requiredText(3, 2000, 'evidenceLength'),
  observedOn: requiredDate,
});
export type DebriefReturnInput = z.infer<typeof DebriefReturnInput>;
export type DebriefReturnFormValues = z.input<typeof DebriefReturnInput>;

export const FollowUpInput = z.object({
  missionId: Id,
  title: requiredText(2, 300, 'followUpLength'),
  ownerId: requiredText(1, 64, 'ownerRequired'),
  dueDate: requiredDate,
});
export type FollowUpInput = z.infer<typeof FollowUpInput>;
export type FollowUpFormValues = z.input<typeof FollowUpInput>;

export const FollowUpDoneInput = z.object({ id: Id, done: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()) });

/** Removes one entry of a debrief: a contact (the actor and relation stay on the map), a return, a follow-up. */
export const DebriefEntryRef = z.object({ missionId: Id, kind: z.enum(['contact', 'return', 'followUp']), id: Id });

export const MISSION_SORTABLE = ['startDate', 'title', 'country', 'kind'] as const;

/** The missions table's filters, read from the query string; unknown values mean "no filter". */
export const MissionFilter = z.object({
  q: optionalParam(),
  kind: z.enum(MISSION_KINDS).optional().catch(undefined),
  direction: z.enum(MISSION_DIRECTIONS).optional().catch(undefined),
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  country: countryParam,
  partnership: optionalParam(64),
  /** `late`: debriefs past their due date and not handed in. */
  debrief: z.enum(['late', 'pending', 'done']).optional().catch(undefined),
  ...listOrder(MISSION_SORTABLE, { sort: 'startDate', dir: 'desc', size: 25 }),
});
export type MissionFilter = z.infer<typeof MissionFilter>;
export const MISSION_FILTER_KEYS = ['q', 'kind', 'direction', 'year', 'country', 'partnership', 'debrief'] as const;

export { optionalDate };
