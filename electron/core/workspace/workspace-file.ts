import { z } from 'zod';
import { describeIssues } from '../../../shared/api/errors';
import { MeetingSummarySchema } from '../../../shared/model/meeting';
import { PersonSchema } from '../../../shared/model/person';
import { DEFAULT_SETTINGS, FORMER_SETTINGS_KEYS, SettingsSchema, StoredSettingsSchema, withCurrentSettingsKeys } from '../../../shared/model/settings';

/** The format of notulist.json this Notulist writes; a higher one is from a newer Notulist. */
export const WORKSPACE_FORMAT = 1;

/** notulist.json: settings, the people directory and the meeting index. */
export const WorkspaceFileSchema = z.object({
  version: z.literal(WORKSPACE_FORMAT),
  settings: StoredSettingsSchema,
  people: z.array(PersonSchema).default([]),
  meetings: z.array(MeetingSummarySchema).default([]),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFileSchema>;

export function emptyWorkspace(): WorkspaceFile {
  return { version: WORKSPACE_FORMAT, settings: { ...DEFAULT_SETTINGS }, people: [], meetings: [] };
}

/** How a parsed file is to be taken; see DurableJsonAdapter. */
export type Interpretation<T> =
  | { kind: 'ok'; data: T }
  /** Written by a newer program: used as far as understood, never written over. */
  | { kind: 'newer'; data: T; reason: string }
  /** Parts had to be reset: a copy of the file is kept, with the problems as the reason. */
  | { kind: 'repaired'; data: T; problems: string[] }
  | { kind: 'invalid'; problems: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields of `raw` that `schema` accepts, field by field, recursing into nested objects; every
 * field present but refused is named in `problems`. Missing fields are left to the defaults.
 */
function validFields(schema: z.ZodObject, raw: Record<string, unknown>, path: string, problems: string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    if (!(key in raw)) continue;
    const value = raw[key];
    if (field instanceof z.ZodObject && isRecord(value)) {
      kept[key] = validFields(field, value, `${path}${key}.`, problems);
      continue;
    }
    const parsed = field.safeParse(value);
    if (parsed.success) kept[key] = value;
    else problems.push(`${path}${key}: ${describeIssues(parsed.error).join('; ')}`);
  }
  return kept;
}

function validElements<T>(schema: z.ZodType<T>, raw: unknown, name: string, problems: string[]): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(`${name}: not a list`);
    return [];
  }
  return raw.flatMap((element, index) => {
    const parsed = schema.safeParse(element);
    if (parsed.success) return [parsed.data];
    problems.push(`${name}.${index}: ${describeIssues(parsed.error).join('; ')}`);
    return [];
  });
}

/** The valid settings fields; a problem in a field stored under its former key is named by that key, as the file has it. */
function validSettingsFields(stored: Record<string, unknown>, problems: string[]): Record<string, unknown> {
  const found: string[] = [];
  const kept = validFields(SettingsSchema, withCurrentSettingsKeys(stored), 'settings.', found);
  const former = Object.entries(FORMER_SETTINGS_KEYS).filter(([key, now]) => key in stored && !(now in stored));
  const asStored = (problem: string) => former.reduce((text, [key, now]) => (text.startsWith(`settings.${now}`) ? `settings.${key}${text.slice(`settings.${now}`.length)}` : text), problem);
  problems.push(...found.map(asStored));
  return kept;
}

/** Settings, people and meetings kept wherever they are valid, the rest reset to defaults. */
function salvage(raw: Record<string, unknown>, problems: string[]): WorkspaceFile {
  let settingsRaw: Record<string, unknown> = {};
  if (isRecord(raw.settings)) settingsRaw = validSettingsFields(raw.settings, problems);
  else if (raw.settings !== undefined) problems.push('settings: not an object');
  const settings = StoredSettingsSchema.safeParse(settingsRaw);
  if (!settings.success) problems.push(...describeIssues(settings.error).map((issue) => `settings.${issue}`));
  return {
    version: WORKSPACE_FORMAT,
    settings: settings.success ? settings.data : { ...DEFAULT_SETTINGS },
    people: validElements(PersonSchema, raw.people, 'people', problems),
    meetings: validElements(MeetingSummarySchema, raw.meetings, 'meetings', problems),
  };
}

/**
 * What to make of a parsed notulist.json. Nothing is reset silently: a wrong value is reset
 * with its problem named (the file itself is kept aside), a newer format is refused.
 */
export function interpretWorkspaceFile(raw: unknown): Interpretation<WorkspaceFile> {
  if (!isRecord(raw)) return { kind: 'invalid', problems: ['the file does not hold an object'] };
  if (typeof raw.version === 'number' && raw.version > WORKSPACE_FORMAT) {
    const reason = `notulist.json has format ${raw.version}, newer than this Notulist understands (${WORKSPACE_FORMAT}); update Notulist`;
    return { kind: 'newer', data: salvage(raw, []), reason };
  }
  if (raw.version !== WORKSPACE_FORMAT) return { kind: 'invalid', problems: [`version: expected ${WORKSPACE_FORMAT}, found ${JSON.stringify(raw.version)}`] };
  const problems: string[] = [];
  const data = salvage(raw, problems);
  return problems.length === 0 ? { kind: 'ok', data } : { kind: 'repaired', data, problems };
}
