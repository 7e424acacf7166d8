import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { openCoreClient } from '../support/open-core-client';
import { useTempDirs } from '../support/temp-workspace';

const ROOT = resolve(import.meta.dirname, '..', '..');
const NEW_MEETING = { name: 'PFHO sociaal domein', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] };
const PERSON = { id: 'p-joke', name: 'Joke Lanphen', municipality: 'Blaricum', portfolios: ['Jeugd'], email: '' };

describe('notulist.json that is newer, or partly wrong', () => {
  const tempDir = useTempDirs();

  it('refuses a notulist.json from a newer Notulist and keeps it as it is, while meetings still save', async () => {
    const workspace = await tempDir();
    const newer = JSON.stringify({ version: 2, settings: { contactPerson: 'M. Stitzinger', nieuweInstelling: 1 }, people: [PERSON], meetings: [], extra: {} });
    await writeFile(join(workspace, 'notulist.json'), newer);
    const core = await openCoreClient(workspace);

    expect((await core.getSettings()).contactPerson).toBe('M. Stitzinger');
    expect((await core.listPeople()).map((p) => p.name)).toEqual(['Joke Lanphen']);
    expect((await core.getInfo()).notices).toEqual([expect.objectContaining({ code: 'newer-file', file: join(workspace, 'notulist.json') })]);
    await expect(core.updateSettings({ contactPerson: 'iemand anders' })).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining('newer') });
    const meeting = await core.createMeeting(NEW_MEETING);
    await core.saveMeeting({ meeting: { ...meeting, name: 'PFHO bijgewerkt' } });
    await core.close();

    expect(await readFile(join(workspace, 'notulist.json'), 'utf8')).toBe(newer);
    expect(await readdir(workspace)).not.toContain('quarantine');
    expect((await (await openCoreClient(workspace)).getMeeting({ id: meeting.id })).name).toBe('PFHO bijgewerkt');
  });

  it('resets only settings of the wrong type, keeps a copy with the reason, and says so', async () => {
    const workspace = await tempDir();
    const original = JSON.stringify({ version: 1, settings: { contactPerson: 42, contactEmail: 'm.stitzinger@regiogv.nl', template: 'groot' }, people: [PERSON], meetings: [] });
    await writeFile(join(workspace, 'notulist.json'), original);
    const core = await openCoreClient(workspace);

    const settings = await core.getSettings();
    expect(settings.contactPerson).toBe('');
    expect(settings.contactEmail).toBe('m.stitzinger@regiogv.nl');
    expect((await core.listPeople()).map((p) => p.name)).toEqual(['Joke Lanphen']);
    const [notice] = (await core.getInfo()).notices;
    expect(notice).toMatchObject({ code: 'repaired', details: expect.stringMatching(/contactPerson.*template|template.*contactPerson/s) });
    expect(await readFile(notice!.movedTo!, 'utf8')).toBe(original);
    expect(await core.listQuarantine()).toEqual([expect.objectContaining({ movedTo: notice!.movedTo, reason: expect.stringContaining('contactPerson') })]);
  });

  it('loads a house style saved under its former key `template` without a notice, and saves it as `houseStyle`', async () => {
    const workspace = await tempDir();
    const houseStyle = { font: 'Georgia', footerText: 'Regio – {pagina}', tableLabels: { present: 'Aanwezigen' } };
    await writeFile(join(workspace, 'notulist.json'), JSON.stringify({ version: 1, settings: { contactPerson: 'M. Stitzinger', template: houseStyle }, people: [PERSON], meetings: [] }));
    const core = await openCoreClient(workspace);

    const settings = await core.getSettings();
    expect(settings.houseStyle).toMatchObject({ font: 'Georgia', footerText: 'Regio – {pagina}', tableLabels: { present: 'Aanwezigen', absent: 'Afwezig' } });
    expect((await core.getInfo()).notices).toEqual([]);
    await core.updateSettings({ contactEmail: 'm.stitzinger@regiogv.nl' });
    await core.close();
    const written = JSON.parse(await readFile(join(workspace, 'notulist.json'), 'utf8')).settings;
    expect(written).not.toHaveProperty('template');
    expect(written.houseStyle).toMatchObject({ font: 'Georgia', tableLabels: { present: 'Aanwezigen' } });
  });

  it('treats settings that are not an object as wrong, not as absent', async () => {
    const workspace = await tempDir();
    await writeFile(join(workspace, 'notulist.json'), JSON.stringify({ version: 1, settings: 'kapot', people: [PERSON] }));
    const core = await openCoreClient(workspace);
    expect((await core.getInfo()).notices).toEqual([expect.objectContaining({ code: 'repaired', details: expect.stringContaining('settings') })]);
    expect((await core.listPeople()).map((p) => p.name)).toEqual(['Joke Lanphen']);
  });

  it('reads files that start with a UTF-8 byte-order mark instead of quarantining them', async () => {
    const workspace = await tempDir();
    const first = await openCoreClient(workspace);
    const meeting = await first.createMeeting(NEW_MEETING);
    await first.updateSettings({ contactPerson: 'M. Stitzinger' });
    await first.close();
    for (const file of [join(workspace, 'notulist.json'), join(workspace, 'meetings', `${meeting.id}.json`)]) {
      await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`);
    }
    const core = await openCoreClient(workspace);
    expect((await core.getSettings()).contactPerson).toBe('M. Stitzinger');
    expect((await core.getMeeting({ id: meeting.id })).name).toBe(meeting.name);
    expect((await core.getInfo()).notices).toEqual([]);
    expect(await readdir(workspace)).not.toContain('quarantine');
  });
});

describe('what the core says survives a restart', () => {
  const tempDir = useTempDirs();

  it('lists a quarantined file and its notice after a restart, until the notice is dismissed', async () => {
    const workspace = await tempDir();
    await writeFile(join(workspace, 'notulist.json'), '{"version": 1, "settings": {');
    const first = await openCoreClient(workspace);
    const [notice] = (await first.getInfo()).notices;
    expect(notice).toMatchObject({ code: 'quarantined', id: expect.any(String) });
    await first.close();

    const second = await openCoreClient(workspace);
    expect((await second.getInfo()).notices).toEqual([notice]);
    expect(await second.listQuarantine()).toEqual([expect.objectContaining({ file: join(workspace, 'notulist.json'), movedTo: notice!.movedTo, reason: expect.stringContaining('not valid JSON') })]);
    expect(await second.dismissNotice({ id: notice!.id! })).toEqual({ dismissed: true });
    await second.close();

    const third = await openCoreClient(workspace);
    expect((await third.getInfo()).notices).toEqual([]);
    // The file itself stays listed: dismissing a notice deletes nothing.
    expect(await third.listQuarantine()).toHaveLength(1);
  });
});

describe('what a crash leaves behind', () => {
  const tempDir = useTempDirs();

  it("removes the store's own stale temp files on start, and nothing else", async () => {
    const workspace = await tempDir();
    const first = await openCoreClient(workspace);
    const meeting = await first.createMeeting(NEW_MEETING);
    await first.close();
    const meetings = join(workspace, 'meetings');
    const old = new Date(Date.now() - 60_000);
    // 99999999 is above every system's highest process id: a writer that is certainly gone.
    const killedWriter = join(meetings, `.${meeting.id}.json.99999999.0badf00d.tmp`);
    const stale = [join(meetings, `.${meeting.id}.json.4242.0a1b2c3d.tmp`), join(workspace, '.notulist.json.77.deadbeef.tmp')];
    const kept = [join(meetings, `.${meeting.id}.json.${process.pid}.00ff00ff.tmp`), join(meetings, 'notes.tmp'), join(workspace, 'mijn-bestand.tmp')];
    for (const file of [...stale, ...kept, killedWriter]) await writeFile(file, '{"half');
    for (const file of [...stale, ...kept.slice(1)]) await utimes(file, old, old);

    const core = await openCoreClient(workspace);
    for (const file of stale) await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    // Fresh, but its writer is gone: the restart right after a crash removes it.
    await expect(stat(killedWriter)).rejects.toMatchObject({ code: 'ENOENT' });
    // The first is too young and its writer runs (a write under way); the others are not ours.
    for (const file of kept) expect((await stat(file)).isFile()).toBe(true);
    expect((await core.getMeeting({ id: meeting.id })).name).toBe(meeting.name);
  });

  it('says plainly that a read-only workspace cannot be written, leaving its damaged file alone', { timeout: 120_000 }, async () => {
    const workspace = await tempDir();
    const damaged = '{"version": 1, "settings": {';
    await writeFile(join(workspace, 'notulist.json'), damaged);
    await chmod(workspace, 0o555);
    await chmod(join(workspace, 'notulist.json'), 0o444);
    // Root may write anywhere: the start runs as an unprivileged user where the test runs as root.
    // That user may not be able to read the checkout (a clone in a private temp folder), so it
    // runs the core bundled into a folder of its own that anyone may read.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const bundleDir = await tempDir();
    await chmod(bundleDir, 0o755);
    const bundle = join(bundleDir, 'core.mjs');
    await build({
      entryPoints: [join(ROOT, 'electron/core/notulist-core.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
      banner: { js: "import { createRequire as __notulistCreateRequire } from 'node:module'; const require = __notulistCreateRequire(import.meta.url);" },
    });
    await chmod(bundle, 0o644);
    const script = `import { createNotulistCore } from ${JSON.stringify(bundle)};
      createNotulistCore({ workspaceDir: process.argv[1], appVersion: 't' }).then(
        () => console.log('started'), (error) => { console.log(error.message); process.exitCode = 3; });`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, workspace], { cwd: bundleDir, encoding: 'utf8', ...asUser, env: { ...process.env, HOME: '/tmp' } });
    await chmod(workspace, 0o755);

    expect(run.stdout).toMatch(/workspace folder .* cannot be written to .*EACCES/);
    expect(run.stdout).not.toMatch(/ENOENT/);
    expect(await readFile(join(workspace, 'notulist.json'), 'utf8')).toBe(damaged);
    await mkdir(join(workspace, 'meetings'), { recursive: true });
  });
});
