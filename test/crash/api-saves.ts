import type { NotulistApi } from '../../shared/api/contract';
import type { Meeting } from '../../shared/model/meeting';
import { apiItemOf, contactPersonFor, startDrive, wordsOf, type Drive } from './edits';

/** Past this many words the item starts afresh, so the notes stay the size of a real meeting's. */
const MAX_WORDS = 2000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Saves through the HTTP API as fast as the host answers: the whole meeting with one word more in
 * one item's notes, and, alongside, the settings (notulist.json) with a new contact person.
 */
export function driveApiSaves(api: NotulistApi, meetingId: string, trial: number, random: () => number): Drive {
  return startDrive(({ edits, stopped, markReady }) => {
    const saveNotes = async (meeting: Meeting): Promise<void> => {
      const item = apiItemOf(meeting);
      const words = wordsOf(item).length > MAX_WORDS ? [] : wordsOf(item);
      for (let k = 1; !stopped(); k += 1) {
        const token = `a${trial}w${k}`;
        words.push(token);
        item.notes = [{ id: 'crash-api-notes', type: 'paragraph', content: [{ text: words.join(' ') }] }];
        await api.saveMeeting({ meeting });
        edits.push({ target: 'api-notes', token, ackedAt: performance.now() });
        await sleep(random() * 20);
      }
    };
    const saveSettings = async (): Promise<void> => {
      for (let k = 1; !stopped(); k += 1) {
        await api.updateSettings({ contactPerson: contactPersonFor(trial, k) });
        edits.push({ target: 'settings', token: `t${trial}n${k}`, ackedAt: performance.now() });
        await sleep(20 + random() * 80);
      }
    };
    return api.getMeeting({ id: meetingId }).then((meeting) => {
      markReady();
      // A call cut off by the kill fails; that is the point, not an error of the harness.
      return Promise.allSettled([saveNotes(meeting), saveSettings()]);
    });
  });
}
