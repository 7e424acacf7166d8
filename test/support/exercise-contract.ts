import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { expect } from 'vitest';
import { contract, METHOD_NAMES, type MethodName, type NotulistApi } from '../../shared/api/contract';
import type { Meeting } from '../../shared/model/meeting';

interface State {
  meeting?: Meeting;
  /** The revision of state.meeting as last saved: the base of saveMeetingChanges. */
  revision?: string;
  exportPath?: string;
  /** The shared folder made for the sync methods, removed once they ran. */
  sharedFolder?: string;
}

/**
 * One call of every contract method, in an order that makes each meaningful. Typed as a record
 * over MethodName, so a method added to the contract without a call here fails type-checking.
 */
const CALLS: { [M in MethodName]: (api: NotulistApi, state: State) => Promise<unknown> } = {
  getInfo: (api) => api.getInfo(),
  getSettings: (api) => api.getSettings(),
  updateSettings: (api) => api.updateSettings({ contactPerson: 'Marielle Stitzinger', contactEmail: 'm.stitzinger@regiogv.nl' }),
  createMeeting: async (api, state) => {
    state.meeting = await api.createMeeting({
      name: 'Overleg portefeuillehouders sociaal domein',
      date: '2023-02-23',
      domains: ['gezondheid-en-ondersteuning', 'jeugd-en-onderwijs'],
    });
    return state.meeting;
  },
  listMeetings: (api) => api.listMeetings(),
  getMeeting: (api, state) => api.getMeeting({ id: state.meeting!.id }),
  saveMeeting: async (api, state) => {
    const meeting = structuredClone(state.meeting!);
    meeting.sections[0]!.items[0]!.notes = [
      { id: 'p1', type: 'paragraph', content: [{ text: 'De agenda wordt vastgesteld.' }] },
    ];
    state.meeting = meeting;
    const result = await api.saveMeeting({ meeting });
    state.revision = result.savedAt;
    return result;
  },
  saveMeetingChanges: async (api, state) => {
    const { sections, ...meeting } = structuredClone(state.meeting!);
    sections[1]!.items[0]!.notes = [{ id: 'p2', type: 'paragraph', content: [{ text: 'Alleen deze tafel is gewijzigd.' }] }];
    const item = { ...sections[0]!.items[1]!, decision: 'Alleen dit punt is gewijzigd.' };
    const result = await api.saveMeetingChanges({ meeting, base: state.revision!, sectionOrder: sections.map((s) => s.id), sections: [sections[1]!], items: [{ sectionId: sections[0]!.id, item }] });
    const saved = await api.getMeeting({ id: meeting.id });
    expect(saved.sections[0]!.items[0]!.notes).toEqual(state.meeting!.sections[0]!.items[0]!.notes);
    expect(saved.sections[0]!.items[1]!.decision).toBe('Alleen dit punt is gewijzigd.');
    expect(saved.sections[1]!.items[0]!.notes[0]).toMatchObject({ id: 'p2' });
    return result;
  },
  getPreviousMeeting: (api, state) => api.getPreviousMeeting({ id: state.meeting!.id }),
  setPreviousAction: async (api, state) => {
    // The next meeting of the same name adopts this one's resumé and ticks off its open action.
    const older = await api.getMeeting({ id: state.meeting!.id });
    const action = { id: 'a-exercise', who: 'Secretariaat', what: 'Verslag rondsturen', done: false };
    const withAction = { ...older, sections: older.sections.map((s, i) => (i === 0 ? { ...s, items: s.items.map((item, j) => (j === 0 ? { ...item, actions: [action] } : item)) } : s)) };
    await api.saveMeeting({ meeting: withAction });
    const next = await api.createMeeting({ name: older.name, date: '2023-03-30', domains: ['jeugd-en-onderwijs'] });
    expect((await api.getPreviousMeeting({ id: next.id }))?.openActions.map((open) => open.action.id)).toEqual(['a-exercise']);
    const result = await api.setPreviousAction({ id: next.id, actionId: 'a-exercise', done: true });
    expect(result?.openActions).toEqual([]);
    await api.deleteMeeting({ id: next.id });
    state.meeting = await api.getMeeting({ id: older.id });
    return result;
  },
  savePerson: (api) =>
    api.savePerson({ person: { id: 'p-joke', name: 'Joke Lanphen', municipality: 'Blaricum', portfolios: ['Jeugd'], email: '' } }),
  listPeople: (api) => api.listPeople(),
  deletePerson: (api) => api.deletePerson({ id: 'p-joke' }),
  setWordTemplate: async (api) => {
    const wordTemplate = await Packer.pack(new Document({ sections: [{ children: [new Paragraph('{{titel}}'), new Paragraph('{{inhoud}}')] }] }), 'uint8array');
    const result = await api.setWordTemplate({ fileName: 'Huisstijl regio.docx', base64: Buffer.from(wordTemplate).toString('base64') });
    expect(result).toMatchObject({ ok: true, settings: { houseStyle: { wordTemplate: 'Huisstijl regio.docx' } } });
    return result;
  },
  exportMeeting: async (api, state) => {
    const result = await api.exportMeeting({ id: state.meeting!.id });
    state.exportPath = result.path;
    return result;
  },
  openExport: (api, state) => api.openExport({ path: state.exportPath!, reveal: true }),
  listMeetingVersions: async (api, state) => {
    const versions = await api.listMeetingVersions({ id: state.meeting!.id });
    expect(versions.length).toBeGreaterThan(0);
    return versions;
  },
  restoreMeetingVersion: async (api, state) => {
    const [latest] = await api.listMeetingVersions({ id: state.meeting!.id });
    const restored = await api.restoreMeetingVersion({ id: state.meeting!.id, version: latest!.version });
    const undone = await api.restoreMeetingVersion({ id: state.meeting!.id, version: restored.undoVersion });
    state.meeting = undone.meeting;
    return restored;
  },
  listQuarantine: (api) => api.listQuarantine(),
  searchMeetings: async (api) => {
    const result = await api.searchMeetings({ query: 'vastgesteld' });
    expect(result.hits.map((hit) => hit.kind)).toContain('notes');
    return result;
  },
  listDecisionsAndActions: async (api) => {
    const result = await api.listDecisionsAndActions();
    expect(result.rows.map((row) => row.text)).toContain('Alleen dit punt is gewijzigd.');
    return result;
  },
  exportDecisionsAndActions: (api) => api.exportDecisionsAndActions({ format: 'csv' }),
  dismissNotice: (api) => api.dismissNotice({ id: 'no-such-notice' }),
  deleteMeeting: (api, state) => api.deleteMeeting({ id: state.meeting!.id }),
  setSyncFolder: async (api, state) => {
    const refused = await api.setSyncFolder({ path: join(tmpdir(), 'notulist-no-such-folder', 'gedeeld') });
    expect(refused).toMatchObject({ ok: false, reason: 'not-a-folder' });
    state.sharedFolder = await mkdtemp(join(tmpdir(), 'notulist-shared-'));
    return api.setSyncFolder({ path: state.sharedFolder });
  },
  chooseSyncFolder: async (api) => {
    // No OS dialog behind the browser host or a recording shell: nothing chosen.
    const chosen = await api.chooseSyncFolder();
    expect(chosen).toEqual({ path: null });
    return chosen;
  },
  syncNow: async (api) => {
    const report = await api.syncNow({ full: true });
    expect(report).toMatchObject({ status: 'done' });
    return report;
  },
  getSyncStatus: async (api) => {
    const status = await api.getSyncStatus();
    expect(status.report?.status).toBe('done');
    return status;
  },
  listSyncConflicts: (api, state) => api.listSyncConflicts({ id: state.meeting!.id }),
  resolveSyncConflict: async (api, state) => {
    // No conflict to resolve in a workspace synced alone: refused with its reason, nothing changed.
    await expect(api.resolveSyncConflict({ id: state.meeting!.id, node: 'meeting/name', resolution: { combine: true } })).rejects.toThrow();
    await api.setSyncFolder({ path: '' });
    await rm(state.sharedFolder!, { recursive: true, force: true });
    return api.getMeeting({ id: state.meeting!.id });
  },
  importResume: async (api) => {
    const resume = await Packer.pack(new Document({ sections: [{ children: [new Paragraph('RESUMÉ'), new Paragraph('Overleg portefeuillehouders 13 april 2023')] }] }), 'uint8array');
    const result = await api.importResume({ fileName: 'Resumé 13 april 2023.docx', base64: Buffer.from(resume).toString('base64') });
    expect(result).toMatchObject({ outcome: 'imported', meeting: { date: '2023-04-13', imported: true } });
    return result;
  },
};

const ORDER: MethodName[] = [
  'getInfo',
  'getSettings',
  'updateSettings',
  'createMeeting',
  'listMeetings',
  'getMeeting',
  'saveMeeting',
  'saveMeetingChanges',
  'getPreviousMeeting',
  'setPreviousAction',
  'savePerson',
  'listPeople',
  'deletePerson',
  'setWordTemplate',
  'exportMeeting',
  'openExport',
  'listMeetingVersions',
  'restoreMeetingVersion',
  'listQuarantine',
  'searchMeetings',
  'listDecisionsAndActions',
  'exportDecisionsAndActions',
  'dismissNotice',
  'chooseSyncFolder',
  'setSyncFolder',
  'syncNow',
  'getSyncStatus',
  'listSyncConflicts',
  'resolveSyncConflict',
  'deleteMeeting',
  'importResume',
];

/** A desktop shell that only records what it was asked to open, for the core under test. */
export function recordingShell() {
  const opened: string[] = [];
  return {
    opened,
    shell: {
      openPath: async (path: string) => {
        opened.push(`open ${path}`);
        return '';
      },
      showItemInFolder: (path: string) => void opened.push(`show ${path}`),
    },
  };
}

/** Calls every method through `api` and checks each result against the contract's schema. */
export async function exerciseEveryMethod(api: NotulistApi): Promise<Record<MethodName, unknown>> {
  expect([...ORDER].sort()).toEqual([...METHOD_NAMES].sort());
  const state: State = {};
  const results = {} as Record<MethodName, unknown>;
  for (const method of ORDER) {
    const result = await CALLS[method](api, state);
    expect(() => contract[method].result.parse(result), `result of ${method}`).not.toThrow();
    results[method] = result;
  }
  return results;
}
