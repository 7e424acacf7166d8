#!/usr/bin/env node
// Entry point of a global install (`npm install -g`): runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { runCliProcess } = await import(pathToFileURL(join(root, 'electron', 'cli', 'main.ts')).href);
await runCliProcess();
