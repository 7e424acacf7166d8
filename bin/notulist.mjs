#!/usr/bin/env node
// The `notulist` command (`npm run notulist -- …`, or a global install): runs the bundled CLI,
// bundling it first when it is missing or older than the sources.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { bundleCli, bundlePath, isBundleFresh } from './cli-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!isBundleFresh(root)) await bundleCli(root);
const { runCliProcess } = await import(pathToFileURL(bundlePath(root)).href);
await runCliProcess();
