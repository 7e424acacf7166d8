import { describe, expect, it } from 'vitest';
import { exportResume } from '../../shared/export/export-resume';
import type { Meeting } from '../../shared/model/meeting';
import { DEFAULT_HOUSE_STYLE } from '../../shared/model/house-style-defaults';
import { HAS_PANDOC, pandoc } from './external-tools';
import { item, meeting, para, person, section } from './meeting-fixtures';

/** A meeting with everything the live view records besides the notes. */
function recordedMeeting(): Meeting {
  const opening = item('Agenda en mededelingen', para('De agenda wordt vastgesteld.'));
  const banen = {
    ...item('Banenafspraak', para('De regio licht de cijfers toe.')),
    portfolioHolders: ['Barbara Boudewijnse', ' '],
    proposals: [
      { id: 'v1', text: 'Instemmen met de regionale aanpak banenafspraak.', outcome: 'adopted' as const },
      { id: 'v2', text: 'Het budget van €40.000 beschikbaar stellen.', outcome: 'held-over' as const },
    ],
  };
  const baanTalent = {
    ...item('BaanTalent', para('De website gaat 1 maart live.')),
    proposals: [{ id: 'v3', text: 'Kennisnemen van de samenwerking BaanTalent.', outcome: 'noted' as const }],
    portfolioHolders: ['Joke Lanphen', 'Roland Boom'],
    documents: [
      { id: 'd1', title: 'Notitie samenwerking BaanTalent', link: 'https://www.regiogv.nl/stukken/baantalent.pdf' },
      { id: 'd2', title: 'Begroting 2027, concept', link: 'W:\\PFHO\\begroting.docx' },
      { id: 'd3', title: '', link: '' },
    ],
    decision: 'Het PFHO is positief over deze samenwerking en stuurt de raden een brief.',
    actions: [
      { id: 'x1', who: 'Regio', what: 'Raadsinformatiebrief BaanTalent opstellen', due: '2027-01-15', done: false },
      { id: 'x2', who: 'Huizen', what: 'Webinar voor de raden organiseren', done: true },
    ],
  };
  const rondvraag = { ...item('Rondvraag', para('Geen.')), portfolioHolders: [''], documents: [{ id: 'd4', title: ' ', link: '' }] };
  const joke = { ...person('Joke Lanphen', 'present', 'Blaricum'), fromItemId: baanTalent.id };
  const flip = { ...person('Flip de Groot', 'present', 'Laren'), untilItemId: banen.id };
  const raadslid = { ...person('een raadslid uit Blaricum', 'present'), capacity: 'toehoorder' };
  return meeting({
    attendees: [joke, flip, person('Marcel Moes', 'guest', '', ['Stolwijk Publiek Advies']), raadslid, person('Roland Boom', 'absent', 'Huizen', ['Onderwijs'])],
    sections: [{ ...section('Werk en Participatie', opening, banen, baanTalent, rondvraag), chair: 'Gerben van Voorden' }],
  });
}

/** pandoc's HTML of the resumé, cut into the part before the first item and one part per item heading. */
async function readBack(m: Meeting, houseStyle = DEFAULT_HOUSE_STYLE): Promise<Map<string, string>> {
  const html = (await pandoc((await exportResume(m, houseStyle, { public: false })).bytes, 'html')).replace(/&nbsp;|\u00a0/g, ' ').replace(/&amp;/g, '&');
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
    const houseStyle = { ...DEFAULT_HOUSE_STYLE, showItemActions: false, showActionList: false };
    const html = await pandoc((await exportResume(recordedMeeting(), houseStyle, { public: false })).bytes, 'html');
    expect(html).not.toContain('Raadsinformatiebrief');
    expect(html).not.toContain('ACTIELIJST');
    expect(html).toContain('Het PFHO is positief over deze samenwerking');
  });

  it('numbers the item headings when the house style says so, across the meeting or per domain table', async () => {
    const m = recordedMeeting();
    const twoTables = { ...m, sections: [...m.sections, section('Jeugd en Onderwijs', item('Jeugdhulp met verblijf'))] };
    const headings = async (numbering: 'meeting' | 'section') => {
      const houseStyle = { ...DEFAULT_HOUSE_STYLE, numberHeadings: true, agendaNumbering: numbering };
      const html = await pandoc((await exportResume(twoTables, houseStyle, { public: false })).bytes, 'html');
      return [...html.matchAll(/<h2[^>]*>([^<]*)</g)].map((match) => match[1]);
    };
    expect(await headings('meeting')).toEqual(['1. Agenda en mededelingen', '2. Banenafspraak', '3. BaanTalent', '4. Rondvraag', '5. Jeugdhulp met verblijf']);
    expect((await headings('section')).at(-1)).toBe('1. Jeugdhulp met verblijf');
  });

  it('writes the chair of a domain table under its heading, before its first item', async () => {
    const table = (await readBack(recordedMeeting())).get('WERK EN PARTICIPATIE')!;
    expect(table).toContain('<strong>Voorzitter:</strong> Gerben van Voorden');
  });

  it('writes each item\'s portfolio holders and documents under its heading, before its notes, a web link clickable', async () => {
    const parts = await readBack(recordedMeeting());
    const banen = parts.get('Banenafspraak')!;
    expect(banen).toContain('<strong>Portefeuillehouder:</strong> Barbara Boudewijnse</p>');
    expect(banen.indexOf('Portefeuillehouder:')).toBeLessThan(banen.indexOf('De regio licht de cijfers toe.'));

    const baanTalent = parts.get('BaanTalent')!;
    expect(baanTalent).toContain('<strong>Portefeuillehouders:</strong> Joke Lanphen, Roland Boom');
    expect(baanTalent).toContain(
      '<strong>Documenten:</strong> <a href="https://www.regiogv.nl/stukken/baantalent.pdf">Notitie samenwerking BaanTalent</a>; Begroting 2027, concept (W:\\PFHO\\begroting.docx)</p>',
    );
    expect(baanTalent.indexOf('Documenten:')).toBeLessThan(baanTalent.indexOf('De website gaat 1 maart live.'));
    for (const [title, part] of parts) if (title !== 'BaanTalent') expect(part, title).not.toContain('Notitie samenwerking');
  });

  it('writes nothing for a chair, portfolio holder or document left empty', async () => {
    const m = recordedMeeting();
    const unchaired = { ...m, sections: m.sections.map((s) => ({ ...s, chair: '  ' })) };
    const parts = await readBack(unchaired);
    expect(parts.get('WERK EN PARTICIPATIE')).not.toContain('Voorzitter');
    for (const title of ['Agenda en mededelingen', 'Rondvraag']) {
      expect(parts.get(title), title).not.toContain('Portefeuillehouder');
      expect(parts.get(title), title).not.toContain('Documenten');
    }
  });

  it('leaves the chair, portfolio holders and documents out when the house style switches them off, and words them as it says', async () => {
    const off = await readBack(recordedMeeting(), { ...DEFAULT_HOUSE_STYLE, showChair: false, showPortfolioHolders: false, showDocuments: false });
    const text = [...off.values()].join('');
    for (const gone of ['Voorzitter', 'Gerben van Voorden', 'Portefeuillehouder', 'Documenten', 'Notitie samenwerking BaanTalent']) expect(text).not.toContain(gone);
    expect(text).toContain('De website gaat 1 maart live.');

    const detailLabels = { chair: 'Voorzitter domeintafel', portfolioHolder: 'Pfh.', portfolioHolders: 'Pfh\u2019s', documents: 'Stukken' };
    const worded = await readBack(recordedMeeting(), { ...DEFAULT_HOUSE_STYLE, detailLabels });
    expect(worded.get('WERK EN PARTICIPATIE')).toContain('<strong>Voorzitter domeintafel:</strong> Gerben van Voorden');
    expect(worded.get('Banenafspraak')).toContain('<strong>Pfh.:</strong> Barbara Boudewijnse');
    expect(worded.get('BaanTalent')).toContain('<strong>Pfh\u2019s:</strong> Joke Lanphen');
    expect(worded.get('BaanTalent')).toContain('<strong>Stukken:</strong>');
  });
});
