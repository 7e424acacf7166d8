import { canonicalJson } from '../../../shared/sync/canonical-json';
import { parseConflictCopyName } from '../../../shared/sync/conflict-copy-names';
import { listConflicts } from '../../../shared/sync/conflicts';
import { isMeetingDeleted } from '../../../shared/sync/meeting-deletion';
import { rebuildMeeting } from '../../../shared/sync/rebuild-meeting';
import { deviceOfFileName } from '../../../electron/core/sync/exchange-paths';
import { loadMeetingState } from '../../../electron/core/sync/local-sync-state';
import { MEETING_ID, tokensIn, type World } from './scenario';

/** The device a written exchange path belongs to ('' for format.json). */
function ownerOf(entry: string): string | undefined {
  const [from] = entry.split(' -> ');
  const name = from!.split('/').at(-1)!;
  if (from === 'format.json') return '';
  const copy = parseConflictCopyName(name, (original) => deviceOfFileName(original) !== undefined);
  return deviceOfFileName(copy ? copy.original : name);
}

/** Each property that does not hold, as a line; none when the run is sound. */
export async function brokenProperties(world: World): Promise<string[]> {
  const broken: string[] = [];
  const meetings = world.devices.map((device) => device.meeting(MEETING_ID));
  const texts = meetings.map((meeting) => meeting && canonicalJson({ ...meeting, updatedAt: '' }));
  const states = await Promise.all(world.devices.map(async (device) => (await loadMeetingState(device.local, MEETING_ID)).state));
  const state = states[0]!;
  const deleted = isMeetingDeleted(state);
  if (new Set(texts).size !== 1 || (texts[0] === undefined) !== deleted) broken.push('converge: the devices hold different meetings after quiet rounds');
  if (new Set(states.map((one) => canonicalJson(one))).size !== 1) broken.push('converge: the devices hold different merged nodes');
  if (deleted) {
    // Deleted everywhere: every edit still standing was in front of a device that deleted it.
    for (const [token, device] of world.created) {
      if (!world.superseded.has(token) && !world.lostByRestore.has(token) && !world.lostByService.has(token) && !world.deletedKnowingly.has(token)) broken.push(`lost edit: ${token} typed on device ${device} went with a deletion that had not seen it`);
    }
  }

  const rebuilt = rebuildMeeting(state, MEETING_ID, '');
  const conflicts = listConflicts(state);
  const visible = JSON.stringify(rebuilt.ok ? rebuilt.meeting : {}) + JSON.stringify(conflicts);
  const present = new Set(tokensIn(visible));
  // A token the deleting device had in front of it went with her choice (to her trash), even if an edit elsewhere revived the meeting.
  for (const [token, device] of deleted ? [] : world.created) {
    if (!world.superseded.has(token) && !world.lostByRestore.has(token) && !world.lostByService.has(token) && !world.deletedKnowingly.has(token) && !present.has(token)) broken.push(`lost edit: ${token} typed on device ${device} is gone`);
  }
  for (const conflict of conflicts.filter((candidate) => candidate.kind === 'value')) {
    const editors = world.touched.get(conflict.node)?.size ?? 0;
    if (editors < 2) broken.push(`false conflict: ${conflict.node} was edited by ${editors} device(s) only`);
  }
  world.devices.forEach((device, index) => {
    const others = new Set(world.devices.filter((other) => other !== device).flatMap((other) => [...other.ids]));
    for (const entry of device.exchange.log) {
      const owner = ownerOf(entry);
      const mine = owner === '' ? index === 0 : owner !== undefined && device.ids.has(owner) && !others.has(owner);
      if (!mine) broken.push(`foreign write: device ${index} wrote ${entry}`);
    }
  });
  return broken;
}
