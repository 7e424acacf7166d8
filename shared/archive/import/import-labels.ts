import { RESUME_LABELS } from '../../export/resume-labels';

/**
 * The Dutch words the importer recognises in a resumé: the house style's own (RESUME_LABELS,
 * what Notulist's export writes) and the variants secretaries type in Word by hand.
 */
export const IMPORT_LABELS = {
  titles: [RESUME_LABELS.title, 'resume', 'resumé', 'verslag', 'notulen', 'besluitenlijst'],
  general: RESUME_LABELS.general,
  present: [RESUME_LABELS.present, 'aanwezigen'],
  absent: [RESUME_LABELS.absent, 'afwezigen', 'afwezig met kennisgeving', 'afwezig m.k.'],
  contactPerson: [RESUME_LABELS.contactPerson, 'contact'],
  email: [RESUME_LABELS.email, 'email', 'e-mailadres'],
  confidential: [RESUME_LABELS.confidential],
  reference: [RESUME_LABELS.reference, 'ons kenmerk'],
  yes: RESUME_LABELS.yes,
  guest: RESUME_LABELS.guest,
  chair: RESUME_LABELS.chair,
  portfolioHolder: [RESUME_LABELS.portfolioHolder, RESUME_LABELS.portfolioHolders],
  documents: RESUME_LABELS.documents,
  action: RESUME_LABELS.action,
  actionList: RESUME_LABELS.actionList,
  due: RESUME_LABELS.due,
  done: RESUME_LABELS.done,
  decision: ['besluit', 'besluiten', 'conclusie'],
  /** The item that holds what stood outside every recognised item, so nothing is dropped. */
  unplaced: 'Overige tekst uit het document',
} as const;

/** Whether `text` is one of the labels, ignoring case, a trailing colon and spaces. */
export function isLabel(text: string, labels: string | readonly string[]): boolean {
  const key = text.replace(/[:\s]+$/u, '').trim().toLocaleLowerCase('nl-NL');
  return (typeof labels === 'string' ? [labels] : labels).some((label) => label.toLocaleLowerCase('nl-NL') === key);
}
