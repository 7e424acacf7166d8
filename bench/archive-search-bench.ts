// The archive's search (issue 19) against the floor, side by side in one run, on meetings of
// the benchmark's size: building the index against reading and parsing the same files, and a
// search against a plain substring scan of the same text. Used by run.ts; alone:
// `npx tsx bench/archive-search-bench.ts [--small]` prints the figures.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Meeting } from '../shared/model/meeting';
import type { Block } from '../shared/model/rich-text';
import { parseMeetingFile } from '../shared/model/meeting-file';
import { foldText } from '../shared/search/fold';
import { meetingSearchDocuments } from '../shared/search/search-documents';
import { SearchEngine } from '../shared/search/search-engine';
import { decisionsAndActionsOf } from '../shared/search/decisions-and-actions';
import { DEFAULT_HOUSE_STYLE } from '../shared/model/house-style-defaults';
import { readMeetingFile } from '../electron/core/search/search-index-file';
import { MOST_CHECKED } from '../electron/core/search/search-hits';
import { parseSearchQuery, type SearchQuery } from '../shared/search/search-query';
import { generateMeeting, LARGE_MEETING, seededRandom, type LargeMeetingOptions } from './large-meeting';
import { median, percentile, round2, type Spread } from './stats';

export interface ArchiveBenchOptions {
  meetings: number;
  meeting: LargeMeetingOptions;
  /** Times the whole archive is read, and indexed, each. */
  rounds: number;
  /** Distinct queries; each is run `rounds` times on both sides. */
  queries: number;
}

export const ARCHIVE_BENCH: ArchiveBenchOptions = { meetings: 500, meeting: LARGE_MEETING, rounds: 3, queries: 60 };
export const ARCHIVE_BENCH_SMALL: ArchiveBenchOptions = { meetings: 8, meeting: { ...LARGE_MEETING, sections: 2, itemsPerSection: 3, words: 600 }, rounds: 2, queries: 10 };

const now = (): number => performance.now();

const FUNCTION_WORDS = 'de het een en van in op te dat voor met is zijn wordt worden aan bij om door over naar als ook niet'.split(' ');
const SYLLABLES = 'ge be ver ont aan dag zorg jeugd re gio wet hou der ste ding lijk heid ning raad beid werk plan kos ten in koop ë é ui ij oe aa ee baar schap'.split(' ');

/**
 * A vocabulary as Dutch minutes have one, most frequent first: the function words, then 20,000
 * made-up words, some with accents. large-meeting.ts draws on some sixty words, so every word
 * would be in every item; real minutes have a long tail, and that is what a search looks for.
 */
function archiveVocabulary(): string[] {
  const made: string[] = [];
  for (let n = 0; made.length < 20_000; n += 1) {
    let word = '';
    for (let rest = n + SYLLABLES.length; rest > 0; rest = Math.floor(rest / SYLLABLES.length)) word += SYLLABLES[rest % SYLLABLES.length];
    if (word.length >= 4) made.push(word);
  }
  return [...FUNCTION_WORDS, ...made];
}

/** Zipf's law (s = 1): the word of rank r comes up in proportion to 1 / r. */
function zipfSampler(size: number, rand: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < size; r += 1) cumulative[r] = total += 1 / (r + 1);
  return () => {
    const target = rand() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

/** The generated meeting with each word swapped for one of the vocabulary: same shape, size and markup. */
function withVocabulary(meeting: Meeting, vocabulary: readonly string[], seed: number): Meeting {
  const rank = zipfSampler(vocabulary.length, seededRandom(seed + 1));
  const swap = (text: string) => text.replace(/\p{L}+/gu, () => vocabulary[rank()]!);
  const blocks = (list: Block[]): Block[] =>
    list.map((block) =>
      block.type === 'list'
        ? { ...block, items: block.items.map((item) => ({ ...item, content: blocks(item.content) })) }
        : { ...block, content: block.content.map((inline) => ({ ...inline, text: swap(inline.text) })) },
    );
  return {
    ...meeting,
    sections: meeting.sections.map((section) => ({ ...section, items: section.items.map((item) => ({ ...item, title: swap(item.title), notes: blocks(item.notes) })) })),
  };
}

/** The archive on disk, one file per meeting as the workspace keeps them; nothing is held in memory. */
export async function writeArchive(folder: string, options: ArchiveBenchOptions): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const vocabulary = archiveVocabulary();
  const files: string[] = [];
  for (let n = 0; n < options.meetings; n += 1) {
    const generated = generateMeeting({ ...options.meeting, seed: options.meeting.seed + n });
    const day = new Date(Date.UTC(2015, 0, 1) + n * 7 * 86_400_000).toISOString().slice(0, 10);
    const meeting: Meeting = { ...withVocabulary(generated, vocabulary, n), id: `archive-${n}`, date: day };
    const file = join(folder, `${meeting.id}.json`);
    await writeFile(file, JSON.stringify(meeting));
    files.push(file);
  }
  return files;
}

/** Reads and parses every file as Notulist reads a meeting: JSON, then the schema. */
async function readArchive(files: readonly string[]): Promise<number> {
  const start = now();
  for (const file of files) {
    const result = parseMeetingFile(await readFile(file, 'utf8'));
    if (!result.ok) throw new Error(`bench: ${file} does not read back: ${result.problems.join('; ')}`);
  }
  return now() - start;
}

/** Builds the index as the core does on a workspace without one (SearchIndex's build), reading included. */
async function indexArchive(files: readonly string[]): Promise<{ ms: number; engine: SearchEngine }> {
  const start = now();
  const engine = new SearchEngine();
  for (const file of files) {
    const id = basename(file, '.json');
    const meeting = await readMeetingFile(file, id);
    if (!meeting) throw new Error(`bench: ${file} does not read back`);
    engine.addMeeting(meeting);
    decisionsAndActionsOf(meeting, DEFAULT_HOUSE_STYLE.decisionSubject);
  }
  // The first search turns what was read into the word lists: part of building, so timed here.
  engine.search(parseSearchQuery('bench'));
  return { ms: now() - start, engine };
}

/** JSON.parse alone, without the schema: shown beside the ratio, so the floor is plain to see. */
async function readJsonOnly(files: readonly string[]): Promise<number> {
  const start = now();
  for (const file of files) JSON.parse(await readFile(file, 'utf8'));
  return now() - start;
}

/** The scan's side: each document's text, folded in advance (the scan is spared that), and checked word by word. */
function scan(texts: readonly string[], query: SearchQuery): number {
  const words = query.words.map((word) => word.text);
  let found = 0;
  for (const text of texts) if (words.every((word) => text.includes(word))) found += 1;
  return found;
}

const QUERY_KINDS = ['word', 'two words', 'prefix'] as const;

/**
 * Queries as a secretary types them: a content word (of middling frequency: ranks 100 to 3,100
 * of the vocabulary), two of them, or one cut short with a * (all but its last two letters).
 */
function benchQueries(count: number, vocabulary: readonly string[]): { kind: (typeof QUERY_KINDS)[number]; text: string }[] {
  const rand = seededRandom(19);
  const word = () => vocabulary[100 + Math.floor(rand() * Math.min(3000, vocabulary.length - 100))]!;
  return Array.from({ length: count }, (_, n) => {
    const kind = QUERY_KINDS[n % QUERY_KINDS.length]!;
    const first = word();
    const text = kind === 'word' ? first : kind === 'two words' ? `${first} ${word()}` : `${first.slice(0, Math.max(4, first.length - 2))}*`;
    return { kind, text };
  });
}

async function archiveTexts(files: readonly string[]): Promise<string[]> {
  const texts: string[] = [];
  for (const file of files) {
    const result = parseMeetingFile(await readFile(file, 'utf8'));
    if (result.ok) for (const document of meetingSearchDocuments(result.meeting)) texts.push(foldText(document.text));
  }
  return texts;
}

/** Each query's time in every round, by kind of query. */
function timeQueries(queries: readonly { kind: string; query: SearchQuery }[], rounds: number, run: (query: SearchQuery) => number): Map<string, number[]> {
  const times = new Map<string, number[]>([['all', []]]);
  for (let round = 0; round < rounds; round += 1) {
    for (const { kind, query } of queries) {
      const start = now();
      run(query);
      const ms = now() - start;
      times.get('all')!.push(ms);
      times.set(kind, [...(times.get(kind) ?? []), ms]);
    }
  }
  return times;
}

export async function measureArchiveSearch(work: string, options: ArchiveBenchOptions = ARCHIVE_BENCH) {
  const files = await writeArchive(join(work, 'archive', 'meetings'), options);
  const read: number[] = [];
  const json: number[] = [];
  const index: number[] = [];
  let engine = new SearchEngine();
  // Alternating rounds: both sides see the same machine, caches and neighbours.
  for (let round = 0; round < options.rounds; round += 1) {
    read.push(await readArchive(files));
    json.push(await readJsonOnly(files));
    // The last round's engine goes first: two archives' indexes at once would measure the collector.
    engine = new SearchEngine();
    const built = await indexArchive(files);
    index.push(built.ms);
    engine = built.engine;
  }
  const queries = benchQueries(options.queries, archiveVocabulary()).map(({ kind, text }) => ({ kind, query: parseSearchQuery(text) }));
  const texts = await archiveTexts(files);
  // The engine's answer as a search asks for it: the best candidates it hands on for snippets, and how many there are.
  const searchByKind = timeQueries(queries, options.rounds, (query) => engine.search(query, MOST_CHECKED).total);
  const scanByKind = timeQueries(queries, options.rounds, (query) => scan(texts, query));
  const searchTimes = searchByKind.get('all')!;
  const scanTimes = scanByKind.get('all')!;
  const p95ByKind = (times: Map<string, number[]>) => Object.fromEntries([...times].map(([kind, values]) => [kind, round2(percentile(values, 95))]));
  const spread = (values: number[]) => ({ min: round2(Math.min(...values)), max: round2(Math.max(...values)) });
  const ratioSpread = (ratios: number[]): Spread => ({ ...spread(ratios), median: round2(median(ratios)) });
  // Per round: its queries' p95 on each side (timeQueries runs every query once a round, in order).
  const roundP95 = (times: number[]) => Array.from({ length: options.rounds }, (_, round) => percentile(times.slice(round * queries.length, (round + 1) * queries.length), 95));
  const scanRounds = roundP95(scanTimes);
  return {
    meetings: options.meetings,
    documents: engine.documentCount,
    read_parse_ms: round2(median(read)),
    read_json_only_ms: round2(median(json)),
    index_ms: round2(median(index)),
    index_ratio: round2(median(index) / median(read)),
    search_p95_ms: round2(percentile(searchTimes, 95)),
    scan_p95_ms: round2(percentile(scanTimes, 95)),
    search_ratio: round2(percentile(searchTimes, 95) / percentile(scanTimes, 95)),
    index_ratio_spread: ratioSpread(index.map((ms, round) => ms / read[round]!)),
    search_ratio_spread: ratioSpread(roundP95(searchTimes).map((ms, round) => ms / scanRounds[round]!)),
    rounds: {
      read_parse_ms: read.map(round2),
      read_json_only_ms: json.map(round2),
      index_ms: index.map(round2),
      search_ms: { ...spread(searchTimes), median: round2(median(searchTimes)), count: searchTimes.length, p95_by_kind: p95ByKind(searchByKind) },
      scan_ms: { ...spread(scanTimes), median: round2(median(scanTimes)), count: scanTimes.length, p95_by_kind: p95ByKind(scanByKind) },
    },
  };
}

if (process.argv[1]?.endsWith('archive-search-bench.ts')) {
  const work = join(tmpdir(), `notulist-archive-bench-${process.pid}`);
  const numberArg = (name: string) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? NaN);
  const options = process.argv.includes('--small') ? ARCHIVE_BENCH_SMALL : ARCHIVE_BENCH;
  const meetings = numberArg('meetings');
  const rounds = numberArg('rounds');
  measureArchiveSearch(work, { ...options, ...(Number.isInteger(meetings) ? { meetings } : {}), ...(Number.isInteger(rounds) ? { rounds } : {}) })
    .then((archive) => console.log(JSON.stringify({ archive }, null, 2)))
    .finally(() => rm(work, { recursive: true, force: true }));
}
