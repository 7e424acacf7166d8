import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordPresence } from '../../shared/agenda/presence';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { PROPOSAL_OUTCOMES } from '../../shared/model/vocabulary';
import { DEFAULT_PHRASES } from '../../shared/phrases/default-phrases';
import { fillPhraseLeavingOutMissing, PHRASE_VARIABLES } from '../../shared/phrases/phrase';
import { answerPhrase, nextMeetingDate, planPhrase, proposalNumbersText, situationValues, type PhraseSituation } from '../../shared/phrases/phrase-context';

const discussion: PhraseSituation = { kind: 'discussion', itemNumber: 5, chair: 'Mirjam Havinga', proposals: [] };
const choices = { people: ['Joke Lanphen', 'Peter Smit'], municipalities: ['Blaricum', 'Huizen'] };

describe('usual outcomes filled from their context', () => {
  it('names the adopted proposals for {voorstel}', () => {
    const proposals = [{ outcome: 'adopted' as const }, { outcome: 'rejected' as const }, { outcome: 'adopted-with-change' as const }];
    expect(planPhrase('Het PFHO stelt {voorstel} vast.', { ...discussion, proposals }, choices)).toEqual({ ready: true, text: 'Het PFHO stelt voorstel 1 en 3 vast.' });
    expect(proposalNumbersText([1, 2, 4])).toBe('voorstel 1, 2 en 4');
  });

  it('takes {datum} from the next meeting, or at the minutes item from the previous one', () => {
    expect(situationValues({ ...discussion, nextMeetingDate: '2023-04-13' }).datum).toBe('13 april 2023');
    expect(situationValues({ ...discussion, kind: 'minutes', previousMeetingDate: '2022-12-15', nextMeetingDate: '2023-04-13' }).datum).toBe('15 december 2022');
  });

  it('finds the next meeting of the same name, not an earlier one or another series', () => {
    const current = { id: 'feb', name: 'PFHO sociaal', date: '2023-02-23' };
    const meetings = [
      { id: 'dec', name: 'PFHO sociaal', date: '2022-12-15', updatedAt: '' },
      { id: 'jun', name: 'pfho sociaal ', date: '2023-06-01', updatedAt: '' },
      { id: 'apr', name: 'PFHO sociaal', date: '2023-04-13', updatedAt: '' },
      { id: 'mar', name: 'PFHO fysiek', date: '2023-03-01', updatedAt: '' },
    ];
    expect(nextMeetingDate(meetings, current)).toBe('2023-04-13');
    expect(nextMeetingDate(meetings.slice(0, 1), current)).toBeUndefined();
  });

  it('asks for what it cannot fill, offering the meeting’s people, municipalities and proposals', () => {
    const plan = planPhrase('{naam} ({gemeente}) over {voorstel} op {datum}: {toelichting}', { ...discussion, chair: '', proposals: [{ outcome: 'pending' }, { outcome: 'pending' }] }, choices);
    expect(plan.ready).toBe(false);
    if (plan.ready) return;
    expect(plan.questions.map((q) => [q.variable, q.kind])).toEqual([
      ['naam', 'person'],
      ['gemeente', 'municipality'],
      ['voorstel', 'proposal'],
      ['datum', 'date'],
      ['toelichting', 'text'],
    ]);
    expect(plan.questions[0]!.suggestions).toEqual(['Joke Lanphen', 'Peter Smit']);
    expect(plan.questions[2]).toMatchObject({ prefill: 'voorstel 1 en 2', suggestions: ['voorstel 1 en 2', 'voorstel 1', 'voorstel 2'] });
  });

  it('inserts nothing while an answer is blank', () => {
    const text = 'Dit agendapunt wordt doorgeschoven naar het overleg van {datum}.';
    expect(answerPhrase(text, discussion, { datum: ' ' })).toBeUndefined();
    expect(answerPhrase(text, discussion, { datum: '13 april 2023' })).toBe('Dit agendapunt wordt doorgeschoven naar het overleg van 13 april 2023.');
  });

  it('reads a variable as the secretary typed it in the settings', () => {
    expect(planPhrase('{ Naam } opent.', discussion, choices)).toEqual({ ready: true, text: 'Mirjam Havinga opent.' });
  });

  it('never lets a {variable} through, whatever the phrase, the context and the answers', () => {
    const variable = fc.oneof(fc.constantFrom(...PHRASE_VARIABLES), fc.stringMatching(/^[a-z]{1,8}$/)).map((name) => `{${name}}`);
    const phraseText = fc.array(fc.oneof(variable, fc.string({ unit: fc.constantFrom('a', ' ', '.', '(', ')') })), { maxLength: 8 }).map((parts) => parts.join(''));
    const situation = fc.record({
      kind: fc.constantFrom('opening', 'minutes', 'discussion', 'any-other-business' as const),
      itemNumber: fc.option(fc.nat(20), { nil: undefined }),
      chair: fc.constantFrom('', 'Mirjam Havinga'),
      proposals: fc.array(fc.record({ outcome: fc.constantFrom(...PROPOSAL_OUTCOMES) }), { maxLength: 4 }),
      previousMeetingDate: fc.option(fc.constant('2022-12-15'), { nil: undefined }),
      nextMeetingDate: fc.option(fc.constant('2023-04-13'), { nil: undefined }),
    }) as fc.Arbitrary<PhraseSituation>;
    const answer = fc.stringMatching(/^[A-Za-z0-9 ]{1,12}$/).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(phraseText, situation, answer, (text, context, given) => {
        const plan = planPhrase(text, context, choices);
        const result = plan.ready ? plan.text : answerPhrase(text, context, Object.fromEntries(plan.questions.map((q) => [q.variable, q.prefill || given])));
        expect(result).toBeDefined();
        expect(result).not.toMatch(/\{[^{}]+\}/);
      }),
    );
  });

  it('fills every default phrase once its questions are answered', () => {
    for (const phrase of DEFAULT_PHRASES) {
      const plan = planPhrase(phrase.text, { ...discussion, chair: '' }, choices);
      const text = plan.ready ? plan.text : answerPhrase(phrase.text, discussion, Object.fromEntries(plan.questions.map((q) => [q.variable, q.prefill || 'X'])));
      expect(text, phrase.id).not.toContain('{');
    }
  });
});

describe('a presence line, written in one click', () => {
  it('leaves out a municipality that is not known instead of writing {gemeente}', () => {
    expect(fillPhraseLeavingOutMissing('{naam} ({gemeente}) sluit aan vanaf agendapunt {agendapunt}.', { naam: 'Joke Lanphen', agendapunt: '5' })).toBe(
      'Joke Lanphen sluit aan vanaf agendapunt 5.',
    );
  });

  it('is recorded with the line for the notes', () => {
    const meeting = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, new Date('2023-02-20T09:00:00Z'));
    const withGuest = { ...meeting, attendees: [{ id: 'a', name: 'Joke Lanphen', municipality: '', portfolios: [], status: 'absent' as const }] };
    const item = meeting.sections[0]!.items[4]!;
    const result = recordPresence(withGuest, 'a', item.id, 'arrival', DEFAULT_PHRASES);
    expect(result?.line).toBe('Joke Lanphen sluit aan vanaf agendapunt 5.');
    expect(result?.meeting.attendees[0]).toMatchObject({ status: 'present', fromItemId: item.id });
  });
});
