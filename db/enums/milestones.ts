/** The kinds of dated step an external action goes through (issue 19, point 3). */
export const MILESTONE_KINDS = ['agreement_signed', 'mission', 'instalment_received', 'report_due', 'report_filed', 'other'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** A milestone's state: done when a day of completion is recorded, late when its day has passed without one, planned otherwise. */
export const MILESTONE_STATUSES = ['planned', 'done', 'late'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
