import { PersonSchema, type Person } from '../model/person';
import type { NodeValues } from './extract-nodes';
import { recordNodeEdits } from './local-edits';
import { entityNode, parseNodeId } from './node-ids';
import { liveVersions, shownVersion, type NodeState } from './node-versions';

/**
 * The people directory as nodes: one per person (`person:<id>`), its whole entry as the value.
 * Unordered: the directory is shown sorted by name, so no position keys are needed.
 */
export function extractPeopleNodes(people: readonly Person[]): NodeValues {
  const values: NodeValues = new Map();
  for (const { id, ...entry } of people) values.set(entityNode('person', id), entry);
  return values;
}

/** The directory the merged nodes describe; an entry no Notulist could have written is left out and named. */
export function rebuildPeople(state: NodeState): { people: Person[]; problems: string[] } {
  const people: Person[] = [];
  const problems: string[] = [];
  for (const [node, versions] of Object.entries(state)) {
    const parsed = parseNodeId(node);
    const shown = shownVersion(liveVersions(versions));
    if (parsed?.type !== 'entity' || parsed.kind !== 'person' || !shown) continue;
    const person = PersonSchema.safeParse({ ...(shown.value as object), id: parsed.id });
    if (person.success) people.push(person.data);
    else problems.push(`${node}: not a person entry`);
  }
  return { people: sortPeople(people), problems };
}

/** The directory's order wherever sync compares or writes it: by name, then id. */
export function sortPeople(people: readonly Person[]): Person[] {
  return [...people].sort((a, b) => a.name.localeCompare(b.name, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The directory's edits since `state` was last applied, as versions. */
export function recordPeopleEdits(state: NodeState, people: readonly Person[], device: string, at: string): { state: NodeState; edited: string[] } {
  return recordNodeEdits(state, extractPeopleNodes(rebuildPeople(state).people), extractPeopleNodes(people), device, at);
}
