// npx tsx test/eval/explain.ts "question" — shows how the engine reads a question and ranks clauses
// (CORPUS=DIR to ask another policy folder, e.g. CORPUS=../shared/corpora/github; MATCHED=1 lists each
// clause's matched index terms).
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../../src/answer/index.js';
import { readCorpus } from '../../src/node/index.js';
import { alignIndex } from '../../src/compare/index.js';
import { buildIndex, PolicySearch } from '../../src/search/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const search = new PolicySearch(alignIndex(buildIndex(readCorpus(process.env.CORPUS ?? `${root}corpus`))));
for (const question of process.argv.slice(2)) {
  const q = search.analyze(question);
  console.log(`\n# ${question}`);
  console.log(`  terms: ${q.terms.join(' ')}   corrections: ${q.corrections.map((c) => `${c.from}→${c.to}`).join(' ')}`);
  console.log(`  concepts: ${q.concepts.map((c) => c.concept.id).join(' ')}   categories: ${[...q.categories].map(([c, w]) => `${c}:${w}`).join(' ')}   version: ${JSON.stringify(q.version)}`);
  for (const r of search.rank(q).slice(0, Number(process.env.TOP ?? 6))) {
    const c = search.index.clauses[r.clause]!;
    const s = search.index.sections[c.section]!;
    console.log(`  ${r.score.toFixed(2)} lex ${r.lexical.toFixed(2)} top ${r.topic.toFixed(2)} cov ${r.coverage.toFixed(2)} [${search.index.versions[s.version]!.version.slice(0, 4)} ${s.number ?? s.heading.slice(0, 12)}] {${c.categories.join(',')}} ${search.texts[r.clause]!.slice(0, 80)}${process.env.MATCHED ? ` <${r.matched.join(',')}>` : ''}`);
  }
  const a = answerQuestion(search, question);
  console.log(`  => answered ${a.answered} note ${a.note} :: ${a.citations.map((c) => `${c.version.slice(0, 4)}§${c.section ?? c.heading.slice(0, 10)}`).join(' | ')}`);
}
