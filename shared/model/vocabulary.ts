// The model's fixed word lists, free of zod: the renderer offers them in menus without loading
// the schemas (keeping zod out of its bundle shortens start-up; see npm run bench).

/**
 * Bumped whenever the meeting file gains or changes fields; older files are migrated on read
 * (meeting-file.ts), and an older Notulist refuses a newer file instead of dropping what it does
 * not know when it saves. 2: item details (status, proposals, decision, actions, …) and
 * confidentiality of sections and items. 3: the structured record reaches the resumé (attendance
 * roles, agenda numbering) and time as a record (start and end of the meeting and its items).
 */
export const MEETING_SCHEMA_VERSION = 3;

export const AGENDA_ITEM_KINDS = ['opening', 'agenda', 'minutes', 'consent', 'discussion', 'any-other-business', 'other'] as const;

export const ATTENDANCE_STATUSES = ['present', 'absent', 'guest'] as const;

/** Where an item stands during the meeting (overzicht: open, bezig, afgerond, doorgeschoven, aangehouden). */
export const ITEM_STATUSES = ['open', 'in-progress', 'done', 'postponed', 'held-over'] as const;

export const PROPOSAL_OUTCOMES = ['pending', 'adopted', 'adopted-with-change', 'rejected', 'noted', 'postponed', 'held-over'] as const;
