#!/usr/bin/env node
// Runs the built CLI when the package is installed, or the TypeScript sources (through tsx) in a
// checkout of the repository, so `node bin/policy-assistant.js` works right after `npm install`.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/run.ts', import.meta.url).href);
}
