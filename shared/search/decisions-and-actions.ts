import { z } from 'zod';
import { decisionText } from '../agenda/derived-decision';
import type { Meeting } from '../model/meeting';
import { foldText } from './fold';

/** A decision, or an action not yet done, of some meeting: one row of Besluiten en acties. */
export const DecisionOrActionSchema = z.object({
  kind: z.enum(['decision', 'action']),
  meetingId: z.string(),
  meetingName: z.string(),
  date: z.string(),
  /** The domain table's title. */
  section: z.string(),
  itemId: z.string(),
  itemTitle: z.string(),
  /** The decision as the resumé words it, or what is to be done. */
  text: z.string(),
  /** An action's owner; for a decision, the portfolio holders who brought the item in. */
  people: z.array(z.string()),
  due: z.string().optional(),
});
export type DecisionOrAction = z.infer<typeof DecisionOrActionSchema>;

export const DecisionsAndActionsFilterSchema = z.object({
  /** A domain table's title, compared without case or accents. */
  section: z.string().optional(),
  /** A person's name or part of it. */
  person: z.string().optional(),
});
export type DecisionsAndActionsFilter = z.infer<typeof DecisionsAndActionsFilterSchema>;

/** Every decision and every open action of the meeting, in agenda order; `subject` words a decision made from proposals. */
export function decisionsAndActionsOf(meeting: Meeting, subject: string): DecisionOrAction[] {
  const rows: DecisionOrAction[] = [];
  for (const section of meeting.sections) {
    for (const item of section.items) {
      const base = { meetingId: meeting.id, meetingName: meeting.name, date: meeting.date, section: section.title, itemId: item.id, itemTitle: item.title };
      const decision = decisionText(item, subject);
      if (decision) rows.push({ ...base, kind: 'decision', text: decision, people: item.portfolioHolders });
      for (const action of item.actions) {
        if (action.done || !(action.what.trim() || action.who.trim())) continue;
        rows.push({ ...base, kind: 'action', text: action.what, people: action.who.trim() ? [action.who] : [], ...(action.due ? { due: action.due } : {}) });
      }
    }
  }
  return rows;
}

/** The rows of that domain table and person; newest meeting first, agenda order within a meeting. */
export function filterDecisionsAndActions(rows: readonly DecisionOrAction[], filter: DecisionsAndActionsFilter): DecisionOrAction[] {
  const section = foldText(filter.section?.trim() ?? '');
  const person = foldText(filter.person?.trim() ?? '');
  const kept = rows.filter(
    (row) => (!section || foldText(row.section) === section) && (!person || row.people.some((name) => foldText(name).includes(person))),
  );
  // A stable sort: rows of one meeting keep their agenda order.
  return kept.sort((a, b) => b.date.localeCompare(a.date) || a.meetingId.localeCompare(b.meetingId));
}

/** The domain tables and people the rows name, each once, sorted: what the filters offer. */
export function decisionsAndActionsChoices(rows: readonly DecisionOrAction[]): { sections: string[]; people: string[] } {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'nl'));
  return { sections: sorted(rows.map((row) => row.section)), people: sorted(rows.flatMap((row) => row.people).filter((name) => name.trim())) };
}
