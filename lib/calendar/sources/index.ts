import 'server-only';
import type { CalendarSource } from '../types';
import { milestoneSource } from './milestones';
import { reviewSource } from './reviews';
import { indicatorSource } from './indicators';
import { followUpSource } from './follow-ups';
import { missionSource } from './missions';
import { reportingRoundSource } from './reporting-rounds';
import { projectCallSource } from './project-calls';

/**
 * Every producer of calendar events. A new kind of dated thing (missions, debrief due dates…) is
 * one file beside these exporting a CalendarSource, and one entry here: the calendar page, the
 * iCalendar feed, the home page's due list and the weekly digest all read this list.
 */
export const CALENDAR_SOURCES: readonly CalendarSource[] = [
  milestoneSource,
  reviewSource,
  indicatorSource,
  followUpSource,
  missionSource,
  reportingRoundSource,
  projectCallSource,
];
