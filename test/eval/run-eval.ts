// npm run eval — the engine and a plain MiniSearch baseline on the project's question set, each
// half (tune, holdout) reported apart, so that tuning to one half shows as a gap.
// Options: --misses (list what the engine got wrong), --split tune|holdout, --questions FILE.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { answerQuestion } from '../../src/answer/index.js';
import { readCorpus, readCorpusFiles } from '../../src/node/index.js';
import { buildIndex, PolicySearch } from '../../src/search/index.js';
import { norm, parseJsonl, score, type EvalQuestion, type Metrics, type ScoredAnswer } from './score.js';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = fileURLToPath(new URL('../../', import.meta.url));
const questionsFile = opt('--questions') ?? `${root}test/eval/questions.jsonl`;
const corpusDir = opt('--corpus') ?? `${root}corpus`;
const onlySplit = opt('--split');

const questions = parseJsonl<EvalQuestion>(readFileSync(questionsFile, 'utf8'));
const corpus = readCorpus(corpusDir);
const corpusNorm = readCorpusFiles(corpusDir)
  .map((f) => norm(f.text))
  .join(' \n ');
const index = buildIndex(corpus);
const search = new PolicySearch(index);

// The baseline: MiniSearch with its defaults over the same clauses, top five as citations.
const baselineDocs = index.clauses.map((c, id) => ({ id, text: search.texts[id]! }));
const baseline = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
baseline.addAll(baselineDocs);
const baselineAnswer = (q: string): ScoredAnswer => {
  const results = baseline.search(q).slice(0, 5);
  return {
    answered: results.length > 0,
    citations: results.map((r) => ({
      quote: search.texts[r.id as number]!,
      version: index.versions[index.sections[index.clauses[r.id as number]!.section]!.version]!.version,
    })),
  };
};

const engineAnswers = questions.map((q) => answerQuestion(search, q.q));
const baselineAnswers = questions.map((q) => baselineAnswer(q.q));

const rows: Array<[string, Metrics]> = [];
for (const split of ['tune', 'holdout', 'all'] as const) {
  if (onlySplit && split !== onlySplit) continue;
  const pick = (i: number) => split === 'all' || questions[i]!.split === split;
  const qs = questions.filter((_, i) => pick(i));
  rows.push([`engine   ${split}`, score(qs, engineAnswers.filter((_, i) => pick(i)), corpusNorm).metrics]);
  rows.push([`baseline ${split}`, score(qs, baselineAnswers.filter((_, i) => pick(i)), corpusNorm).metrics]);
}

const keys = ['questions', 'hit@1', 'hit@3', 'MRR', 'refusal', 'false refusal', 'fidelity'] as const;
console.log(['', ...keys].map((k, i) => (i === 0 ? ''.padEnd(18) : k.padStart(13))).join(''));
for (const [name, m] of rows) console.log([name.padEnd(18), ...keys.map((k) => String(m[k]).padStart(13))].join(''));
console.log('\nby kind (engine, first citation right or refusal right):');
for (const [name, m] of rows.filter(([n]) => n.startsWith('engine'))) {
  console.log(`  ${name.padEnd(16)} ${Object.entries(m.byKind).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
if (args.includes('--misses')) {
  const pick = (q: EvalQuestion) => !onlySplit || onlySplit === 'all' || q.split === onlySplit;
  const qs = questions.filter(pick);
  const { misses } = score(qs, engineAnswers.filter((_, i) => pick(questions[i]!)), corpusNorm);
  console.log('\nmisses:');
  for (const m of misses) console.log(JSON.stringify(m));
}

// The alignment of the two Kayako versions against the table written by reading both texts.
{
  const { alignIndex } = await import('../../src/compare/index.js');
  const { alignmentMetrics, anchorAlignment } = await import('../compare/alignment-metrics.js');
  const { KAYAKO_ALIGNMENT } = await import('../compare/kayako-alignment.js');
  const aligned = alignIndex(buildIndex(readCorpus(`${root}corpus`)));
  if (aligned.alignments[0] && aligned.versions[0]?.policy === 'kayako-privacy') {
    const m = alignmentMetrics(anchorAlignment(aligned, aligned.alignments[0]), KAYAKO_ALIGNMENT);
    const f = (x: number) => x.toFixed(2);
    console.log(`\nversion alignment (Kayako 2015 → 2019, against test/compare/kayako-alignment.ts):`);
    console.log(`  precision ${f(m.precision)}  recall ${f(m.recall)}  F1 ${f(m.f1)}  status accuracy ${f(m.statusAccuracy)}`);
  }
}
