// The entry of the writer bundle (see writer-process.ts): the browser host exactly as
// `npm run web` runs it, started unconditionally.
import { runBrowserHost } from '../../electron/host/start-host';

runBrowserHost().catch((error: unknown) => {
  console.error(`notulist: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
