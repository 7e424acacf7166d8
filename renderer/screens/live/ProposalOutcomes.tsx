import { updateItem } from '../../../shared/agenda/agenda-edit';
import type { ProposalOutcome } from '../../../shared/model/agenda-details';
import type { AgendaItem } from '../../../shared/model/meeting';
import { PROPOSAL_OUTCOMES } from '../../../shared/model/vocabulary';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

/** The first outcome's id: Alt+V lands here, Tab goes on to the next proposal's. */
export const FIRST_PROPOSAL_OUTCOME_ID = 'live-proposal-outcome';

/** What became of each proposal of the meeting papers. */
export function ProposalOutcomes({ item }: { item: AgendaItem }) {
  const editMeeting = useApp((state) => state.editMeeting);
  if (item.proposals.length === 0) return null;

  function decide(proposalId: string, outcome: ProposalOutcome): void {
    editMeeting((m) => updateItem(m, item.id, (i) => ({ ...i, proposals: i.proposals.map((p) => (p.id === proposalId ? { ...p, outcome } : p)) })));
  }

  return (
    <ol className="proposals" aria-label={nl.live.proposals}>
      {item.proposals.map((proposal, index) => (
        <li key={proposal.id}>
          <span>{proposal.text}</span>
          <select
            id={index === 0 ? FIRST_PROPOSAL_OUTCOME_ID : undefined}
            aria-label={nl.live.proposalOutcome(index + 1)}
            value={proposal.outcome}
            onChange={(e) => decide(proposal.id, e.target.value as ProposalOutcome)}
          >
            {PROPOSAL_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {nl.outcomes[outcome]}
              </option>
            ))}
          </select>
        </li>
      ))}
    </ol>
  );
}
