// npm run tune — grid search of ranking weights and answer thresholds on the TUNE half only; prints
// the best settings on the tune half and, for information, the same settings on the holdout half.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerQuestion, type AnswerOptions } from '../../src/answer/index.js';
import { readCorpus, readCorpusFiles } from '../../src/node/index.js';
import { alignIndex } from '../../src/compare/index.js';
import { buildIndex, PolicySearch, type RankWeights } from '../../src/search/index.js';
import { norm, parseJsonl, score, type EvalQuestion } from './score.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const questions = parseJsonl<EvalQuestion>(readFileSync(`${root}test/eval/questions.jsonl`, 'utf8'));
const index = alignIndex(buildIndex(readCorpus(`${root}corpus`)));
const corpusNorm = readCorpusFiles(`${root}corpus`).map((f) => norm(f.text)).join(' \n ');
const tune = questions.filter((q) => q.split === 'tune');
const holdout = questions.filter((q) => q.split === 'holdout');

const grid: Record<string, number[]> = JSON.parse(process.argv[2] ?? '{}');
const keys = Object.keys(grid);
const combos: Array<Record<string, number>> = [{}];
for (const key of keys) {
  const next: Array<Record<string, number>> = [];
  for (const c of combos) for (const v of grid[key]!) next.push({ ...c, [key]: v });
  combos.splice(0, combos.length, ...next);
}
const ANSWER_KEYS = new Set(['minCoverage', 'minScore', 'anchoredMinCoverage', 'anchoredCoverage', 'olderCoverageGap', 'relatedRatio', 'olderMargin', 'closeRatio']);
function run(params: Record<string, number>, qs: EvalQuestion[]) {
  const weights: Partial<RankWeights> = {};
  const options: Partial<AnswerOptions> = {};
  for (const [k, v] of Object.entries(params)) (ANSWER_KEYS.has(k) ? (options as Record<string, number>) : (weights as Record<string, number>))[k] = v;
  const search = new PolicySearch(index, weights);
  return score(qs, qs.map((q) => answerQuestion(search, q.q, options)), corpusNorm).metrics;
}
const objective = (m: ReturnType<typeof run>) => m['hit@1'] + 0.5 * m['hit@3'] + 0.5 * m.refusal - m['false refusal'];
const results = combos.map((c) => ({ c, m: run(c, tune) })).sort((a, b) => objective(b.m) - objective(a.m));
for (const { c, m } of results.slice(0, 5)) {
  console.log(JSON.stringify(c), `tune: hit@1 ${m['hit@1']} hit@3 ${m['hit@3']} refusal ${m.refusal} false ${m['false refusal']}`);
}
const best = results[0]!.c;
const h = run(best, holdout);
console.log('holdout with best:', `hit@1 ${h['hit@1']} hit@3 ${h['hit@3']} refusal ${h.refusal} false ${h['false refusal']}`);
