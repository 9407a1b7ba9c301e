#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the browser tests and the screenshot: /usr/bin/chromium
// or `chromium` on PATH. As root it installs the package (showing apt's progress); otherwise it
// says how to. The tests launch it themselves, with the flags a machine without network needs.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Flags every headless Chromium run of the project takes (browser tests, bench, screenshots): as
 * root it needs `--no-sandbox`, and on a machine without network the others stop it trying Google's
 * services.
 */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Path of an executable Chromium, or `null`. */
export function findChromium() {
  const candidates = ['/usr/bin/chromium', ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'chromium'))];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here; try the next place.
    }
  }
  return null;
}

function run(command, args) {
  process.stderr.write(`ensure-chromium: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`"${command} ${args.join(' ')}" exited with ${result.status}`);
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain && !findChromium()) {
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    process.stderr.write('ensure-chromium: Chromium is not installed; installing Debian\'s "chromium" package\n');
    try {
      run('apt-get', ['update']);
      run('apt-get', ['install', '-y', 'chromium']);
    } catch (error) {
      process.stderr.write(`ensure-chromium: could not install Chromium: ${error.message}\n`);
      process.exit(1);
    }
    if (!findChromium()) {
      process.stderr.write('ensure-chromium: apt-get finished but /usr/bin/chromium is still missing\n');
      process.exit(1);
    }
  } else {
    process.stderr.write(
      'ensure-chromium: Chromium is missing: the browser tests need /usr/bin/chromium (or "chromium" on PATH).\n' +
        'Install it with: sudo apt-get update && sudo apt-get install -y chromium\n',
    );
    process.exit(1);
  }
}
