import type { Proposal, ProposalOutcome } from '../model/agenda-details';

/** "1", "1 en 2", "1, 2 en 3": proposal numbers as a Dutch sentence lists them. */
export function dutchList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

/** Outcomes in the order the decision names them: what was decided first, what was not after. */
const ORDER: readonly Exclude<ProposalOutcome, 'pending'>[] = ['adopted', 'adopted-with-change', 'noted', 'rejected', 'held-over', 'postponed'];

/**
 * The decision text for an item whose secretary wrote none, from the outcomes of its proposals,
 * in the region's words: "Het portefeuillehoudersoverleg stelt voorstel 1 en 2 vast. Voorstel 3
 * wordt aangehouden." A single proposal is "het voorstel". Proposals without an outcome yet are
 * left out; with no outcome at all the result is empty.
 */
export function derivedDecision(proposals: readonly Proposal[], subject: string): string {
  const single = proposals.length === 1;
  const sentences: string[] = [];
  for (const outcome of ORDER) {
    const numbers = proposals.flatMap((proposal, index) => (proposal.outcome === outcome ? [String(index + 1)] : []));
    if (numbers.length === 0) continue;
    const object = single ? 'het voorstel' : `voorstel ${dutchList(numbers)}`;
    sentences.push(sentence(outcome, subject.trim(), object, numbers.length > 1));
  }
  return sentences.join(' ');
}

function sentence(outcome: Exclude<ProposalOutcome, 'pending'>, subject: string, object: string, plural: boolean): string {
  const passive = `${object.charAt(0).toLocaleUpperCase('nl-NL')}${object.slice(1)} ${plural ? 'worden' : 'wordt'}`;
  switch (outcome) {
    case 'adopted':
      return `${subject} stelt ${object} vast.`;
    case 'adopted-with-change':
      return `${subject} stelt ${object} gewijzigd vast.`;
    case 'noted':
      return `${subject} neemt kennis van ${object}.`;
    case 'rejected':
      return `${passive} verworpen.`;
    case 'held-over':
      return `${passive} aangehouden.`;
    case 'postponed':
      return `${passive} doorgeschoven naar een volgend overleg.`;
  }
}

/** The decision as it goes out: the secretary's own words, else the one derived from the outcomes. */
export function decisionText(item: { decision: string; proposals: readonly Proposal[] }, subject: string): string {
  return item.decision.trim() || derivedDecision(item.proposals, subject);
}
