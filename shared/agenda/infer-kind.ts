import type { AgendaItemKind } from '../model/meeting';

const RULES: { kind: AgendaItemKind; pattern: RegExp }[] = [
  { kind: 'agenda', pattern: /^(vaststell(en|ing) (van )?de )?agenda$|^vaststellen agenda/iu },
  { kind: 'opening', pattern: /^(opening|mededelingen|agenda en mededelingen|opening en mededelingen)(?!\p{L})/iu },
  { kind: 'minutes', pattern: /^(resum[eé]|verslag|besluitenlijst)(?!\p{L})/iu },
  { kind: 'consent', pattern: /^conformstuk(ken)?(?!\p{L})/iu },
  { kind: 'any-other-business', pattern: /^rondvraag(?!\p{L})/iu },
];

/** The kind of an agenda item from its title as secretaries write it; anything else is discussed. */
export function inferItemKind(title: string): AgendaItemKind {
  const trimmed = title.trim();
  return RULES.find((rule) => rule.pattern.test(trimmed))?.kind ?? 'discussion';
}
