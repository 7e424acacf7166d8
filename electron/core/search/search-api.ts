import { join } from 'node:path';
import type { NotulistCore } from '../../../shared/api/contract';
import { safeFileNamePart } from '../../../shared/format/file-names';
import { decisionsAndActionsChoices, filterDecisionsAndActions, type DecisionOrAction } from '../../../shared/search/decisions-and-actions';
import { decisionsAndActionsCsv } from '../../../shared/search/decisions-and-actions-csv';
import { decisionsAndActionsDocx } from '../../../shared/search/decisions-and-actions-docx';
import { DECISIONS_AND_ACTIONS_LABELS } from '../../../shared/search/decisions-and-actions-labels';
import { isEmptyQuery, parseSearchQuery, type SearchFilters } from '../../../shared/search/search-query';
import type { CoreContext } from '../core-context';
import { writeNewVersion } from '../exports/export-files';
import { describeHits, MOST_CHECKED } from './search-hits';
import { SearchIndex } from './search-index';
import type { StoredIndex } from './search-index-file';

type SearchApi = Pick<NotulistCore, 'searchMeetings' | 'listDecisionsAndActions' | 'exportDecisionsAndActions'>;

/** Each open core's index, so the combiner can write it on closing (see flushSearchIndex). */
const indexes = new WeakMap<CoreContext, SearchIndex>();

const allRows = (index: StoredIndex): DecisionOrAction[] => [...index.meetings.values()].flatMap((meeting) => meeting.rows);

function definedOnly(filters: SearchFilters = {}): SearchFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''));
}

/** Search across all meetings, and Besluiten en acties: the archive's domain of the core (docs/search.md). */
export function searchApi(ctx: CoreContext): SearchApi {
  const { db, store, options, now } = ctx;
  const index = new SearchIndex({
    workspaceDir: options.workspaceDir,
    store,
    meetingIds: () => db.data.meetings.map((entry) => entry.id),
    decisionSubject: () => db.data.settings.houseStyle.decisionSubject,
    readOnly: () => db.readOnly,
  });
  indexes.set(ctx, index);
  const exportsDir = join(options.workspaceDir, 'exports');
  return {
    searchMeetings: async ({ query, filters, limit = 50 }) => {
      const current = await index.current();
      const parsed = parseSearchQuery(query);
      parsed.filters = { ...parsed.filters, ...definedOnly(filters) };
      const sections = [...new Set([...current.meetings.values()].flatMap((meeting) => meeting.sections))].sort((a, b) => a.localeCompare(b, 'nl'));
      if (isEmptyQuery(parsed)) return { hits: [], more: false, problems: parsed.problems, sections };
      const candidates = current.engine.search(parsed, MOST_CHECKED);
      const described = await describeHits(candidates, parsed, limit, (id) => store.read(id));
      return { ...described, problems: parsed.problems, sections };
    },
    listDecisionsAndActions: async (filter) => {
      const rows = allRows(await index.current());
      return { rows: filterDecisionsAndActions(rows, filter ?? {}), ...decisionsAndActionsChoices(rows) };
    },
    exportDecisionsAndActions: async ({ format, ...filter }) => {
      const rows = filterDecisionsAndActions(allRows(await index.current()), filter);
      const bytes = format === 'csv' ? new TextEncoder().encode(decisionsAndActionsCsv(rows)) : await decisionsAndActionsDocx(rows, filter);
      const stem = safeFileNamePart(`${now().toISOString().slice(0, 10)} ${DECISIONS_AND_ACTIONS_LABELS.fileStem}`);
      const path = await writeNewVersion(exportsDir, `${stem}.${format}`, bytes);
      return { path, fileName: path.slice(exportsDir.length + 1), folder: exportsDir };
    },
  };
}

/** Writes the core's search index if it holds changes not yet written: on closing. */
export async function flushSearchIndex(ctx: CoreContext): Promise<void> {
  await indexes.get(ctx)?.flush();
}
