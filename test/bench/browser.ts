// The browser half of `npm run bench`: the single-file bundle's size against its budget, and in
// headless Chromium the index load on first focus and the time from Enter to the rendered answer,
// for <policy-assistant> and for a plain MiniSearch page over the same clauses in the same run.
//
// The pages are test/bench/page/*.html, served from memory by a small HTTP server on 127.0.0.1
// under `Content-Security-Policy: default-src 'self'` (the README's promise). Chromium is driven
// through puppeteer-core; the timing itself happens in the page (test/bench/page/harness.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { build, type Plugin } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/ensure-chromium.mjs';
import { formatTable, gzipBytes, kb, median, ms, percentile, ratio } from './figures.js';
import type { AnswerTiming, LoadTiming } from './page/harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));
const BUNDLE = join(ROOT, 'dist/policy-assistant.bundle.js');
const BUNDLE_STATS = join(ROOT, '.tmp/bundle-stats.json');
/** What the bundle is made from: a newer file here means `npm run build` runs first. */
const BUNDLE_SOURCES = ['src', 'corpus', 'scripts/build.mjs', 'package.json', 'tsconfig.build.json'];
const BASELINE_INDEX_ID = 'virtual:bench/baseline-index';
/** The options of the baseline page (test/bench/page/baseline.ts). */
const BASELINE_OPTIONS = { fields: ['text'], storeFields: ['text'] };
/** First visits of each page for the index load, after one untimed visit each. */
const LOAD_RUNS = 20;
/** The project's Chromium flags (scripts/ensure-chromium.mjs), in a window the size of a laptop screen. */
const CHROMIUM_ARGS = [...CHROMIUM_FLAGS, '--window-size=1280,900'];

/** A failure of the browser bench that is not a figure: no Chromium, a page error, a broken build. */
export class BrowserBenchError extends Error {}

/** A clause of the baseline index. */
export interface BaselineClause {
  /** Its position in the engine index's clauses. */
  id: number;
  /** Its text, as the engine quotes it. */
  text: string;
}

/** Sizes of the single-file bundle, as `npm run build` writes them to .tmp/bundle-stats.json. */
export interface BundleStats {
  /** Bytes of dist/policy-assistant.bundle.js. */
  raw: number;
  /** Bytes gzipped (level 9). */
  gzip: number;
  /** Each part's share of `gzip`: Lit, MiniSearch, the index, the vocabulary compiled into it, the engine, the element. */
  gzipParts: Record<'lit' | 'minisearch' | 'index' | 'vocabulary' | 'engine' | 'element', number>;
}

/** The figures of one page. */
export interface PageFigures {
  /** One index load per fresh page load. */
  loads: LoadTiming[];
  /** One timing per question of the timed pass. */
  answers: AnswerTiming[];
}

/** What the browser bench measured. */
export interface BrowserFigures {
  /** `Chromium/156.0…`. */
  browser: string;
  /** Whether the bundle was rebuilt for this run (it was missing or older than its sources). */
  rebuilt: boolean;
  /** The engine's single-file bundle. */
  bundle: BundleStats;
  /** The baseline page's script (MiniSearch, its index and the page code), raw and gzipped. */
  baselineBundle: { raw: number; gzip: number };
  /** <policy-assistant> from the bundle. */
  engine: PageFigures;
  /** The plain MiniSearch page. */
  baseline: PageFigures;
}

/** Newest modification time of the files under `paths` (relative to the root). */
function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of paths) if (existsSync(join(ROOT, path))) visit(join(ROOT, path));
  return newest;
}

/** Runs `npm run build` when the bundle or its figures are missing or older than the sources. */
function ensureBundle(): { stats: BundleStats; rebuilt: boolean } {
  const fresh =
    existsSync(BUNDLE) &&
    existsSync(BUNDLE_STATS) &&
    statSync(BUNDLE).mtimeMs >= newestMtime(BUNDLE_SOURCES) &&
    statSync(BUNDLE_STATS).mtimeMs >= statSync(BUNDLE).mtimeMs;
  if (!fresh) {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) {
      throw new BrowserBenchError(
        `bench: "npm run build" failed (exit ${result.status}); run it to see why\n${result.stdout}${result.stderr}`,
      );
    }
  }
  return { stats: JSON.parse(readFileSync(BUNDLE_STATS, 'utf8')) as BundleStats, rebuilt: !fresh };
}

/** Builds the pages' scripts (test/bench/page/engine.ts, baseline.ts) in memory: file name → code. */
async function buildPages(clauses: readonly BaselineClause[]): Promise<Map<string, string>> {
  const mini = new MiniSearch<BaselineClause>(BASELINE_OPTIONS);
  mini.addAll(clauses);
  const indexJson = JSON.stringify(mini);
  const baselineIndex: Plugin = {
    name: 'bench-baseline-index',
    resolveId: (id) => (id === BASELINE_INDEX_ID ? `\0${id}` : null),
    load: (id) => (id === `\0${BASELINE_INDEX_ID}` ? `export default ${JSON.stringify(indexJson)};` : null),
  };
  const outputs = await build({
    configFile: false,
    root: PAGE_DIR,
    logLevel: 'warn',
    publicDir: false,
    plugins: [baselineIndex],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: { engine: join(PAGE_DIR, 'engine.ts'), baseline: join(PAGE_DIR, 'baseline.ts') },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name].js' },
      },
    },
  });
  const files = new Map<string, string>();
  for (const output of Array.isArray(outputs) ? outputs : [outputs]) {
    if (!('output' in output)) throw new BrowserBenchError('bench: the page build returned no output');
    for (const item of output.output) if (item.type === 'chunk') files.set(item.fileName, item.code);
  }
  return files;
}

/** Serves `files` (URL path → body) on 127.0.0.1; anything else is a 404, which fails the page. */
async function serve(files: ReadonlyMap<string, string | Buffer>): Promise<{ origin: string; close: () => Promise<void> }> {
  const types: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const body = files.get(path);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
    } else if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } else {
      response.writeHead(200, {
        'content-type': types[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
        'content-security-policy': "default-src 'self'",
        'cache-control': 'no-store',
        // Cross-origin isolation: performance.now() in 5 µs steps instead of 100 µs.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      response.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A page in a fresh browser context (nothing shared with other pages), collecting its errors into `problems`. */
async function openPage(browser: Browser, problems: string[]): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const name = () => new URL(page.url()).pathname;
  page.on('pageerror', (error) => problems.push(`${name()}: uncaught ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${name()}: console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`${name()}: request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${name()}: HTTP ${response.status()} for ${response.url()}`);
  });
  return { page, close: () => context.close() };
}

/** Throws with every problem the pages reported so far. */
function checkPages(problems: readonly string[]): void {
  if (problems.length > 0) {
    throw new BrowserBenchError(`bench: the bench pages reported errors:\n  ${problems.join('\n  ')}`);
  }
}

/** Evaluates `expression` in the page; a rejection there fails the bench with the page's message. */
async function inPage<T>(page: Page, expression: string, problems: string[]): Promise<T> {
  try {
    return (await page.evaluate(expression)) as T;
  } catch (error) {
    problems.push(`${new URL(page.url()).pathname}: ${expression}: ${error instanceof Error ? error.message : String(error)}`);
    checkPages(problems);
    throw error;
  }
}

/**
 * Times the index load on first focus over `LOAD_RUNS` first visits of each page, interleaved,
 * after one untimed visit each. A first visit is a new browser context: a new renderer process with
 * no compiled code and no cache, so the element's code runs and compiles as it does for a new visitor.
 */
async function measureLoads(browser: Browser, urls: { engine: string; baseline: string }, problems: string[]) {
  const loads: { engine: LoadTiming[]; baseline: LoadTiming[] } = { engine: [], baseline: [] };
  for (let run = 0; run <= LOAD_RUNS; run++) {
    for (const target of ['engine', 'baseline'] as const) {
      const { page, close } = await openPage(browser, problems);
      try {
        await page.goto(urls[target], { waitUntil: 'load' });
        const timing = await inPage<LoadTiming>(page, 'window.bench.load()', problems);
        // Run 0 warms Chromium up (its first renderer, the first compilation of the bench's own code).
        if (run > 0) loads[target].push(timing);
      } finally {
        await close();
      }
      checkPages(problems);
    }
  }
  return loads;
}

/** Asks every question with a real Enter: one untimed pass, then one timed pass. */
async function measureAnswers(browser: Browser, url: string, questions: readonly string[], problems: string[]): Promise<AnswerTiming[]> {
  const { page, close } = await openPage(browser, problems);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await inPage<LoadTiming>(page, 'window.bench.load()', problems);
    const timings: AnswerTiming[] = [];
    for (const pass of ['warm-up', 'timed']) {
      for (const question of questions) {
        await inPage<void>(page, `window.bench.arm(${JSON.stringify(question)})`, problems);
        await page.keyboard.press('Enter');
        const timing = await inPage<AnswerTiming>(page, 'window.bench.answered()', problems);
        if (pass === 'timed') timings.push(timing);
      }
      checkPages(problems);
    }
    return timings;
  } finally {
    await close();
  }
}

/**
 * Measures the bundle and both pages. Throws `BrowserBenchError` when Chromium is missing, the
 * build fails or a page reports an error (console errors included).
 */
export async function runBrowserBench(clauses: readonly BaselineClause[], questions: readonly string[]): Promise<BrowserFigures> {
  const chromium = findChromium();
  if (!chromium) {
    throw new BrowserBenchError(
      'bench: Chromium is missing: the browser figures need /usr/bin/chromium (or "chromium" on PATH).\n' +
        'Install it with: sudo apt-get update && sudo apt-get install -y chromium (or run: node scripts/ensure-chromium.mjs as root)',
    );
  }
  const { stats, rebuilt } = ensureBundle();
  const scripts = await buildPages(clauses);
  const baselineScript = scripts.get('baseline.js');
  if (!baselineScript) throw new BrowserBenchError(`bench: the page build made no baseline.js (it made ${[...scripts.keys()].join(', ')})`);
  const files = new Map<string, string | Buffer>([
    ['/engine.html', readFileSync(join(PAGE_DIR, 'engine.html'))],
    ['/baseline.html', readFileSync(join(PAGE_DIR, 'baseline.html'))],
    ['/policy-assistant.bundle.js', readFileSync(BUNDLE)],
    ...[...scripts].map(([name, code]) => [`/${name}`, code] as [string, string]),
  ]);
  const server = await serve(files);
  let browser: Browser | null = null;
  try {
    try {
      // puppeteer adds --headless itself.
      browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
    } catch (error) {
      throw new BrowserBenchError(`bench: could not start ${chromium}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const problems: string[] = [];
    const urls = { engine: `${server.origin}/engine.html`, baseline: `${server.origin}/baseline.html` };
    const loads = await measureLoads(browser, urls, problems);
    const engineAnswers = await measureAnswers(browser, urls.engine, questions, problems);
    const baselineAnswers = await measureAnswers(browser, urls.baseline, questions, problems);
    return {
      browser: await browser.version(),
      rebuilt,
      bundle: stats,
      baselineBundle: { raw: Buffer.byteLength(baselineScript), gzip: gzipBytes(baselineScript) },
      engine: { loads: loads.engine, answers: engineAnswers },
      baseline: { loads: loads.baseline, answers: baselineAnswers },
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** The budgets of issue 3, § 4. */
export const BUDGETS = {
  /** Gzipped bytes of the single-file bundle with the Kayako index (40 KB). */
  bundleGzip: 40 * 1024,
  /** Milliseconds from the first focus to the loaded index. */
  loadMs: 20,
  /** Milliseconds from Enter to the rendered answer, at p95. */
  answerP95Ms: 16,
} as const;

/** The lines `npm run bench` prints for the browser: what was measured, then one table. */
export function browserReport(figures: BrowserFigures, questions: number): string[] {
  const { bundle, baselineBundle, engine, baseline } = figures;
  const verdict = (value: number, budget: number) => (value <= budget ? 'met' : 'NOT met');
  const rows: string[][] = [['', 'engine', 'MiniSearch', 'ratio', 'budget', '']];
  const parts = [
    ['Lit', bundle.gzipParts.lit],
    ['MiniSearch', bundle.gzipParts.minisearch],
    ['index', bundle.gzipParts.index],
    ['vocabulary in the index', bundle.gzipParts.vocabulary],
    ['engine (search, answer, stemmer)', bundle.gzipParts.engine],
    ['element', bundle.gzipParts.element],
  ] as const;
  rows.push([
    'bundle gzip',
    kb(bundle.gzip),
    kb(baselineBundle.gzip),
    ratio(bundle.gzip, baselineBundle.gzip),
    `≤ ${BUDGETS.bundleGzip / 1024} KB`,
    verdict(bundle.gzip, BUDGETS.bundleGzip),
  ]);
  for (const [label, size] of parts) rows.push([`  ${label}`, kb(size)]);
  rows.push(['bundle raw', kb(bundle.raw), kb(baselineBundle.raw), ratio(bundle.raw, baselineBundle.raw)]);

  const timeRow = (label: string, values: (p: PageFigures) => number[], p: number, budget?: number) => {
    const e = percentile(values(engine), p);
    const b = percentile(values(baseline), p);
    const row = [label, ms(e), ms(b), ratio(e, b)];
    if (budget !== undefined) row.push(`≤ ${budget} ms`, verdict(e, budget));
    return row;
  };
  const ready = (p: PageFigures) => p.loads.map((l) => l.ready);
  const idle = (p: PageFigures) => p.loads.map((l) => l.idle);
  const rendered = (p: PageFigures) => p.answers.map((a) => a.rendered);
  const frame = (p: PageFigures) => p.answers.map((a) => a.frame);
  rows.push(
    timeRow('index load on first focus, median', ready, 50, BUDGETS.loadMs),
    timeRow('index load on first focus, p95', ready, 95, BUDGETS.loadMs),
    timeRow('  first focus → idle again, median', idle, 50),
    timeRow('Enter → answer rendered, p50', rendered, 50),
    timeRow('Enter → answer rendered, p95', rendered, 95, BUDGETS.answerP95Ms),
    timeRow('Enter → answer rendered, max', rendered, 100),
    timeRow('  Enter → next frame, p95', frame, 95),
  );

  // Where the engine's time goes, from its own measure: medians of each part, so they need not add up.
  const measured = engine.answers.flatMap((a) => (a.measure ? [{ ...a.measure, rendered: a.rendered }] : []));
  const split =
    measured.length === engine.answers.length
      ? [
          `engine, Enter → answer rendered, medians: to the element's answer() ${ms(median(measured.map((m) => m.start)))}, ` +
            `answering and Lit's update ${ms(median(measured.map((m) => m.end - m.start)))} ("policy-assistant:answer"), ` +
            `then style and layout ${ms(median(measured.map((m) => m.rendered - m.end)))}`,
        ]
      : [];

  return [
    `browser: ${figures.browser} headless, pages test/bench/page/*.html on 127.0.0.1; ` +
      `dist/policy-assistant.bundle.js ${figures.rebuilt ? 'rebuilt for this run (it was missing or older than its sources)' : 'up to date'}`,
    `index load: ${engine.loads.length} first visits of each page (a fresh browser context each), after 1 untimed; ` +
      `answers: ${questions} questions, 1 warm-up pass + 1 timed pass, Enter pressed through DevTools`,
    `baseline page: MiniSearch({ fields: ['text'], storeFields: ['text'] }) inlined as JSON, loadJSON on first focus, search(q) top 5 as a list`,
    '',
    ...formatTable(rows),
    '',
    'index load: from input.focus() to the end of the load (the performance.measure "policy-assistant:load": index parsed, search made);',
    '  idle again: to the first task after the focus (the load, and the re-render it causes, done).',
    'answer rendered: from the Enter keydown to the answer in the DOM with style and layout done (not yet painted);',
    '  next frame: to the first task after the next animation frame (includes waiting for the frame).',
    ...split,
    'Budgets (issue 3, § 4) are informational: a figure over budget does not fail the run.',
  ];
}
