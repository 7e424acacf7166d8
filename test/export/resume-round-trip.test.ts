import { describe, expect, it } from 'vitest';
import { exportResume } from '../../shared/export/export-resume';
import type { Meeting } from '../../shared/model/meeting';
import { DEFAULT_TEMPLATE } from '../../shared/model/template-settings';
import { HAS_PANDOC, pandoc } from './external-tools';
import { item, meeting, para, person, section } from './meeting-fixtures';

/** A meeting with everything the live view records besides the notes. */
function recordedMeeting(): Meeting {
  const opening = item('Agenda en mededelingen', para('De agenda wordt vastgesteld.'));
  const banen = {
    ...item('Banenafspraak', para('De regio licht de cijfers toe.')),
    proposals: [
      { id: 'v1', text: 'Instemmen met de regionale aanpak banenafspraak.', outcome: 'adopted' as const },
      { id: 'v2', text: 'Het budget van €40.000 beschikbaar stellen.', outcome: 'held-over' as const },
    ],
  };
  const baanTalent = {
    ...item('BaanTalent', para('De website gaat 1 maart live.')),
    proposals: [{ id: 'v3', text: 'Kennisnemen van de samenwerking BaanTalent.', outcome: 'noted' as const }],
    decision: 'Het PFHO is positief over deze samenwerking en stuurt de raden een brief.',
    actions: [
      { id: 'x1', who: 'Regio', what: 'Raadsinformatiebrief BaanTalent opstellen', due: '2027-01-15', done: false },
      { id: 'x2', who: 'Huizen', what: 'Webinar voor de raden organiseren', done: true },
    ],
  };
  const rondvraag = item('Rondvraag', para('Geen.'));
  const joke = { ...person('Joke Lanphen', 'present', 'Blaricum'), fromItemId: baanTalent.id };
  const flip = { ...person('Flip de Groot', 'present', 'Laren'), untilItemId: banen.id };
  const raadslid = { ...person('een raadslid uit Blaricum', 'present'), capacity: 'toehoorder' };
  return meeting({
    attendees: [joke, flip, person('Marcel Moes', 'guest', '', ['Stolwijk Publiek Advies']), raadslid, person('Roland Boom', 'absent', 'Huizen', ['Onderwijs'])],
    sections: [section('Werk en Participatie', opening, banen, baanTalent, rondvraag)],
  });
}

/** pandoc's HTML of the resumé, cut into the part before the first item and one part per item heading. */
async function readBack(m: Meeting): Promise<Map<string, string>> {
  const html = (await pandoc((await exportResume(m, DEFAULT_TEMPLATE, { public: false })).bytes, 'html')).replace(/&nbsp;|\u00a0/g, ' ').replace(/&amp;/g, '&');
  const parts = new Map<string, string>();
  // Headings of tables and items carry an id; the document title (class="title") does not.
  const [before, ...items] = html.split(/<h[12] id="[^"]*">/);
  parts.set('', before!);
  for (const part of items) parts.set(part.slice(0, part.indexOf('<')).trim(), part);
  return parts;
}

describe.skipIf(!HAS_PANDOC)('what the meeting recorded, read back from the resumé by pandoc', () => {
  it('puts each item\'s proposals, decision and actions under that item, after its notes', async () => {
    const parts = await readBack(recordedMeeting());
    const banen = parts.get('Banenafspraak')!;
    expect(banen).toContain('Voorstel 1. Instemmen met de regionale aanpak banenafspraak.');
    expect(banen).toContain('Voorstel 2. Het budget van €40.000 beschikbaar stellen.');
    // No decision written: derived from the outcomes.
    expect(banen).toContain('Het portefeuillehoudersoverleg stelt voorstel 1 vast. Voorstel 2 wordt aangehouden.');
    expect(banen.indexOf('De regio licht de cijfers toe.')).toBeLessThan(banen.indexOf('Voorstel 1.'));
    expect(banen.indexOf('Voorstel 2.')).toBeLessThan(banen.indexOf('Het portefeuillehoudersoverleg stelt'));

    const baanTalent = parts.get('BaanTalent')!;
    expect(baanTalent).toContain('Voorstel 1. Kennisnemen van de samenwerking BaanTalent.');
    expect(baanTalent).toContain('Het PFHO is positief over deze samenwerking en stuurt de raden een brief.');
    expect(baanTalent).not.toContain('neemt kennis van');
    expect(baanTalent).toMatch(/Actie:.*Raadsinformatiebrief BaanTalent opstellen \(Regio, uiterlijk 15 januari 2027\)/);
    expect(baanTalent).toMatch(/Actie:.*Webinar voor de raden organiseren \(Huizen, afgerond\)/);
    for (const [title, part] of parts) if (title !== 'BaanTalent' && title !== 'ACTIELIJST') expect(part, title).not.toContain('Raadsinformatiebrief');
    expect(parts.get('Rondvraag')).not.toContain('Voorstel');
  });

  it('lists the open actions as an Actielijst at the end, with their agenda item', async () => {
    const parts = await readBack(recordedMeeting());
    expect([...parts.keys()].at(-1)).toBe('ACTIELIJST');
    const list = parts.get('ACTIELIJST')!;
    for (const text of ['Agendapunt', 'Wie', 'Uiterlijk', '3. BaanTalent', 'Raadsinformatiebrief BaanTalent opstellen', 'Regio', '15 januari 2027']) expect(list).toContain(text);
    expect(list, 'a done action is not open').not.toContain('Webinar');
  });

  it('names the guest as guest, the late arrival and early departure by agenda number, and an attendee by role', async () => {
    const general = (await readBack(recordedMeeting())).get('')!;
    expect(general).toContain('Joke Lanphen (Blaricum) (vanaf agendapunt 3)');
    expect(general).toContain('Flip de Groot (Laren) (tot agendapunt 2)');
    expect(general).toContain('Marcel Moes (Stolwijk Publiek Advies, gast)');
    expect(general).toContain('een raadslid uit Blaricum (toehoorder)');
    expect(general).toContain('Roland Boom (Huizen, Onderwijs)');
  });

  it('leaves actions and the Actielijst out when the house style switches them off', async () => {
    const template = { ...DEFAULT_TEMPLATE, showItemActions: false, showActionList: false };
    const html = await pandoc((await exportResume(recordedMeeting(), template, { public: false })).bytes, 'html');
    expect(html).not.toContain('Raadsinformatiebrief');
    expect(html).not.toContain('ACTIELIJST');
    expect(html).toContain('Het PFHO is positief over deze samenwerking');
  });

  it('numbers the item headings when the house style says so, across the meeting or per domain table', async () => {
    const m = recordedMeeting();
    const twoTables = { ...m, sections: [...m.sections, section('Jeugd en Onderwijs', item('Jeugdhulp met verblijf'))] };
    const headings = async (numbering: 'meeting' | 'section') => {
      const template = { ...DEFAULT_TEMPLATE, numberHeadings: true, agendaNumbering: numbering };
      const html = await pandoc((await exportResume(twoTables, template, { public: false })).bytes, 'html');
      return [...html.matchAll(/<h2[^>]*>([^<]*)</g)].map((match) => match[1]);
    };
    expect(await headings('meeting')).toEqual(['1. Agenda en mededelingen', '2. Banenafspraak', '3. BaanTalent', '4. Rondvraag', '5. Jeugdhulp met verblijf']);
    expect((await headings('section')).at(-1)).toBe('1. Jeugdhulp met verblijf');
  });
});
