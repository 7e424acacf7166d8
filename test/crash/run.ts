import { parseArgs } from 'node:util';
import { runCrashTrials, summaryLine } from './crash-harness';

/**
 * `npm run test:crash [-- --trials N] [--seed S] [--ui-every K]`: SIGKILL trials against the real
 * writer. Exits 1 when a file is corrupt, an acknowledged edit is lost or a temp file survives.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      trials: { type: 'string', default: '200' },
      seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
      'ui-every': { type: 'string', default: '2' },
    },
  });
  const numbers = { trials: Number(values.trials), seed: Number(values.seed), uiEvery: Number(values['ui-every']) };
  for (const [name, value] of Object.entries(numbers)) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number >= 0, got "${String(value)}"`);
  }
  const share = numbers.uiEvery ? `1 in ${numbers.uiEvery}` : 'none';
  console.log(`test:crash: ${numbers.trials} trials, seed ${numbers.seed}, ${share} of them typed in the UI`);
  const started = performance.now();
  const result = await runCrashTrials({ ...numbers, log: (line) => console.log(line) });
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(`${result.uiTrials} trials typed in the UI, ${result.trials - result.uiTrials} saved through the API, ${seconds} s`);
  console.log(`${result.edits} edits acknowledged, ${result.dueEdits} of them at least 1 s before their kill`);
  console.log(`${result.tempFiles} temp files survived a restart (in ${result.trialsWithTempFiles} trials)`);
  console.log(`${result.trialsWithoutBackup} trials left a meeting without its backup (the previous version)`);
  console.log(summaryLine(result));
  return result.corrupt.length + result.lost.length + result.tempFiles > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:crash: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
