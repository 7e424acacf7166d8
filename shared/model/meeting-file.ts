import { describeIssues } from '../api/errors';
import type { z } from 'zod';
import { IMPOSSIBLE_DATE } from './agenda-details';
import { JSON_DEPTH_MESSAGE, jsonDepthWithin, meetingLimitProblems } from './limits';
import { MEETING_SCHEMA_VERSION, MeetingSchema, MeetingSummarySchema, type Meeting, type MeetingSummary } from './meeting';

export type MeetingFileResult =
  | { ok: true; meeting: Meeting }
  | { ok: false; kind: 'syntax' | 'schema' | 'newer-version'; problems: string[] }
  /** Sound but for dates that do not exist (2023-02-30): kept as it is and listed, not quarantined. */
  | { ok: false; kind: 'impossible-date'; problems: string[]; summary: MeetingSummary; dates: string[] };

/**
 * Upgrades a parsed file of an older schema version one step at a time; each step returns the
 * next version. Fields a step adds with a default are filled by the schema itself.
 */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  1: (raw) => ({ ...raw, schemaVersion: 2 }),
  // Version 3 only adds fields, each with a default the schema fills.
  2: (raw) => ({ ...raw, schemaVersion: 3 }),
};

/** Reads a meeting file's text: the single place that decides whether a file is a valid meeting. */
export function parseMeetingFile(text: string): MeetingFileResult {
  if (!jsonDepthWithin(text)) return { ok: false, kind: 'schema', problems: [JSON_DEPTH_MESSAGE] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'syntax', problems: [describeSyntaxError(text, error)] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, kind: 'schema', problems: ['the file does not hold a meeting object'] };
  }
  let record = raw as Record<string, unknown>;
  let version = record.schemaVersion;
  if (typeof version === 'number' && version > MEETING_SCHEMA_VERSION) {
    return {
      ok: false,
      kind: 'newer-version',
      problems: [`schemaVersion ${version} is newer than this Notulist understands (${MEETING_SCHEMA_VERSION}); update Notulist`],
    };
  }
  while (typeof version === 'number' && version < MEETING_SCHEMA_VERSION && MIGRATIONS[version]) {
    record = MIGRATIONS[version]!(record);
    version = record.schemaVersion;
  }
  const parsed = MeetingSchema.safeParse(record);
  if (!parsed.success) return impossibleDatesOnly(record, parsed.error) ?? { ok: false, kind: 'schema', problems: describeIssues(parsed.error) };
  const overLimits = meetingLimitProblems(parsed.data);
  if (overLimits.length > 0) return { ok: false, kind: 'schema', problems: overLimits.map((problem) => problem.message) };
  return { ok: true, meeting: parsed.data };
}

/** The file's list entry when every problem is a date that does not exist. */
function impossibleDatesOnly(record: Record<string, unknown>, error: z.ZodError): MeetingFileResult | undefined {
  const isImpossibleDate = (issue: z.core.$ZodIssue) => issue.code === 'custom' && issue.params?.reason === IMPOSSIBLE_DATE;
  if (!error.issues.every(isImpossibleDate)) return undefined;
  const summary = MeetingSummarySchema.safeParse(record);
  if (!summary.success) return undefined;
  const dates = error.issues.map((issue) => String(issue.path.reduce<unknown>((at, key) => (at as Record<PropertyKey, unknown>)?.[key], record)));
  return { ok: false, kind: 'impossible-date', problems: describeIssues(error), summary: summary.data, dates };
}

/** JSON.parse's message with the position turned into a line and column a person can find. */
function describeSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return `not valid JSON: ${message}`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
}
