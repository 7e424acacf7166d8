import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { parseMeetingFile } from '../../shared/model/meeting-file';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { driveApiSaves } from './api-saves';
import { apiItemOf, holdsSettingsEdit, uiItemOf, wordsOf, type Edit } from './edits';
import { hostApi } from './host-api';
import { driveUiTyping } from './ui-typing';
import { checkWorkspace, type WorkspaceCheck, type WorkspaceFinding } from './workspace-check';
import { bundleWriter, killHard, startWriter, stopGently, type Writer } from './writer-process';
import { seededRandom } from '../../bench/large-meeting';

export interface CrashOptions {
  trials: number;
  seed: number;
  /** Every how many trials one types in the real UI (the others save through the API); 0: none. */
  uiEvery: number;
  log: (line: string) => void;
}

export interface CrashResult {
  trials: number;
  uiTrials: number;
  /** Damaged files found after restarts (parse or schema failures, quarantined on start). */
  corrupt: WorkspaceFinding[];
  /** Edits acknowledged at least PROMISE_MS before the kill and missing after the restart. */
  lost: Edit[];
  edits: number;
  dueEdits: number;
  /** Distinct temp files found after a restart, and in how many trials. */
  tempFiles: number;
  trialsWithTempFiles: number;
  /** Trials after which a saved meeting had no backup (its previous version) beside it. */
  trialsWithoutBackup: number;
}

/** The app's promise: whatever was acknowledged a second ago is on disk. */
export const PROMISE_MS = 1000;
/**
 * A kill lands uniformly in this window after the driver is saving or typing; typing is slower
 * than saving, so its window is longer, for words typed more than a second before the kill.
 */
const KILL_AFTER_MS = { api: [200, 3000], ui: [500, 5000] } as const;

export { seededRandom };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the files say after the restart: which of the trial's edits are missing, and how each text ends. */
async function missingEdits(workspace: string, meetingId: string, due: Edit[]): Promise<{ lost: Edit[]; ending: Record<Edit['target'], string> }> {
  const meetingText = await readFile(join(workspace, 'meetings', `${meetingId}.json`), 'utf8').catch(() => '');
  const meeting = parseMeetingFile(meetingText);
  const apiWords = new Set(meeting.ok ? wordsOf(apiItemOf(meeting.meeting)) : []);
  const uiWords = new Set(meeting.ok ? wordsOf(uiItemOf(meeting.meeting)) : []);
  let contactPerson = '';
  try {
    contactPerson = (JSON.parse(await readFile(join(workspace, 'notulist.json'), 'utf8')) as { settings: { contactPerson: string } }).settings.contactPerson;
  } catch {
    // A damaged notulist.json is counted as corrupt by checkWorkspace; its edits count as lost here.
  }
  const lost = due.filter((edit) => {
    if (edit.target === 'settings') return !holdsSettingsEdit(contactPerson, edit.token);
    return !(edit.target === 'api-notes' ? apiWords : uiWords).has(edit.token);
  });
  const tail = (words: Set<string>) => [...words].slice(-12).join(' ');
  return { lost, ending: { 'api-notes': tail(apiWords), 'ui-notes': tail(uiWords), settings: contactPerson } };
}

interface TrialSetup {
  bundle: string;
  workspace: string;
  meetingId: string;
  random: () => number;
  knownQuarantine: Set<string>;
  /** The browser for UI trials; undefined for an API trial. */
  context: BrowserContext | undefined;
}

interface TrialOutcome {
  /** The restarted writer: the next trial's. */
  writer: Writer;
  killAfter: number;
  /** performance.now() at the kill. */
  killedAt: number;
  edits: Edit[];
  due: Edit[];
  corrupt: WorkspaceFinding[];
  lost: Edit[];
  ending: Record<Edit['target'], string>;
  check: WorkspaceCheck;
}

/** One trial: drive, kill at a random moment, restart, then check the files and the edits. */
async function runTrial(setup: TrialSetup, writer: Writer, trial: number): Promise<TrialOutcome> {
  const { workspace, meetingId, random, context } = setup;
  const drive = context ? driveUiTyping(context, writer.url, meetingId, trial, random) : driveApiSaves(hostApi(writer.url), meetingId, trial, random);
  await drive.ready;
  const [earliest, latest] = KILL_AFTER_MS[context ? 'ui' : 'api'];
  const killAfter = Math.round(earliest + random() * (latest - earliest));
  await sleep(killAfter);
  const killedAt = performance.now();
  await killHard(writer);
  const edits = await drive.stop();

  const restarted = await startWriter(setup.bundle, workspace);
  const check = await checkWorkspace(workspace, setup.knownQuarantine);
  // The restarted app must also open the meeting, not just the harness read it.
  const opened = await hostApi(restarted.url).getMeeting({ id: meetingId }).then(
    () => undefined,
    (error: unknown) => ({ file: `meetings/${meetingId}.json`, reason: `the restarted host cannot open it: ${String(error)}` }),
  );
  const due = edits.filter((edit) => edit.ackedAt <= killedAt - PROMISE_MS);
  const { lost, ending } = await missingEdits(workspace, meetingId, due);
  return { writer: restarted, killAfter, killedAt, edits, due, corrupt: opened ? [...check.corrupt, opened] : check.corrupt, lost, ending, check };
}

function logTrial(log: (line: string) => void, trial: number, viaUi: boolean, outcome: TrialOutcome, newTemp: string[]): void {
  const { killAfter, killedAt, edits, due, check, corrupt, lost, ending } = outcome;
  log(
    `trial ${trial} ${viaUi ? 'ui ' : 'api'}: killed after ${killAfter} ms, ${edits.length} edits (${due.length} due), ` +
      `${check.checked} files checked, ${corrupt.length} corrupt, ${lost.length} lost, ${check.tempFiles.length} temp files left`,
  );
  for (const finding of corrupt) log(`  corrupt: ${finding.file}: ${finding.reason}`);
  for (const edit of lost) {
    log(`  lost: ${edit.target} ${edit.token}, acknowledged ${Math.round(killedAt - edit.ackedAt)} ms before the kill; the stored text ends "${ending[edit.target]}"`);
  }
  for (const file of newTemp) log(`  temp file survived the restart: ${file}`);
  // The first trial's meeting may have been saved once only: no previous version to keep yet.
  if (trial > 1) for (const file of check.withoutBackup) log(`  no backup beside ${file} after the restart`);
}

/**
 * Runs the real writer (the browser host) on a temp workspace, drives saves, kills it with SIGKILL
 * at a random moment, restarts it on the same workspace and checks every file and every edit.
 * The restarted host is the writer of the next trial.
 */
export async function runCrashTrials(options: CrashOptions): Promise<CrashResult> {
  const random = seededRandom(options.seed);
  const workspace = await mkdtemp(join(tmpdir(), 'notulist-crash-'));
  const result: CrashResult = { trials: 0, uiTrials: 0, corrupt: [], lost: [], edits: 0, dueEdits: 0, tempFiles: 0, trialsWithTempFiles: 0, trialsWithoutBackup: 0 };
  const seenTemp = new Set<string>();
  let writer: Writer | undefined;
  let browser: Browser | undefined;
  const bundle = await bundleWriter();
  try {
    writer = await startWriter(bundle, workspace);
    const meeting = await hostApi(writer.url).createMeeting({ name: 'Crashproef', date: '2023-02-23', domains: ['sociaal-domein-algemeen'] });
    let context: BrowserContext | undefined;
    if (options.uiEvery > 0) {
      const executablePath = findChromium();
      if (!executablePath) throw new Error('no Chromium found for the UI trials (install the Debian package "chromium", or set CHROMIUM_PATH)');
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1366, height: 768 } });
    }
    const setup = { bundle, workspace, meetingId: meeting.id, random, knownQuarantine: new Set<string>() };
    for (let trial = 1; trial <= options.trials; trial += 1) {
      const viaUi = context !== undefined && trial % options.uiEvery === 0;
      const outcome = await runTrial({ ...setup, context: viaUi ? context : undefined }, writer, trial);
      writer = outcome.writer;
      const newTemp = outcome.check.tempFiles.filter((file) => !seenTemp.has(file));
      newTemp.forEach((file) => seenTemp.add(file));
      result.trials += 1;
      if (viaUi) result.uiTrials += 1;
      result.corrupt.push(...outcome.corrupt);
      result.lost.push(...outcome.lost);
      result.edits += outcome.edits.length;
      result.dueEdits += outcome.due.length;
      if (outcome.check.tempFiles.length > 0) result.trialsWithTempFiles += 1;
      if (trial > 1 && outcome.check.withoutBackup.length > 0) result.trialsWithoutBackup += 1;
      result.tempFiles = seenTemp.size;
      logTrial(options.log, trial, viaUi, outcome, newTemp);
    }
  } finally {
    await browser?.close();
    if (writer) await stopGently(writer);
    await rm(workspace, { recursive: true, force: true });
    await rm(dirname(bundle), { recursive: true, force: true });
  }
  return result;
}

/** The closing line, always in this form: `N trials, C corrupt, L lost`. */
export function summaryLine(result: CrashResult): string {
  return `${result.trials} trials, ${result.corrupt.length} corrupt, ${result.lost.length} lost`;
}
