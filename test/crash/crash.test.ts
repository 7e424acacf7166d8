import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/chromium';
import { runCrashTrials, seededRandom, summaryLine, type CrashResult } from './crash-harness';
import { holdsSettingsEdit } from './edits';

describe('kill -9 at random moments (npm run test:crash, 20 trials)', () => {
  let result: CrashResult;
  // Without Chromium (and without CI=true, which makes that an error) only the API trials run.
  const uiEvery = findChromium() ? 4 : 0;
  // The run's log goes with every failure, its seed first, so the run can be repeated.
  const lines: string[] = [];

  beforeAll(async () => {
    const seed = Math.floor(Math.random() * 2 ** 31);
    lines.push(`npm run test:crash -- --trials 20 --ui-every ${uiEvery} --seed ${seed}`);
    result = await runCrashTrials({ trials: 20, seed, uiEvery, log: (line) => lines.push(line) });
  }, 300_000);

  it('leaves every file of the workspace readable and valid after each restart', () => {
    const { trials, uiTrials, corrupt } = result;
    expect(trials).toBe(20);
    expect(uiTrials).toBe(uiEvery ? 5 : 0);
    expect(corrupt, lines.join('\n')).toEqual([]);
  });

  it('loses no save the API acknowledged, of a meeting or of the settings', () => {
    const { lost, dueEdits } = result;
    // The check has something to check: edits were due in these trials.
    expect(dueEdits).toBeGreaterThan(0);
    expect(lost.filter((edit) => edit.target !== 'ui-notes'), lines.join('\n')).toEqual([]);
  });

  it('ends with the summary line in its fixed form', () => {
    expect(summaryLine(result)).toMatch(/^20 trials, \d+ corrupt, \d+ lost$/);
  });

  it('loses no word typed in the UI a second or more before the kill', () => {
    expect(result.lost, lines.join('\n')).toEqual([]);
  });
  it('leaves no temp file of an interrupted write after the restart', () => {
    expect(result.tempFiles, lines.join('\n')).toBe(0);
  });
});

describe('the crash harness itself', () => {
  it('repeats a run from its seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(new Set(first).size).toBe(5);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('counts a settings edit as present when it or a later one of the same trial is stored', () => {
    expect(holdsSettingsEdit('Secretaris t3n7', 't3n7')).toBe(true);
    expect(holdsSettingsEdit('Secretaris t3n9', 't3n7')).toBe(true);
    expect(holdsSettingsEdit('Secretaris t3n6', 't3n7')).toBe(false);
    expect(holdsSettingsEdit('Secretaris t2n90', 't3n7')).toBe(false);
    expect(holdsSettingsEdit('', 't3n7')).toBe(false);
  });
});
