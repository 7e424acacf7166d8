import type { NotulistApi } from '../../shared/api/contract';
import type { Meeting } from '../../shared/model/meeting';

const NAME = 'Overleg portefeuillehouders sociaal domein';

/** Two actions left open in January's third item, the one a February meeting looks back on. */
export const OPEN_ACTIONS = [
  { id: 'a-verslag', who: 'Secretariaat', what: 'Verslag rondsturen', done: false },
  { id: 'a-notitie', who: 'Joke Lanphen', what: 'Notitie jeugdzorg', done: false },
];

/** January's meeting with OPEN_ACTIONS, and February's meeting after it, made through `api`. */
export async function meetingsWithOpenActions(api: NotulistApi): Promise<{ older: Meeting; current: Meeting }> {
  const older = await api.createMeeting({ name: NAME, date: '2023-01-26', domains: ['jeugd-en-onderwijs'] });
  const sections = older.sections.map((s) => ({ ...s, items: s.items.map((item, i) => (i === 2 ? { ...item, actions: OPEN_ACTIONS } : item)) }));
  await api.saveMeeting({ meeting: { ...older, sections } });
  const current = await api.createMeeting({ name: NAME, date: '2023-02-23', domains: ['jeugd-en-onderwijs'] });
  return { older, current };
}
