// npm run bench — index build time, index size (raw and gzip), load time and answer latency of the
// engine, and the same figures for a plain MiniSearch index of the same clauses, in one run; then
// the browser figures (test/bench/browser.ts): the single-file bundle's size and, in headless
// Chromium, the index load on first focus and Enter to the rendered answer, against the budgets.
// Informational: it prints whether targets and budgets are met and never fails on a figure; it
// exits with 1 when the browser figures cannot be had (no Chromium, a failed build, a page error).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { answerQuestion } from '../../src/answer/index.js';
import { buildCorpus, spansText } from '../../src/corpus/index.js';
import { readCorpusFiles } from '../../src/node/index.js';
import { buildIndex, packIndex, PolicySearch, type StoredIndex } from '../../src/search/index.js';
import { BrowserBenchError, browserReport, runBrowserBench } from './browser.js';
import { bytes, formatTable, gzipBytes, kb, median, ms, percentile, ratio } from './figures.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = `${ROOT}corpus`;
const QUESTIONS = `${ROOT}test/eval/questions.jsonl`;
/** Timed repetitions of build and load; the median is reported. */
const BUILD_RUNS = 15;
/** Rounds over the whole question set after the warm-up round. */
const ANSWER_ROUNDS = 10;
/** Citations the baseline returns, as many as the eval scores. */
const BASELINE_TOP = 5;
const TARGET_P95_MS = 2;

interface BaselineDocument {
  id: number;
  text: string;
}
const BASELINE_OPTIONS = { fields: ['text'] };

/** Milliseconds one call takes. */
function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Median time of `runs` calls, after one untimed call. */
function medianTime(runs: number, fn: () => unknown): number {
  fn();
  return median(Array.from({ length: runs }, () => time(fn)));
}

/** Latency of every question, over `rounds` rounds after a warm-up round. */
function latencies(questions: readonly string[], rounds: number, answer: (q: string) => unknown): number[] {
  for (const q of questions) answer(q);
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) for (const q of questions) out.push(time(() => answer(q)));
  return out;
}

const questions = readFileSync(QUESTIONS, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { q: string }).q);
const files = readCorpusFiles(CORPUS, ROOT);

// Parsing is shared: the baseline indexes the clauses the parser finds.
const parseMs = medianTime(BUILD_RUNS, () => buildCorpus(files));
const corpus = buildCorpus(files);

// The engine.
const engineBuildMs = medianTime(BUILD_RUNS, () => buildIndex(corpus));
const index = buildIndex(corpus);
// As stored: what `policy-assistant build` writes and the element loads.
const engineJson = JSON.stringify(packIndex(index));
const engineLoadMs = medianTime(BUILD_RUNS, () => new PolicySearch(JSON.parse(engineJson) as StoredIndex));
const search = new PolicySearch(JSON.parse(engineJson) as StoredIndex);
const engineLatency = latencies(questions, ANSWER_ROUNDS, (q) => answerQuestion(search, q));

// The baseline: MiniSearch with its defaults over the same clause texts.
const documents: BaselineDocument[] = index.clauses.map((clause, id) => ({ id, text: spansText(clause.spans) }));
const buildBaseline = () => {
  const mini = new MiniSearch<BaselineDocument>(BASELINE_OPTIONS);
  mini.addAll(documents);
  return mini;
};
const baselineBuildMs = medianTime(BUILD_RUNS, buildBaseline);
const baselineJson = JSON.stringify(buildBaseline().toJSON());
const baselineLoadMs = medianTime(BUILD_RUNS, () => MiniSearch.loadJSON<BaselineDocument>(baselineJson, BASELINE_OPTIONS));
const baseline = MiniSearch.loadJSON<BaselineDocument>(baselineJson, BASELINE_OPTIONS);
const baselineLatency = latencies(questions, ANSWER_ROUNDS, (q) => baseline.search(q).slice(0, BASELINE_TOP));

const rows: Array<[string, string, string, string]> = [
  ['', 'engine', 'MiniSearch', 'ratio'],
  ['index build (median)', ms(engineBuildMs), ms(baselineBuildMs), ratio(engineBuildMs, baselineBuildMs)],
  ['index size raw', kb(bytes(engineJson)), kb(bytes(baselineJson)), ratio(bytes(engineJson), bytes(baselineJson))],
  ['index size gzip', kb(gzipBytes(engineJson)), kb(gzipBytes(baselineJson)), ratio(gzipBytes(engineJson), gzipBytes(baselineJson))],
  ['load (JSON.parse + load, median)', ms(engineLoadMs), ms(baselineLoadMs), ratio(engineLoadMs, baselineLoadMs)],
];
for (const [label, p] of [['answer p50', 50], ['answer p95', 95], ['answer p99', 99]] as const) {
  const e = percentile(engineLatency, p);
  const b = percentile(baselineLatency, p);
  rows.push([label, ms(e), ms(b), ratio(e, b)]);
}
const engineMax = Math.max(...engineLatency);
const baselineMax = Math.max(...baselineLatency);
rows.push(['answer max', ms(engineMax), ms(baselineMax), ratio(engineMax, baselineMax)]);

console.log(`policy-assistant bench — Node ${process.version}`);
console.log(
  `corpus: ${files.length} files, ${index.versions.length} versions, ${index.sections.length} sections, ${index.clauses.length} clauses; parse ${ms(parseMs)} (median, shared)`,
);
console.log(`questions: ${questions.length} from test/eval/questions.jsonl, 1 warm-up round + ${ANSWER_ROUNDS} timed rounds (${engineLatency.length} answers each)`);
console.log(`baseline: new MiniSearch({ fields: ['text'] }), search(q) top ${BASELINE_TOP}`);
console.log('');
for (const line of formatTable(rows)) console.log(line);
console.log('');
const p95 = percentile(engineLatency, 95);
console.log(`target: answer p95 < ${TARGET_P95_MS} ms — ${p95 < TARGET_P95_MS ? 'met' : 'NOT met'} (p95 ${ms(p95)})`);

console.log('');

try {
  const figures = await runBrowserBench(documents, questions);
  for (const line of browserReport(figures, questions.length)) console.log(line);
} catch (error) {
  if (!(error instanceof BrowserBenchError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
