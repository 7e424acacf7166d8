import fc from 'fast-check';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { METHOD_NAMES } from '../../shared/api/contract';
import type { Meeting } from '../../shared/model/meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { deepListJson, nestedList } from '../support/deep-notes';

/** Every property test runs from this seed, so a failure replays exactly. */
export const SEED = 16_2026;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A small meeting of real shape: a table of the standard agenda, notes with a nested list, attendees. */
export function sampleMeeting(): Meeting {
  const meeting = createMeeting({ name: 'Overleg portefeuillehouders sociaal domein', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, new Date('2023-02-23T09:00:00Z'));
  meeting.sections[0]!.items[0]!.notes = [{ id: 'p1', type: 'paragraph', content: [{ text: 'De agenda wordt ' }, { text: 'vastgesteld', bold: true }] }, nestedList(3, 'Punt')];
  meeting.attendees = [{ id: 'a1', name: 'Joke Lanphen', municipality: 'Blaricum', portfolios: ['Jeugd'], status: 'present' }];
  return meeting;
}

/** Where a value sits: its container and its key there; the root has none. */
type Slot = { container: Json[] | Record<string, Json>; key: string | number } | undefined;

/** Every value inside a JSON value, by its slot, the root included. */
function slotsOf(value: Json): Slot[] {
  const slots: Slot[] = [undefined];
  const pending: Json[] = [value];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node === null || typeof node !== 'object') continue;
    for (const [key, child] of Object.entries(node)) {
      slots.push({ container: node, key: Array.isArray(node) ? Number(key) : key });
      pending.push(child);
    }
  }
  return slots;
}

/** Values that break schemas in the ways files and requests break: wrong types, odd text, deep lists. */
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>('', '2023-02-30', '9999-99-99', '../../etc/passwd', '\u0000\uFFFF\uD800', '%', '{{inhoud}}', 'javascript:alert(1)', -1, 1e308, 4, 99, '__proto__'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 15, max: 200 }).map((depth) => [JSON.parse(deepListJson(depth)) as Json]),
  fc.constant([nestedList(25, 'Diep')] as unknown as Json),
  fc.constantFrom(1, 2, 3, 4).map((version) => ({ schemaVersion: version }) as Json),
);

type Mutation = { at: number; kind: 'replace' | 'delete' | 'wrap' | 'duplicate'; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'wrap', 'duplicate'),
  value: hostileValue,
});

/** `base` with one to four of its values replaced, removed, wrapped in an array or duplicated. */
export function mutated(base: Json): fc.Arbitrary<Json> {
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
    let value = JSON.parse(JSON.stringify(base)) as Json;
    for (const change of mutations) {
      // A copy: generated constants are shared between runs, and a value put inside itself would be a cycle.
      const replacement = JSON.parse(JSON.stringify(change.value)) as Json;
      const slots = slotsOf(value);
      const slot = slots[change.at % slots.length];
      if (!slot) {
        value = change.kind === 'wrap' ? [value] : replacement;
        continue;
      }
      const container = slot.container as Record<string | number, Json>;
      const current = container[slot.key]!;
      if (change.kind === 'delete') {
        if (Array.isArray(slot.container)) slot.container.splice(slot.key as number, 1);
        else delete container[slot.key];
      } else if (change.kind === 'wrap') container[slot.key] = [current];
      else if (change.kind === 'duplicate' && Array.isArray(slot.container)) slot.container.push(JSON.parse(JSON.stringify(current)) as Json);
      else container[slot.key] = replacement;
    }
    return value;
  });
}

/** The text of a damaged file: a mutated document, a cut-off one, noise, a byte-order mark. */
export function malformedText(base: Json): fc.Arbitrary<string> {
  const text = JSON.stringify(base);
  return fc.oneof(
    { weight: 5, arbitrary: mutated(base).map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: fc.nat({ max: text.length }).map((cut) => text.slice(0, cut)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.constant(`\uFEFF${text}`) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 50_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: text.length }).chain((at) => fc.string({ maxLength: 8 }).map((noise) => text.slice(0, at) + noise + text.slice(at))) },
  );
}

export interface ApiCall {
  method: string;
  args: unknown;
}

/** Valid arguments for each method, the starting points the calls are mutated from. */
export function validArgs(meeting: Meeting): Record<string, Json> {
  const { sections, ...header } = meeting;
  const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Json;
  return {
    getMeeting: { id: meeting.id },
    saveMeeting: json({ meeting }),
    saveMeetingChanges: json({ meeting: header, base: meeting.updatedAt, sectionOrder: sections.map((s) => s.id), sections: [], items: [{ sectionId: sections[0]!.id, item: sections[0]!.items[0] }] }),
    createMeeting: { name: 'PFHO', date: '2023-04-13', domains: ['werk-en-participatie'] },
    exportMeeting: { id: meeting.id, public: true },
    getPreviousMeeting: { id: meeting.id },
    setPreviousAction: { id: meeting.id, actionId: 'a1', done: true },
    savePerson: { person: { id: 'p1', name: 'Roland Boom', municipality: 'Huizen', portfolios: [], email: '' } },
    updateSettings: json({ contactPerson: 'M. Stitzinger', phrases: DEFAULT_SETTINGS.phrases.slice(0, 2), houseStyle: DEFAULT_SETTINGS.houseStyle }),
    setWordTemplate: { fileName: 'huisstijl.docx', base64: 'UEsDBA==' },
    openExport: { path: '/etc/passwd' },
  };
}

/** A call as a hostile or broken client makes it: unknown methods, any arguments, valid ones damaged. */
export function apiCall(meeting: Meeting): fc.Arbitrary<ApiCall> {
  const valid = validArgs(meeting);
  const templates = Object.entries(valid);
  return fc.oneof(
    { weight: 1, arbitrary: fc.record({ method: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('__proto__', 'constructor', 'toString')), args: fc.anything({ maxDepth: 3 }) }) },
    { weight: 2, arbitrary: fc.record({ method: fc.constantFrom(...METHOD_NAMES), args: fc.oneof(fc.anything({ maxDepth: 3 }), hostileValue) }) },
    { weight: 6, arbitrary: fc.constantFrom(...templates).chain(([method, args]) => mutated(args).map((damaged) => ({ method, args: damaged }))) },
  );
}

/** A stack trace, or a path into the source, leaking into an answer. */
export const STACK_TRACE = /\n\s+at |\bat [\w.<>]+ \(|\.ts:\d+|node:internal|file:\/\//;
