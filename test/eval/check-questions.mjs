#!/usr/bin/env node
// Validates an evaluation question set against the corpus it asks about.
//
// Usage: node test/eval/check-questions.mjs [QUESTIONS.jsonl] [--corpus DIR]
//   defaults: test/eval/questions.jsonl and corpus/ (both relative to the repository root)
//   e.g. node test/eval/check-questions.mjs test/eval/github-questions.jsonl --corpus ../shared/corpora/github
//
// Checks that every line parses, ids and questions are unique, fields are valid, and that every
// `expect` phrase (3–10 words) occurs, normalised, inside ONE clause (a blank-line separated block)
// of a corpus file; when `version` is set, inside a clause of that version's file. When `version`
// is null, the phrases together must come from more than one version (otherwise the question
// should name the only version that answers it, or is missing the other version's clause).
// `version` is the year of a corpus file's version (e.g. "2019" for 2019-05-11). `split` is
// optional, but a file gives it on every line or on none.
// Exits 1 listing every problem, or prints counts and exits 0. No dependencies beyond text.mjs beside it.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Normalised as the shared scorer does (test/eval/text.mjs), so a phrase that passes here is
// matched the same way when answers are scored.
import { norm } from './text.mjs';

const KINDS = ['keyword', 'paraphrase', 'typo', 'versioned', 'unanswerable', 'real'];
const SPLITS = ['tune', 'holdout'];
const FIELDS = ['id', 'q', 'expect', 'version', 'kind', 'split'];
const OPTIONAL = ['split'];
const MIN_WORDS = 3;
const MAX_WORDS = 10;

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
const corpusAt = args.indexOf('--corpus');
const corpusDir = corpusAt >= 0 ? resolve(args[corpusAt + 1]) : join(root, 'corpus');
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--corpus');
const questionsFile = positional[0] ? resolve(positional[0]) : join(here, 'questions.jsonl');

// --- Corpus: each file's body (YAML front matter between the first two `---` lines skipped),
// split on blank lines into clauses, each normalised.
function loadCorpus(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  if (files.length === 0) throw new Error(`no corpus files (*.md) in ${dir}`);
  return files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8').replace(/\r\n?/g, '\n');
    let body = text;
    let version = null;
    const lines = text.split('\n');
    if (lines[0].trim() === '---') {
      const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
      if (end < 0) throw new Error(`${file}: front matter is not closed by a second ---`);
      const v = lines.slice(1, end).map((l) => /^version:\s*["']?([^"'\s]+)/.exec(l)).find(Boolean);
      if (v) version = v[1];
      body = lines.slice(end + 1).join('\n');
    }
    if (!version) version = (/(\d{4}-\d{2}-\d{2})/.exec(file) ?? [])[1] ?? 'current';
    const clauses = body
      .split(/\n[ \t]*\n/)
      .map((c) => norm(c))
      .filter((c) => c.length > 0);
    return { file: basename(file), version, clauses };
  });
}

const problems = [];
const problem = (where, msg) => problems.push(`${where}: ${msg}`);

let corpus;
try {
  corpus = loadCorpus(corpusDir);
} catch (e) {
  console.error(`check-questions: ${e.message}`);
  process.exit(1);
}

let raw;
try {
  raw = readFileSync(questionsFile, 'utf8');
} catch (e) {
  console.error(`check-questions: cannot read ${questionsFile}: ${e.message}`);
  process.exit(1);
}

// The versions a question may name: the year of each corpus file's version, newest first.
const years = [...new Set(corpus.map((doc) => (/^(\d{4})/.exec(doc.version) ?? [])[1]).filter(Boolean))].sort().reverse();
const VERSIONS = [...years, null];

const questions = [];
raw.split('\n').forEach((line, i) => {
  if (!line.trim()) return;
  try {
    questions.push({ line: i + 1, q: JSON.parse(line) });
  } catch (e) {
    problem(`line ${i + 1}`, `not JSON: ${e.message}`);
  }
});

const ids = new Map();
const texts = new Map();
const isStr = (s) => typeof s === 'string' && s.trim().length > 0;
const withSplit = questions.filter(({ q }) => q && typeof q === 'object' && 'split' in q).length;
const hasSplit = withSplit > 0;
if (hasSplit && withSplit < questions.length) problem('file', `${withSplit} of ${questions.length} questions have "split"; give it on every line or on none`);

for (const { line, q } of questions) {
  const where = `line ${line}${q && isStr(q.id) ? ` (${q.id})` : ''}`;
  if (!q || typeof q !== 'object' || Array.isArray(q)) {
    problem(where, 'not a JSON object');
    continue;
  }
  for (const f of FIELDS) if (!(f in q) && !OPTIONAL.includes(f)) problem(where, `missing field "${f}"`);
  for (const f of Object.keys(q)) if (!FIELDS.includes(f)) problem(where, `unknown field "${f}"`);

  if (!isStr(q.id) || !/^[a-z]\d{3,}$/.test(q.id)) problem(where, `id must look like "q001" (a letter, three or more digits), got ${JSON.stringify(q.id)}`);
  else if (ids.has(q.id)) problem(where, `duplicate id (also line ${ids.get(q.id)})`);
  else ids.set(q.id, line);

  if (!isStr(q.q)) problem(where, '"q" must be a non-empty string');
  else {
    const key = norm(q.q);
    if (texts.has(key)) problem(where, `duplicate question (also line ${texts.get(key)})`);
    else texts.set(key, line);
  }

  if (!VERSIONS.includes(q.version)) problem(where, `version must be ${years.map((y) => `"${y}"`).join(', ')} or null, got ${JSON.stringify(q.version)}`);
  if (!KINDS.includes(q.kind)) problem(where, `kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(q.kind)}`);
  if ('split' in q && !SPLITS.includes(q.split)) problem(where, `split must be "tune" or "holdout", got ${JSON.stringify(q.split)}`);

  if (q.expect === null) {
    if (q.version !== null && q.version !== undefined) problem(where, 'an unanswerable question (expect null) takes version null');
    continue;
  }
  if (q.kind === 'unanswerable') problem(where, 'kind "unanswerable" needs expect null');
  if (!Array.isArray(q.expect) || q.expect.length === 0) {
    problem(where, '"expect" must be null or a non-empty array of phrases');
    continue;
  }

  const seen = new Set();
  const versionsHit = new Set();
  for (const phrase of q.expect) {
    if (!isStr(phrase)) {
      problem(where, `phrase ${JSON.stringify(phrase)} is not a non-empty string`);
      continue;
    }
    const p = norm(phrase);
    if (seen.has(p)) problem(where, `phrase listed twice: "${phrase}"`);
    seen.add(p);
    const words = p.split(' ').length;
    if (words < MIN_WORDS || words > MAX_WORDS) problem(where, `phrase has ${words} words (want ${MIN_WORDS}-${MAX_WORDS}): "${phrase}"`);
    const found = corpus.filter((doc) => doc.clauses.some((c) => c.includes(p)));
    if (found.length === 0) {
      const anywhere = corpus.some((doc) => doc.clauses.join(' ').includes(p));
      problem(where, anywhere ? `phrase spans two clauses: "${phrase}"` : `phrase not in any clause of the corpus: "${phrase}"`);
      continue;
    }
    for (const doc of found) versionsHit.add(doc.version);
    if (q.version && !found.some((doc) => doc.version.startsWith(q.version))) {
      problem(where, `phrase not in the ${q.version} version (found in ${found.map((d) => d.file).join(', ')}): "${phrase}"`);
    }
  }
  if (q.version === null && versionsHit.size === 1) {
    problem(where, `version is null but every phrase comes from the ${[...versionsHit][0]} version; set version, or add the other version's clause`);
  }
}

if (problems.length) {
  console.error(`check-questions: ${problems.length} problem(s) in ${questionsFile}`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}

// --- Counts (the tune and holdout columns only when the file has splits)
const rows = {};
for (const { q } of questions) {
  const r = (rows[q.kind] ??= { tune: 0, holdout: 0, answerable: 0, unanswerable: 0 });
  if (hasSplit) r[q.split]++;
  r[q.expect === null ? 'unanswerable' : 'answerable']++;
}
const total = { tune: 0, holdout: 0, answerable: 0, unanswerable: 0 };
const row = (name, r) =>
  name.padEnd(14) +
  (hasSplit ? String(r.tune).padStart(6) + String(r.holdout).padStart(9) : '') +
  String(r.answerable).padStart(12) +
  String(r.unanswerable).padStart(6) +
  String(r.answerable + r.unanswerable).padStart(7);
console.log(`check-questions: ${questions.length} questions OK (corpus: ${corpus.map((d) => `${d.file} [${d.version}]`).join(', ')})`);
console.log(`${'kind'.padEnd(14)}${hasSplit ? 'tune'.padStart(6) + 'holdout'.padStart(9) : ''}${'answerable'.padStart(12)}${'null'.padStart(6)}${'total'.padStart(7)}`);
for (const kind of KINDS) {
  const r = rows[kind];
  if (!r) continue;
  for (const k of Object.keys(total)) total[k] += r[k];
  console.log(row(kind, r));
}
console.log(row('all', total));
const byVersion = Object.fromEntries([...years, 'either'].map((v) => [v, 0]));
for (const { q } of questions) if (q.expect !== null) byVersion[q.version ?? 'either']++;
console.log(`answerable by version: ${years.map((y) => `${y} only ${byVersion[y]}`).join(', ')}, either ${byVersion.either}`);
