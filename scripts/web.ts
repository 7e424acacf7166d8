// `npm run web`: build the renderer, then serve the app to any Chromium on 127.0.0.1.
import { runBrowserHost } from '../electron/host/start-host';
import { buildRenderer } from './build';

async function main(): Promise<void> {
  await buildRenderer();
  await runBrowserHost();
}

main().catch((error: unknown) => {
  console.error(`notulist: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
