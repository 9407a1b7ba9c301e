import { defineConfig } from 'vitest/config';

// Node tests only; the element's browser tests run in Chromium through @web/test-runner.
export default defineConfig({
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    exclude: ['test/element/**', 'node_modules/**'],
  },
});
