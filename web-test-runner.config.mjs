// @web/test-runner: the element's browser tests in headless Debian Chromium.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, findChromium } from './scripts/ensure-chromium.mjs';

const VIRTUAL_INDEX = 'virtual:policy-assistant/index';
const VIRTUAL_INDEX_PATH = '/__policy-assistant/index.js';
const FIXTURE = new URL('./test/element/fixtures/kayako-index.json', import.meta.url);

/**
 * Stands in for the Vite plugin: serves the compile-time index module from the Kayako fixture
 * index (written by `npm run test:browser` before the run), so `src/element/index.ts` loads as it
 * would in a Vite build.
 */
function virtualIndex() {
  return {
    name: 'policy-assistant-virtual-index',
    resolveImport({ source }) {
      return source === VIRTUAL_INDEX ? VIRTUAL_INDEX_PATH : undefined;
    },
    async serve(context) {
      if (context.path !== VIRTUAL_INDEX_PATH) return undefined;
      const json = await readFile(FIXTURE, 'utf8');
      return { body: `export default JSON.parse(${JSON.stringify(json)});`, type: 'js' };
    },
  };
}

export default {
  files: ['test/element/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // Focus moves are part of what is tested; one page at a time keeps them deterministic.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    // An index that cannot be had, for the element's error path (a 404 would be reported by the runner).
    function unavailable(context, next) {
      if (context.path !== '/__policy-assistant/unavailable.json') return next();
      context.status = 503;
      context.body = 'unavailable';
      return undefined;
    },
  ],
  plugins: [
    virtualIndex(),
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        // The Chromium scripts/ensure-chromium.mjs found or installed: /usr/bin/chromium, else one on PATH.
        executablePath: findChromium() ?? '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
};
