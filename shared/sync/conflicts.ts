import type { Inline } from '../model/rich-text';
import { parseNodeId } from './node-ids';
import { distinctLiveVersions, newVersion, type NodeState, type NodeVersion, type NodeVersions } from './node-versions';
import type { Conflict, Resolution } from './sync-schemas';

export const versionName = (version: NodeVersion): string => `${version.dot[0]}:${version.dot[1]}`;

/** Every node with more than one distinct live value: concurrent edits, all kept. */
export function listConflicts(state: NodeState): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const node in state) {
    const versions = state[node]!;
    // Most nodes hold one version: passed over without building anything for them.
    if (versions.length < 2) continue;
    const distinct = distinctLiveVersions(versions);
    if (distinct.length < 2) continue;
    const parsed = parseNodeId(node);
    conflicts.push({
      node,
      entity: parsed && parsed.type !== 'meeting-field' ? parsed.entity : 'meeting',
      kind: parsed?.type === 'position' ? 'position' : 'value',
      versions: distinct.map((version) => ({ version: versionName(version), device: version.dot[0], at: version.at, value: version.value })),
    });
  }
  return conflicts.sort((a, b) => (a.node < b.node ? -1 : 1));
}

const isValueConflict = (node: string, versions: NodeVersions | undefined): boolean =>
  versions !== undefined && versions.length > 1 && distinctLiveVersions(versions).length > 1 && parseNodeId(node)?.type !== 'position';

/** Value conflicts counted per state; states are never changed in place. */
const valueConflictCounts = new WeakMap<NodeState, number>();

/**
 * How many value conflicts `state` holds: from `base`'s count when it is known and `changed`
 * names every node in which the two differ (a round's edits and merged nodes), else counted.
 */
export function countValueConflicts(state: NodeState, base?: NodeState, changed?: Iterable<string>): number {
  let count = valueConflictCounts.get(state);
  if (count !== undefined) return count;
  const known = base && valueConflictCounts.get(base);
  if (known !== undefined && changed) {
    count = known;
    for (const node of new Set(changed)) count += Number(isValueConflict(node, state[node])) - Number(isValueConflict(node, base![node]));
  } else count = listConflicts(state).filter((conflict) => conflict.kind === 'value').length;
  valueConflictCounts.set(state, count);
  return count;
}

type TextBlockValue = { type: 'paragraph' | 'heading'; content: Inline[] };

const isTextBlock = (value: unknown): value is TextBlockValue =>
  typeof value === 'object' && value !== null && ['paragraph', 'heading'].includes((value as { type?: unknown }).type as string) && Array.isArray((value as { content?: unknown }).content);

/** Both texts, the shown one first, a line break between: nothing dropped, nothing interleaved. */
export function combineValues(values: readonly unknown[]): unknown {
  if (values.every((value) => typeof value === 'string')) return values.join('\n');
  if (values.every(isTextBlock)) {
    const [first] = values;
    const content = values.flatMap((value, index) => (index === 0 ? value.content : [{ text: '\n' }, ...value.content]));
    return { ...first, content };
  }
  return undefined;
}

export class ResolutionError extends Error {}

/**
 * Ends a conflict with one new version by `device` that has seen all the node's versions:
 * "Kies" takes one version's value, "Combineer" joins the texts (text blocks and text fields).
 */
export function resolveConflict(state: NodeState, node: string, resolution: Resolution, device: string, at: string): NodeState {
  const versions = state[node];
  if (!versions || distinctLiveVersions(versions).length < 2) throw new ResolutionError(`${node} has no conflict`);
  const live = distinctLiveVersions(versions);
  let value: unknown;
  if ('choose' in resolution) {
    const chosen = live.find((version) => versionName(version) === resolution.choose);
    if (!chosen) throw new ResolutionError(`${node} has no version ${resolution.choose}`);
    value = chosen.value;
  } else {
    value = combineValues(live.map((version) => version.value));
    if (value === undefined) throw new ResolutionError(`${node} holds no text to combine; choose a version`);
  }
  return { ...state, [node]: [newVersion(versions, versions, device, at, value)] };
}
