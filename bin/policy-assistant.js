#!/usr/bin/env node
// In a checkout of the repository (sources and tsx present) this runs the TypeScript sources, so
// `node bin/policy-assistant.js` works right after `npm install` and never runs a stale build;
// in an installed package it runs the built CLI.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const source = new URL('../src/cli/run.ts', import.meta.url);
const built = new URL('../dist/cli.js', import.meta.url);

function hasTsx() {
  try {
    createRequire(import.meta.url).resolve('tsx/esm/api');
    return true;
  } catch {
    return false;
  }
}

if (existsSync(source) && hasTsx()) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write('policy-assistant: the CLI is not built; run "npm run build" or "npm install" in the repository\n');
  process.exitCode = 1;
}
