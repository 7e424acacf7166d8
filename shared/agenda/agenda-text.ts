import type { AgendaItem, Section } from '../model/meeting';
import { newId } from '../model/ids';
import { inferItemKind } from './infer-kind';
import { newAgendaItem } from './new-meeting';
import { DOMAIN_TABLES } from './standard-agenda';

/** What was odd about the text; nothing is dropped without saying so. The UI words these. */
export type AgendaTextWarning =
  | { code: 'number-only'; line: string }
  | { code: 'empty-section'; section: string }
  | { code: 'no-items' };

export interface ParsedAgenda {
  sections: Section[];
  warnings: AgendaTextWarning[];
}

/** "1.", "1)", "10.2", "a.", "-", "•", "Agendapunt 3:" … at the start of a line. */
const NUMBERING = /^\s*(?:agendapunt\s+\d+[.:)]?|\d+(?:\.\d+)*[.)]?|[a-z][.)]|[-–•*o])(?:\s+|$)/i;

/** A line of capitals (at least two letters, no lower case): a domain table's heading. */
function isSectionHeading(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('nl-NL') && letters !== letters.toLocaleLowerCase('nl-NL');
}

function sectionFor(title: string): Section {
  const table = DOMAIN_TABLES.find((t) => t.title.toLocaleLowerCase('nl-NL') === title.toLocaleLowerCase('nl-NL'));
  const asTyped = title.charAt(0) + title.slice(1).toLocaleLowerCase('nl-NL');
  return { id: newId(), ...(table ? { domain: table.key } : {}), title: table?.title ?? asTyped, chair: '', confidential: false, items: [] };
}

function itemFor(title: string): AgendaItem {
  return newAgendaItem(inferItemKind(title), title);
}

/**
 * An agenda pasted as text: one item per line, numbering stripped, a line in capitals starts a
 * new section. Items before the first heading go into `defaultSectionTitle`.
 */
export function parseAgendaText(text: string, defaultSectionTitle: string): ParsedAgenda {
  const sections: Section[] = [];
  const warnings: AgendaTextWarning[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\t/g, ' ').trim();
    if (!line) continue;
    if (isSectionHeading(line.replace(NUMBERING, ''))) {
      sections.push(sectionFor(line.replace(NUMBERING, '').trim()));
      continue;
    }
    const title = line.replace(NUMBERING, '').trim();
    if (!title) {
      warnings.push({ code: 'number-only', line });
      continue;
    }
    if (sections.length === 0) sections.push(sectionFor(defaultSectionTitle));
    sections.at(-1)!.items.push(itemFor(title));
  }
  for (const section of sections) {
    if (section.items.length === 0) warnings.push({ code: 'empty-section', section: section.title });
  }
  if (sections.every((section) => section.items.length === 0)) warnings.push({ code: 'no-items' });
  return { sections, warnings };
}
