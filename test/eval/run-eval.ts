// npm run eval — the engine and a plain MiniSearch baseline on the project's question set, each
// half (tune, holdout) reported apart, so that tuning to one half shows as a gap; then, when
// ../shared/corpora/github exists, the same on the GitHub question set (test/eval/github-questions.jsonl),
// answered from an index of that corpus, its quotes checked against that corpus.
// Options: --misses (list what the engine got wrong), --split tune|holdout, --questions FILE,
// --corpus DIR (the last two replace the Kayako set and corpus).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { answerQuestion } from '../../src/answer/index.js';
import { readCorpus, readCorpusFiles } from '../../src/node/index.js';
import { alignIndex } from '../../src/compare/index.js';
import { buildIndex, PolicySearch } from '../../src/search/index.js';
import { norm, parseJsonl, score, type EvalQuestion, type Metrics, type ScoredAnswer } from './score.js';
import { typoVariants } from './typos.js';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = fileURLToPath(new URL('../../', import.meta.url));
const onlySplit = opt('--split');
const github = `${root}../shared/corpora/github`;

const sets: Array<{ name: string; questionsFile: string; corpusDir: string }> = [
  { name: 'Kayako', questionsFile: opt('--questions') ?? `${root}test/eval/questions.jsonl`, corpusDir: opt('--corpus') ?? `${root}corpus` },
];
// The GitHub set only in a checkout that has ../shared; the project runs without it.
if (!opt('--questions') && existsSync(github)) {
  sets.push({ name: 'GitHub', questionsFile: `${root}test/eval/github-questions.jsonl`, corpusDir: github });
}

const keys = ['questions', 'hit@1', 'hit@3', 'MRR', 'refusal', 'false refusal', 'fidelity'] as const;

for (const [n, set] of sets.entries()) {
  const questions = parseJsonl<EvalQuestion>(readFileSync(set.questionsFile, 'utf8'));
  const corpusNorm = readCorpusFiles(set.corpusDir)
    .map((f) => norm(f.text))
    .join(' \n ');
  // The index as the CLI and the element answer from: versions aligned, so "what changed" answers too.
  const index = alignIndex(buildIndex(readCorpus(set.corpusDir)));
  const search = new PolicySearch(index);

  // The baseline: MiniSearch with its defaults over the same clauses, top five as citations.
  const baseline = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  baseline.addAll(index.clauses.map((_, id) => ({ id, text: search.texts[id]! })));
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

  // A set without splits (the GitHub one) is reported as a whole.
  const splits = questions.some((q) => q.split) ? (['tune', 'holdout', 'all'] as const) : (['all'] as const);
  const rows: Array<[string, Metrics]> = [];
  for (const split of splits) {
    if (onlySplit && split !== onlySplit && splits.length > 1) continue;
    const pick = (i: number) => split === 'all' || questions[i]!.split === split;
    const qs = questions.filter((_, i) => pick(i));
    rows.push([`engine   ${split}`, score(qs, engineAnswers.filter((_, i) => pick(i)), corpusNorm).metrics]);
    rows.push([`baseline ${split}`, score(qs, baselineAnswers.filter((_, i) => pick(i)), corpusNorm).metrics]);
  }

  if (sets.length > 1) console.log(`${n > 0 ? '\n' : ''}${set.name} (${set.questionsFile.slice(root.length)}):`);
  console.log(['', ...keys].map((k, i) => (i === 0 ? ''.padEnd(18) : k.padStart(14))).join(''));
  for (const [name, m] of rows) console.log([name.padEnd(18), ...keys.map((k) => String(m[k]).padStart(14))].join(''));
  console.log('\nby kind (engine, first citation right or refusal right):');
  for (const [name, m] of rows.filter(([r]) => r.startsWith('engine'))) {
    console.log(`  ${name.padEnd(16)} ${Object.entries(m.byKind).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  // Typo robustness: answerable questions that the engine gets right as asked, again with typing
  // mistakes (one in their longest word; two in words chosen at random; a missing space); how many
  // it still gets right.
  {
    // Variants of every answerable question, so that the same mistakes are made whatever the
    // engine gets right; counted over the questions it gets right as asked.
    const answerable = questions.filter((q) => q.expect && q.kind !== 'typo');
    const right = new Set(questions.filter((q, i) => score([q], [engineAnswers[i]!], corpusNorm).misses.length === 0));
    for (const [kind, label] of [['one', 'one typo in the longest word'], ['two', 'two typos in any words'], ['space', 'two words run together']] as const) {
      const variants = typoVariants(answerable, kind).filter((v) => right.has(v.original));
      const still = variants.filter((v) => score([{ ...v.original, q: v.q }], [answerQuestion(search, v.q)], corpusNorm).misses.length === 0).length;
      console.log(`${kind === 'one' ? '\n' : ''}typo robustness, ${label}: ${still} of ${variants.length} still answered right (${((100 * still) / Math.max(1, variants.length)).toFixed(1)} %)`);
    }
  }
  if (args.includes('--misses')) {
    const pick = (q: EvalQuestion) => !onlySplit || onlySplit === 'all' || !q.split || q.split === onlySplit;
    const qs = questions.filter(pick);
    const { misses } = score(qs, engineAnswers.filter((_, i) => pick(questions[i]!)), corpusNorm);
    console.log('\nmisses:');
    for (const m of misses) console.log(JSON.stringify(m));
  }
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
