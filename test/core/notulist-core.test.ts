import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { dispatch } from '../../shared/api/dispatch';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { resolveWorkspaceDir } from '../../electron/core/workspace/workspace-path';
import { openCoreClient } from '../support/open-core-client';
import { useTempDirs } from '../support/temp-workspace';

const NEW_MEETING = { name: 'Overleg portefeuillehouders sociaal domein', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] };

describe('the Notulist core', () => {
  const tempDir = useTempDirs();
  it('finds every word again after the app is closed and reopened', async () => {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    const meeting = await core.createMeeting(NEW_MEETING);
    const item = meeting.sections[0]!.items[0]!;
    item.notes = [
      { id: 'p1', type: 'paragraph', content: [{ text: 'Mirjam Havinga opent de vergadering.' }] },
      { id: 'l1', type: 'list', style: 'lettered', items: [{ id: 'i1', content: [{ id: 'p2', type: 'paragraph', content: [{ text: 'eerste punt', bold: true }] }] }] },
    ];
    const { savedAt } = await core.saveMeeting({ meeting });
    await core.close();

    const reopened = await openCoreClient(workspace);
    expect(await reopened.listMeetings()).toEqual([{ id: meeting.id, name: meeting.name, date: '2023-02-23', updatedAt: savedAt }]);
    expect(await reopened.getMeeting({ id: meeting.id })).toEqual({ ...meeting, updatedAt: savedAt });
  });

  it('quarantines a corrupt notulist.json instead of overwriting it with defaults', async () => {
    const workspace = await tempDir();
    await writeFile(join(workspace, 'notulist.json'), '{"version": 1, "settings": {');
    const core = await openCoreClient(workspace);
    const info = await core.getInfo();
    expect(info.notices).toEqual([expect.objectContaining({ code: 'quarantined', file: join(workspace, 'notulist.json') })]);
    expect(await readFile(info.notices[0]!.movedTo!, 'utf8')).toBe('{"version": 1, "settings": {');
    await core.updateSettings({ contactPerson: 'M. Stitzinger' });
    expect(JSON.parse(await readFile(join(workspace, 'notulist.json'), 'utf8')).settings.contactPerson).toBe('M. Stitzinger');
  });

  it('adds meeting files missing from the index and drops index entries whose file is gone', async () => {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    const kept = await core.createMeeting(NEW_MEETING);
    const gone = await core.createMeeting({ ...NEW_MEETING, date: '2023-04-13' });
    await rm(join(workspace, 'meetings', `${gone.id}.json`));
    const index = JSON.parse(await readFile(join(workspace, 'notulist.json'), 'utf8'));
    index.meetings = index.meetings.filter((entry: { id: string }) => entry.id !== kept.id);
    await writeFile(join(workspace, 'notulist.json'), JSON.stringify(index));

    const reopened = await openCoreClient(workspace);
    expect((await reopened.listMeetings()).map((entry) => entry.id)).toEqual([kept.id]);
    expect((await reopened.getInfo()).notices).toEqual([expect.objectContaining({ code: 'missing-meeting-file' })]);
  });

  it('lists meetings newest first', async () => {
    const core = await openCoreClient(await tempDir());
    await core.createMeeting({ ...NEW_MEETING, date: '2022-12-15' });
    await core.createMeeting({ ...NEW_MEETING, date: '2023-04-13' });
    await core.createMeeting(NEW_MEETING);
    expect((await core.listMeetings()).map((entry) => entry.date)).toEqual(['2023-04-13', '2023-02-23', '2022-12-15']);
  });

  it('exports numbered versions and never overwrites an earlier export', async () => {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    const meeting = await core.createMeeting(NEW_MEETING);
    const results = await Promise.all([core.exportMeeting({ id: meeting.id }), core.exportMeeting({ id: meeting.id })]);
    expect(results.map((r) => r.fileName).sort()).toEqual([
      '2023-02-23 Resumé Overleg portefeuillehouders sociaal domein (2).docx',
      '2023-02-23 Resumé Overleg portefeuillehouders sociaal domein.docx',
    ]);
    expect(results[0]!.folder).toBe(join(workspace, 'exports'));
    expect((await readdir(join(workspace, 'exports'))).length).toBe(2);
  });

  it('deletes by moving to the trash, and says not-found for an unknown meeting', async () => {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    const meeting = await core.createMeeting(NEW_MEETING);
    await core.deleteMeeting({ id: meeting.id });
    expect(await core.listMeetings()).toEqual([]);
    expect((await readdir(join(workspace, 'trash'))).length).toBeGreaterThan(0);
    await expect(core.deleteMeeting({ id: meeting.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('merges a settings patch without dropping other settings', async () => {
    const core = await openCoreClient(await tempDir());
    await core.updateSettings({ contactPerson: 'Marielle Stitzinger' });
    const settings = await core.updateSettings({ contactEmail: 'm.stitzinger@regiogv.nl' });
    expect(settings).toMatchObject({ contactPerson: 'Marielle Stitzinger', contactEmail: 'm.stitzinger@regiogv.nl' });
  });
});

describe('the workspace folder', () => {
  it('is NOTULIST_HOME when set, else the platform user-data folder of "Notulist"', () => {
    expect(resolveWorkspaceDir({ NOTULIST_HOME: '/data/n' }, 'linux', '/home/m')).toBe('/data/n');
    expect(resolveWorkspaceDir({}, 'linux', '/home/m')).toBe('/home/m/.config/Notulist');
    expect(resolveWorkspaceDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/m')).toBe('/x/Notulist');
    expect(resolveWorkspaceDir({}, 'darwin', '/Users/m')).toBe('/Users/m/Library/Application Support/Notulist');
    expect(resolveWorkspaceDir({ APPDATA: 'C:\\Users\\m\\AppData\\Roaming' }, 'win32', 'C:\\Users\\m')).toMatch(/Roaming[\\/]Notulist$/);
  });
});

describe('the previous meeting and the people directory', () => {
  const tempDir = useTempDirs();

  it('finds the previous meeting of the same name with its actions not yet done', async () => {
    const core = await createNotulistCore({ workspaceDir: await tempDir(), appVersion: '0' });
    const api = createClient((method, args) => dispatch(core, method, args));
    const december = await api.createMeeting({ ...NEW_MEETING, date: '2022-12-15' });
    const item = december.sections[0]!.items[4]!;
    item.actions = [
      { id: 'a1', who: 'Regio', what: 'Evaluatie opstellen', due: '2023-03-01', done: false },
      { id: 'a2', who: 'Huizen', what: 'Aanvulling sturen', done: true },
    ];
    await api.saveMeeting({ meeting: december });
    const february = await api.createMeeting(NEW_MEETING);
    await api.createMeeting({ ...NEW_MEETING, name: 'PFHO Fysiek domein', date: '2023-01-10' });

    const previous = await api.getPreviousMeeting({ id: february.id });
    expect(previous?.meeting.date).toBe('2022-12-15');
    expect(previous?.openActions).toEqual([{ itemId: item.id, itemTitle: item.title, action: expect.objectContaining({ id: 'a1' }) }]);
    expect(await api.getPreviousMeeting({ id: december.id })).toBeNull();
  });

  it('keeps people sorted by name and replaces a person saved again by id', async () => {
    const core = await createNotulistCore({ workspaceDir: await tempDir(), appVersion: '0' });
    const api = createClient((method, args) => dispatch(core, method, args));
    await api.savePerson({ person: { id: 'b', name: 'Mirjam Havinga', municipality: 'Eemnes', portfolios: [], email: '' } });
    await api.savePerson({ person: { id: 'a', name: 'Joke Lanphen', municipality: 'Blaricum', portfolios: [], email: '' } });
    await api.savePerson({ person: { id: 'b', name: 'Mirjam Havinga', municipality: 'Eemnes', portfolios: ['Werk & Participatie'], email: '' } });
    expect((await api.listPeople()).map((p) => [p.name, p.portfolios])).toEqual([
      ['Joke Lanphen', []],
      ['Mirjam Havinga', ['Werk & Participatie']],
    ]);
    await expect(api.deletePerson({ id: 'zz' })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('opening an export from the desktop app', () => {
  const tempDir = useTempDirs();

  it('opens or shows only this workspace\'s exports, and only where a desktop shell exists', async () => {
    const workspace = await tempDir();
    const opened: string[] = [];
    const shell = { openPath: async (path: string) => (opened.push(path), ''), showItemInFolder: (path: string) => void opened.push(`show ${path}`) };
    const core = await createNotulistCore({ workspaceDir: workspace, appVersion: '0', shell });
    const api = createClient((method, args) => dispatch(core, method, args));
    const meeting = await api.createMeeting(NEW_MEETING);
    const { path } = await api.exportMeeting({ id: meeting.id });
    expect((await api.getInfo()).canOpenFiles).toBe(true);
    await api.openExport({ path });
    await api.openExport({ path, reveal: true });
    expect(opened).toEqual([path, `show ${path}`]);
    for (const outside of [join(workspace, 'notulist.json'), '/etc/passwd', join(workspace, 'exports', '..', 'meetings', `${meeting.id}.json`)]) {
      await expect(api.openExport({ path: outside })).rejects.toMatchObject({ code: 'invalid-argument' });
    }

    const browserCore = await createNotulistCore({ workspaceDir: workspace, appVersion: '0' });
    const browserApi = createClient((method, args) => dispatch(browserCore, method, args));
    expect((await browserApi.getInfo()).canOpenFiles).toBe(false);
    await expect(browserApi.openExport({ path })).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe("the organisation's own Word template", () => {
  const tempDir = useTempDirs();

  it('is checked before it is kept, used by the export, and can be dropped again', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const pack = (...lines: string[]) => Packer.pack(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }), 'uint8array');
    const core = await createNotulistCore({ workspaceDir: await tempDir(), appVersion: '0' });
    const api = createClient((method, args) => dispatch(core, method, args));
    const meeting = await api.createMeeting(NEW_MEETING);

    const bad = await api.setWordTemplate({ fileName: 'oud.docx', base64: Buffer.from(await pack('{{inhoud}}', '{{voorzitter}}')).toString('base64') });
    expect(bad).toEqual({ ok: false, problem: 'unknown-placeholders', placeholders: ['{{voorzitter}}'] });
    expect((await api.getSettings()).houseStyle.wordTemplate).toBe('');
    expect(await api.setWordTemplate({ fileName: 'x.docx', base64: Buffer.from('geen docx').toString('base64') })).toMatchObject({ ok: false, problem: 'unreadable' });

    const good = await api.setWordTemplate({ fileName: 'Huisstijl.docx', base64: Buffer.from(await pack('EIGEN SJABLOON', '{{inhoud}}')).toString('base64') });
    expect(good).toMatchObject({ ok: true });
    const { path } = await api.exportMeeting({ id: meeting.id });
    const { execFileSync } = await import('node:child_process');
    expect(execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', path], { encoding: 'utf8' })).toContain('EIGEN SJABLOON');

    await api.setWordTemplate({ clear: true });
    const { path: plain } = await api.exportMeeting({ id: meeting.id });
    expect(execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', plain], { encoding: 'utf8' })).not.toContain('EIGEN SJABLOON');
  });
});
