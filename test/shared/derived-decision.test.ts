import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionText, derivedDecision, dutchList } from '../../shared/agenda/derived-decision';
import type { Proposal, ProposalOutcome } from '../../shared/model/agenda-details';
import { PROPOSAL_OUTCOMES } from '../../shared/model/vocabulary';

const PFHO = 'Het portefeuillehoudersoverleg';
const proposals = (...outcomes: ProposalOutcome[]): Proposal[] => outcomes.map((outcome, index) => ({ id: `v${index}`, text: `Voorstel ${index + 1}`, outcome }));

describe('the decision derived from the outcomes of the proposals', () => {
  it('adopts proposals together, as the region writes it', () => {
    expect(derivedDecision(proposals('adopted', 'adopted'), PFHO)).toBe('Het portefeuillehoudersoverleg stelt voorstel 1 en 2 vast.');
    expect(derivedDecision(proposals('adopted', 'adopted', 'adopted'), 'Het PFHO')).toBe('Het PFHO stelt voorstel 1, 2 en 3 vast.');
  });

  it('speaks of "het voorstel" when the item has only one', () => {
    expect(derivedDecision(proposals('adopted'), PFHO)).toBe('Het portefeuillehoudersoverleg stelt het voorstel vast.');
    expect(derivedDecision(proposals('held-over'), PFHO)).toBe('Het voorstel wordt aangehouden.');
  });

  it('names every other outcome in its own sentence, what was decided first', () => {
    expect(derivedDecision(proposals('held-over', 'adopted', 'adopted-with-change', 'rejected', 'noted', 'postponed', 'postponed'), PFHO)).toBe(
      [
        'Het portefeuillehoudersoverleg stelt voorstel 2 vast.',
        'Het portefeuillehoudersoverleg stelt voorstel 3 gewijzigd vast.',
        'Het portefeuillehoudersoverleg neemt kennis van voorstel 5.',
        'Voorstel 4 wordt verworpen.',
        'Voorstel 1 wordt aangehouden.',
        'Voorstel 6 en 7 worden doorgeschoven naar een volgend overleg.',
      ].join(' '),
    );
  });

  it('says nothing while no proposal has an outcome yet, and leaves pending ones out', () => {
    expect(derivedDecision([], PFHO)).toBe('');
    expect(derivedDecision(proposals('pending', 'pending'), PFHO)).toBe('');
    expect(derivedDecision(proposals('pending', 'adopted'), PFHO)).toBe('Het portefeuillehoudersoverleg stelt voorstel 2 vast.');
  });

  it('keeps the secretary\'s own decision when she wrote one', () => {
    expect(decisionText({ decision: ' Het PFHO stelt voorstel 1 vast. ', proposals: proposals('rejected') }, PFHO)).toBe('Het PFHO stelt voorstel 1 vast.');
    expect(decisionText({ decision: '  ', proposals: proposals('rejected') }, PFHO)).toBe('Het voorstel wordt verworpen.');
  });

  it('mentions every decided proposal exactly once, whatever the outcomes', () => {
    const outcomes = fc.array(fc.constantFrom(...PROPOSAL_OUTCOMES), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(outcomes, (list) => {
        const text = derivedDecision(proposals(...list), PFHO);
        const mentioned = [...text.matchAll(/[Vv]oorstel ([\d, en]+?)(?= vast| gewijzigd|\.| wordt| worden)/g)].flatMap((match) => match[1]!.split(/, | en /).map(Number));
        const decided = list.flatMap((outcome, index) => (outcome === 'pending' ? [] : [index + 1]));
        expect(mentioned.sort((a, b) => a - b)).toEqual(decided);
      }),
    );
  });

  it('lists numbers as a Dutch sentence does', () => {
    expect(dutchList([])).toBe('');
    expect(dutchList(['1'])).toBe('1');
    expect(dutchList(['1', '2'])).toBe('1 en 2');
    expect(dutchList(['1', '2', '4'])).toBe('1, 2 en 4');
  });
});
