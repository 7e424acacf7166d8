// `npm start`: the desktop app, or — where Electron cannot be fetched or shown — the very same
// app through the browser host, announced in one line instead of a crash.
import { runBrowserHost } from '../electron/host/start-host';
import { buildAll } from './build';
import { findElectronBinary, missingDisplayReason, runElectron } from './electron-binary';

async function fallBackToBrowser(reason: string): Promise<void> {
  console.log(`Cannot open the desktop window (${reason}); serving Notulist through the browser host instead.`);
  await runBrowserHost();
}

async function main(): Promise<void> {
  await buildAll();
  const noDisplay = missingDisplayReason(process.env, process.platform);
  if (noDisplay) return fallBackToBrowser(noDisplay);
  const binary = findElectronBinary();
  if (!binary.ok) return fallBackToBrowser(`the Electron binary could not be fetched: ${binary.reason}`);
  const run = await runElectron(binary.path);
  if (run.kind === 'failed-to-start') return fallBackToBrowser(`Electron did not start: ${run.reason}`);
  process.exit(run.code);
}

main().catch((error: unknown) => {
  console.error(`notulist: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
