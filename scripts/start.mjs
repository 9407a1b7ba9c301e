#!/usr/bin/env node
// `npm start`: builds the demo help page and serves the build (`vite build` + `vite preview`),
// printing its local URL. `npm start -- --dev` runs the Vite dev server instead (reloads on edits
// to the element, the demo or the policy Markdown).
import { fileURLToPath } from 'node:url';
import { build, createServer, preview } from 'vite';

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const dev = process.argv.includes('--dev');

let server;
if (dev) {
  server = await createServer({ configFile });
  await server.listen();
} else {
  await build({ configFile, logLevel: 'warn' });
  server = await preview({ configFile });
}
const url = server.resolvedUrls?.local[0];
process.stdout.write(`\npolicy-assistant demo (${dev ? 'dev server' : 'production build'}): ${url}\n`);
process.stdout.write(`Try ${url}#ask=who%20processes%20my%20card — press Ctrl+C to stop.\n\n`);
