// Vite config of the demo help page (`npm start`, `vite`, `vite build`): root `demo/`, built into
// `.tmp/demo/`. The library build (`npm run build` → `dist/`) is scripts/build.mjs.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { policyAssistant } from './src/vite/index.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./demo'),
  // Relative asset URLs, so the built demo works from any folder or sub-path.
  base: './',
  plugins: [policyAssistant({ corpus: here('./corpus') })],
  build: {
    outDir: here('./.tmp/demo'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: { index: here('./demo/index.html'), launcher: here('./demo/launcher.html') },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
