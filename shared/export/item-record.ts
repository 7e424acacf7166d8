import { Paragraph, TextRun } from 'docx';
import { decisionText } from '../agenda/derived-decision';
import { formatDutchDate } from '../format/dates';
import type { Action } from '../model/agenda-details';
import type { AgendaItem } from '../model/meeting';
import { textRuns } from './docx-text';
import type { ResumeLabels } from './resume-labels';

/**
 * What the meeting recorded about an item beyond its notes, as the region writes it after them:
 * each proposal as a paragraph "Voorstel 1. …", then the decision in prose (the secretary's own,
 * else derived from the proposals' outcomes), then the item's actions.
 */
export function itemRecordParagraphs(item: AgendaItem, labels: ResumeLabels, showActions: boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  item.proposals.forEach((proposal, index) => {
    if (proposal.text.trim() === '') return;
    paragraphs.push(new Paragraph({ children: textRuns(`${labels.proposal.replace('{nummer}', String(index + 1))} ${proposal.text.trim()}`) }));
  });
  const decision = decisionText(item, labels.decisionSubject);
  if (decision !== '') paragraphs.push(new Paragraph({ children: textRuns(decision) }));
  if (showActions) {
    for (const action of item.actions) {
      if (action.what.trim() === '' && action.who.trim() === '') continue;
      paragraphs.push(new Paragraph({ children: [new TextRun({ text: `${labels.action}: `, bold: true }), ...textRuns(describeAction(action, labels))] }));
    }
  }
  return paragraphs;
}

/** "concept verbeterplan agenderen (Regio, uiterlijk 6 oktober 2023)". */
export function describeAction(action: Action, labels: Pick<ResumeLabels, 'due' | 'done'>): string {
  const details = [action.who.trim(), action.due ? `${labels.due} ${formatDutchDate(action.due)}` : '', action.done ? labels.done : ''].filter((part) => part !== '');
  return details.length > 0 ? `${action.what.trim()} (${details.join(', ')})` : action.what.trim();
}
