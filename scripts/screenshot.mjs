#!/usr/bin/env node
// Builds the demo, serves it, asks a question through `#ask=` and takes screenshots with headless
// Debian Chromium: docs/screenshot.png (1280×900, light), docs/screenshot-dark.png (dark),
// docs/screenshot-mobile.png (360×780), docs/screenshot-changes.png (an answer about what changed)
// and docs/screenshot-what-changed.png (the demo's "What changed" view). Chromium's console is read too: an error or a Content
// Security Policy violation on the page fails the script.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from './ensure-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = join(root, 'vite.config.ts');
const question = process.env.QUESTION ?? 'who processes my card?';

const chromium = findChromium();
if (!chromium) {
  process.stderr.write('screenshot: Chromium is missing; run "node scripts/ensure-chromium.mjs" first\n');
  process.exit(1);
}

await build({ configFile, logLevel: 'warn' });
const server = await preview({ configFile, preview: { port: 4370, strictPort: false } });
const base = server.resolvedUrls.local[0];
const ask = (q) => `#ask=${encodeURIComponent(q)}`;
mkdirSync(join(root, 'docs'), { recursive: true });

const shots = [
  { file: 'docs/screenshot.png', size: '1280,900', flags: [], hash: ask(question) },
  { file: 'docs/screenshot-dark.png', size: '1280,900', flags: ['--force-dark-mode', '--blink-settings=preferredColorScheme=0'], hash: ask(question) },
  { file: 'docs/screenshot-mobile.png', size: '360,780', flags: [], hash: ask(question) },
  // An answer about what changed (both versions, the words that changed marked) and the demo's view of all changes.
  { file: 'docs/screenshot-changes.png', size: '1280,900', flags: [], hash: ask(process.env.CHANGES_QUESTION ?? 'did the payment processors change?') },
  { file: 'docs/screenshot-what-changed.png', size: '1280,900', flags: [], hash: '#what-changed' },
];

/** Runs a program to its end; resolves with its exit status and what it wrote to stderr. */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

let failed = false;
try {
  for (const shot of shots) {
    const profile = mkdtempSync(join(tmpdir(), 'policy-assistant-shot-'));
    try {
      // Asynchronous: the preview server runs in this process and must answer Chromium meanwhile.
      const result = await run(
        chromium,
        [
          '--headless',
          ...CHROMIUM_FLAGS,
          `--user-data-dir=${profile}`,
          `--window-size=${shot.size}`,
          '--hide-scrollbars',
          '--virtual-time-budget=5000',
          '--enable-logging=stderr',
          '--v=0',
          ...shot.flags,
          `--screenshot=${join(root, shot.file)}`,
          `${base}${shot.hash}`,
        ],
      );
      const problems = (result.stderr ?? '')
        .split('\n')
        .filter((line) => /CONSOLE|Content Security Policy|Refused to/.test(line) && !/INFO:CONSOLE.*"\[vite\]/.test(line));
      if (result.status !== 0) {
        process.stderr.write(`screenshot: Chromium exited with ${result.status} for ${shot.file}\n${result.stderr}\n`);
        failed = true;
      } else if (problems.length > 0) {
        process.stderr.write(`screenshot: the page logged to the console:\n${problems.join('\n')}\n`);
        failed = true;
      } else {
        process.stdout.write(`screenshot: wrote ${shot.file} (${base}${shot.hash})\n`);
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}
process.exitCode = failed ? 1 : 0;
