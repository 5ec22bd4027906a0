import 'server-only';
import { z } from 'zod';
import { MISSION_DIRECTIONS, MISSION_KINDS } from '@/db/enums/missions';
import { listMissions } from '@/lib/missions/queries';
import { todayIso } from '@/lib/missions/dates';
import { Country, define, Pagination, type ApiEndpoint } from './define';
import { pickFields } from '@/lib/pick-fields';

const MISSION_STATUSES = ['upcoming', 'ongoing', 'past'] as const;

const MissionItem = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(MISSION_KINDS),
  direction: z.enum(MISSION_DIRECTIONS).describe('abroad: the delegation goes; received: it comes from the country.'),
  country: z.string().describe('ISO 3166-1 alpha-2: where it goes, or where the delegation comes from.'),
  city: z.string().nullable(),
  startDate: z.string().describe('YYYY-MM-DD.'),
  endDate: z.string().describe('YYYY-MM-DD.'),
  status: z.enum(MISSION_STATUSES).describe('From the dates and today (UTC day).'),
  debrief: z.enum(['done', 'pending', 'late']).describe('The debrief: handed in, not yet due, or past its due date.'),
  participantCount: z.number().int().describe('How many took part (never who).'),
});

/**
 * The missions (lib/missions), read through the missions table's query: dates, place, kind and
 * status. No personal data: not the participants, not who writes the debrief, not its text.
 */
export const MISSION_ENDPOINTS: ApiEndpoint[] = [
  define({
    resource: 'missions',
    summary: 'Missions abroad and delegations received: dates, place, kind and status (no participant’s personal data).',
    query: z.object({
      ...Pagination,
      kind: z.enum(MISSION_KINDS).optional(),
      direction: z.enum(MISSION_DIRECTIONS).optional(),
      country: Country.optional(),
      year: z.coerce.number().int().min(1990).max(2100).optional().describe('Missions touching this year.'),
    }),
    item: MissionItem,
    list: (tx, ctx, q) => {
      const today = todayIso();
      const { rows, total } = listMissions(
        tx,
        ctx,
        { kind: q.kind, direction: q.direction, country: q.country, year: q.year, sort: 'startDate', dir: 'asc', page: q.page, size: q.limit } as never,
        today,
      );
      return {
        total,
        items: rows.map((m) => ({
          ...pickFields(m, ['id', 'title', 'kind', 'direction', 'country', 'city', 'startDate', 'endDate']),
          status: m.startDate > today ? ('upcoming' as const) : m.endDate < today ? ('past' as const) : ('ongoing' as const),
          debrief: m.debriefSubmittedAt ? ('done' as const) : m.late ? ('late' as const) : ('pending' as const),
          participantCount: Number(m.participantCount),
        })),
      };
    },
  }),
];
