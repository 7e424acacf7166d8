import type { HouseStyle } from '../model/house-style';
import { DEFAULT_HOUSE_STYLE } from '../model/house-style-defaults';

/**
 * The Dutch words of the resumé document itself (not of the app's UI). Those a region may
 * reword (e.g. "Afwezig met kennisgeving") come from its house style (houseStyleWords); the
 * rest are fixed here.
 */
export interface ResumeLabels {
  /** The document title, in capitals with the accent, as the house style writes it. */
  title: string;
  /** What the file's properties call the document (Word's File > Info, search, SharePoint). */
  documentKind: string;
  /** Header row of the general table: left and right column. */
  general: string;
  description: string;
  present: string;
  absent: string;
  contactPerson: string;
  email: string;
  confidential: string;
  reference: string;
  yes: string;
  no: string;
  /** After a guest's name: "Marcel Moes (gast)". */
  guest: string;
  /** A late arrival and an early departure; {nummer} is the agenda number. */
  fromItem: string;
  untilItem: string;
  /** The recorded start and end after the meeting's date: "aanvang 14:00, einde 16:10". */
  started: string;
  ended: string;
  /** Before each proposal of an item; {nummer} is its number: "Voorstel 1." */
  proposal: string;
  /** Who decides, in a decision derived from the proposals' outcomes. */
  decisionSubject: string;
  /** An action under its item: "Actie: …", with "uiterlijk <date>" and "afgerond". */
  action: string;
  due: string;
  done: string;
  /** The list of open actions at the end, and its columns. */
  actionList: string;
  actionItem: string;
  actionWhat: string;
  actionWho: string;
  actionDue: string;
  /** Under a domain table's heading: "Voorzitter: …"; under an item's: its portfolio holders and documents. */
  chair: string;
  portfolioHolder: string;
  portfolioHolders: string;
  documents: string;
  /** In the header of every page of the confidential version. */
  confidentialMarking: string;
  /** The footer; {pagina} and {paginas} are Word's page fields. */
  footer: string;
}

/** The words a house style sets: the Algemeen table's, the heading details', who decides, the footer. */
export function houseStyleWords(houseStyle: Pick<HouseStyle, 'tableLabels' | 'detailLabels' | 'decisionSubject' | 'footerText'>) {
  return { ...houseStyle.tableLabels, ...houseStyle.detailLabels, decisionSubject: houseStyle.decisionSubject, footer: houseStyle.footerText } satisfies Partial<ResumeLabels>;
}

export const RESUME_LABELS: Readonly<ResumeLabels> = Object.freeze({
  title: 'RESUMÉ',
  documentKind: 'Resumé',
  yes: 'Ja',
  no: 'Nee',
  started: 'aanvang',
  ended: 'einde',
  proposal: 'Voorstel {nummer}.',
  action: 'Actie',
  due: 'uiterlijk',
  done: 'afgerond',
  actionList: 'Actielijst',
  actionItem: 'Agendapunt',
  actionWhat: 'Actie',
  actionWho: 'Wie',
  actionDue: 'Uiterlijk',
  confidentialMarking: 'Vertrouwelijk',
  ...houseStyleWords(DEFAULT_HOUSE_STYLE),
});
