import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { runCli } from '../../electron/cli/main';
import { MeetingStore } from '../../electron/core/meetings/meeting-store';
import { useTempDirs } from '../support/temp-workspace';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Runs the CLI in-process and collects what it prints. */
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function sampleMeeting() {
  const meeting = createMeeting(
    { name: 'Overleg portefeuillehouders sociaal domein', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] },
    DEFAULT_SETTINGS,
    new Date('2023-02-24T10:00:00Z'),
  );
  meeting.sections[0]!.items[0]!.notes = [{ id: 'p1', type: 'paragraph', content: [{ text: 'De agenda wordt vastgesteld.' }] }];
  return meeting;
}

describe('the notulist CLI', () => {
  const tempDir = useTempDirs();

  it('exports a meeting file to a DOCX named as a secretary expects, numbering instead of overwriting', async () => {
    const dir = await tempDir();
    const file = join(dir, 'meeting.json');
    await writeFile(file, JSON.stringify(sampleMeeting()));
    const first = await cli('export', file);
    expect(first.code).toBe(0);
    expect(first.out).toBe(join(dir, '2023-02-23 Resumé Overleg portefeuillehouders sociaal domein.docx'));
    const bytes = await readFile(first.out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const second = await cli('export', file);
    expect(second.out).toBe(join(dir, '2023-02-23 Resumé Overleg portefeuillehouders sociaal domein (2).docx'));
  });

  it('refuses to overwrite an existing -o target unless told to', async () => {
    const dir = await tempDir();
    const file = join(dir, 'meeting.json');
    await writeFile(file, JSON.stringify(sampleMeeting()));
    const target = join(dir, 'out.docx');
    await writeFile(target, 'earlier export');
    const refused = await cli('export', file, '-o', target);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/already exists/);
    expect(await readFile(target, 'utf8')).toBe('earlier export');
    expect((await cli('export', file, '-o', target, '--force')).code).toBe(0);
  });

  it('validates a good file and lists path and reason for a bad one', async () => {
    const dir = await tempDir();
    const good = join(dir, 'good.json');
    await writeFile(good, JSON.stringify(sampleMeeting()));
    expect((await cli('validate', good)).code).toBe(0);

    const broken = sampleMeeting() as unknown as { date: string; sections: { title: unknown }[] };
    broken.date = '23-02-2023';
    broken.sections[0]!.title = 42;
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify(broken));
    const result = await cli('validate', bad);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^  date: /m);
    expect(result.err).toMatch(/^  sections\.0\.title: /m);
  });

  it('reads a workspace meeting with the saves still in its journal, and refuses a journal that does not fit', async () => {
    const workspace = await tempDir();
    const store = new MeetingStore(workspace, () => undefined, () => new Date('2023-02-24T10:00:00Z'));
    await store.init();
    const meeting = sampleMeeting();
    await store.write(meeting);
    const { sections, ...header } = meeting;
    const renamed = { ...header, name: 'Overleg na de pauze', updatedAt: store.nextRevision(meeting.id, new Date('2023-02-24T10:00:00Z')) };
    await store.writeChanges(renamed, meeting.updatedAt, sections.map((section) => section.id), []);
    const file = join(workspace, 'meetings', `${meeting.id}.json`);
    expect((await cli('validate', file)).out).toMatch(/valid meeting "Overleg na de pauze"/);

    await writeFile(file, JSON.stringify({ ...meeting, updatedAt: '2023-01-01T00:00:00.000Z' }));
    const refused = await cli('validate', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/the saves journaled beside .* cannot be applied \(a save of revision .* was made on .*\); open the workspace in Notulist once/);
    await store.close();
  });

  it('points at the line of a JSON syntax error', async () => {
    const dir = await tempDir();
    const file = join(dir, 'broken.json');
    await writeFile(file, '{\n  "name": "PFHO",\n  oops\n}');
    const result = await cli('validate', file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/line 3/);
  });

  it('says in one line what is wrong with the command line', async () => {
    expect(await cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringMatching(/^notulist: unknown command "frobnicate"/) });
    expect(await cli('export')).toMatchObject({ code: 2, err: 'notulist: missing <meeting.json> argument' });
    expect(await cli('validate', '/nonexistent/meeting.json')).toMatchObject({ code: 3, err: expect.stringMatching(/no such file/) });
    expect((await cli('export', 'a.json', '--bogus')).code).toBe(2);
  });

  it('prints the JSON Schema of the meeting file', async () => {
    const result = await cli('schema');
    const schema = JSON.parse(result.out) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'name', 'date', 'sections']));
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'date', 'sections']));
  });

  it('runs through npm as documented, with no stack trace for a user mistake', async () => {
    const { stderr } = await promisify(execFile)('npm', ['run', '--silent', 'notulist', '--', 'validate', 'missing.json'], { cwd: ROOT }).catch(
      (error: { stderr: string; code: number }) => {
        expect(error.code).toBe(3);
        return error;
      },
    );
    expect(stderr).toMatch(/notulist: cannot read missing\.json: no such file/);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 60_000);
});

describe('the CLI export of public and confidential versions', () => {
  const tempDir = useTempDirs();

  it('leaves confidential items out with --public, and marks the full version in its name', async () => {
    const dir = await tempDir();
    const m = sampleMeeting();
    m.sections[0]!.items[1]!.confidential = true;
    m.sections[0]!.items[1]!.title = 'Geheim agendapunt';
    const file = join(dir, 'meeting.json');
    await writeFile(file, JSON.stringify(m));
    const pub = await cli('export', file, '--public');
    expect(pub.out).toBe(join(dir, '2023-02-23 Resumé Overleg portefeuillehouders sociaal domein.docx'));
    const full = await cli('export', file);
    expect(full.out).toBe(join(dir, '2023-02-23 Resumé Overleg portefeuillehouders sociaal domein (vertrouwelijk).docx'));
    const text = (path: string) => promisify(execFile)('pandoc', ['-f', 'docx', '-t', 'plain', path]).then((r) => r.stdout);
    expect(await text(pub.out)).not.toContain('Geheim agendapunt');
    expect(await text(full.out)).toContain('Geheim agendapunt');
  });
});

describe('the CLI with an organisation\'s own Word template', () => {
  const tempDir = useTempDirs();

  it('fills a good template and names the unknown placeholders of a bad one', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const dir = await tempDir();
    const meetingFile = join(dir, 'meeting.json');
    await writeFile(meetingFile, JSON.stringify(sampleMeeting()));
    const good = join(dir, 'good.docx');
    await writeFile(good, await Packer.pack(new Document({ sections: [{ children: [new Paragraph('REGIO'), new Paragraph('{{inhoud}}')] }] }), 'uint8array'));
    const ok = await cli('export', meetingFile, '--template', good, '-o', join(dir, 'out.docx'));
    expect(ok.code).toBe(0);
    const bad = join(dir, 'bad.docx');
    await writeFile(bad, await Packer.pack(new Document({ sections: [{ children: [new Paragraph('{{inhoud}} {{wethouder}}')] }] }), 'uint8array'));
    expect(await cli('export', meetingFile, '--template', bad, '-o', join(dir, 'bad-out.docx'))).toMatchObject({
      code: 1,
      err: expect.stringContaining('{{wethouder}}'),
    });
    expect(await cli('export', meetingFile, '--template', join(dir, 'missing.docx'))).toMatchObject({ code: 3 });
  });
});
