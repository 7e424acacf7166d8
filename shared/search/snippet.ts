import { foldText } from './fold';
import type { SearchQuery } from './search-query';

/** A stretch of a snippet; `hit` is a word the query found, shown marked. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

// Marks too: text typed with combining accents stays one word.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const BEFORE = 50;
const LENGTH = 180;

function isQueryWord(folded: string, query: SearchQuery): boolean {
  return (
    query.words.some((word) => (word.prefix ? folded.startsWith(word.text) : folded === word.text)) ||
    query.phrases.some((phrase) => phrase.includes(folded))
  );
}

/** Where the query's words are in the text, as [start, end) offsets of the original text. */
export function hitRanges(text: string, query: SearchQuery): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    if (isQueryWord(foldText(match[0]), query)) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** A short stretch of the text around its first hit, with every hit in it marked; the text's start when nothing is. */
export function buildSnippet(text: string, query: SearchQuery): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = hitRanges(flat, query);
  // A text that fits is shown whole.
  let start = flat.length <= LENGTH ? 0 : Math.max(0, (ranges[0]?.[0] ?? 0) - BEFORE);
  // Begin and end at a word's edge.
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + LENGTH);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', hit: false });
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    if (from > at) parts.push({ text: flat.slice(at, from), hit: false });
    parts.push({ text: flat.slice(Math.max(from, at), to), hit: true });
    at = to;
  }
  if (at < end) parts.push({ text: flat.slice(at, end), hit: false });
  if (end < flat.length) parts.push({ text: ' …', hit: false });
  return parts;
}
