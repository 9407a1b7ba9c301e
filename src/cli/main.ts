import { writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { answerQuestion, type Answer } from '../answer/index.js';
import { CorpusError } from '../corpus/index.js';
import { readCorpus } from '../node/index.js';
import { alignIndex } from '../compare/index.js';
import { buildIndex, packIndex, PolicySearch } from '../search/index.js';
import { runDiff } from './diff.js';
import { formatAnswer } from './format.js';

/** Where the CLI reads and writes. */
export interface CliIo {
  /** Standard output. */
  stdout: (text: string) => void;
  /** Standard error. */
  stderr: (text: string) => void;
  /** Standard input, read whole (for `--jsonl`). */
  stdin: () => Promise<string>;
  /** Working directory. Default `process.cwd()`. */
  cwd?: string;
}

/** The package's own corpus folder, used when no `--corpus` is given. */
export const DEFAULT_CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');

const VERSION = '0.1.0';

const HELP = `policy-assistant — ask a privacy policy questions; get quoted, cited clauses.

Usage:
  policy-assistant ask "QUESTION" [--json] [--corpus DIR]
  policy-assistant ask --jsonl [--corpus DIR] < questions.txt
  policy-assistant build [--corpus DIR] --out FILE
  policy-assistant diff [--topic TOPIC] [--json] [--corpus DIR]
  policy-assistant --help | --version

Commands:
  ask      Answer a question with quotes and citations.
  build    Write the search index as JSON, for <policy-assistant src="index.json">.
  diff     List what changed between consecutive versions, topic by topic, with citations.

Options:
  --corpus DIR   Folder of policy Markdown files (default: the bundled Kayako policies).
  --json         Print the answer object as JSON.
  --jsonl        Read questions from standard input, one per line (plain text or JSON with a
                 "q" field), and print one answer object per line.
  --out FILE     Where "build" writes the index.
  --topic TOPIC  Limit "diff" to a topic: a category (data-retention) or a word (cookies).
  -h, --help     Show this help.
  -v, --version  Show the version.

Exit codes: 0 ok, 1 failure, 2 bad arguments or a broken corpus.`;

/**
 * Runs the command line and returns its exit code; tested without spawning a process.
 *
 * @example await main(['ask', 'who processes my card?'], io) // prints the quote and citation, returns 0
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        corpus: { type: 'string' },
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        out: { type: 'string' },
        topic: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (values.version) {
    io.stdout(VERSION + '\n');
    return 0;
  }
  const [command, ...rest] = positionals;
  if (!command) return usage(io, 'no command given');
  const cwd = io.cwd ?? process.cwd();
  const corpusDir = values.corpus !== undefined ? resolve(cwd, values.corpus) : DEFAULT_CORPUS_DIR;

  if (command === 'ask') {
    if (values.out !== undefined) return usage(io, '"--out" belongs to "build", not "ask"');
    if (values.jsonl && rest.length > 0) return usage(io, '"--jsonl" reads questions from standard input; give no question after "ask"');
    if (!values.jsonl && rest.length === 0) return usage(io, 'no question given; write it in quotes: policy-assistant ask "who processes my card?"');
    const search = load(corpusDir, cwd, io);
    if (!search) return 2;
    if (values.jsonl) {
      const input = await io.stdin();
      for (const line of input.split(/\r?\n/)) {
        if (!line.trim()) continue;
        io.stdout(JSON.stringify(answerQuestion(search, questionOf(line))) + '\n');
      }
      return 0;
    }
    const answer: Answer = answerQuestion(search, rest.join(' '));
    io.stdout((values.json ? JSON.stringify(answer, null, 2) : formatAnswer(answer)) + '\n');
    return 0;
  }

  if (command === 'build') {
    if (!values.out) return usage(io, '"build" needs --out FILE, the index file to write');
    if (rest.length > 0) return usage(io, `unexpected "${rest[0]}" after "build"`);
    let index;
    try {
      index = alignIndex(buildIndex(readCorpus(corpusDir, cwd)));
    } catch (error) {
      return corpusFailure(io, error);
    }
    const out = resolve(cwd, values.out);
    try {
      mkdirSync(dirname(out), { recursive: true });
      // Write beside the target and rename, so a failed write never leaves a partial index.
      const temp = `${out}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(packIndex(index)));
      renameSync(temp, out);
    } catch (error) {
      io.stderr(`policy-assistant: cannot write "${values.out}": ${(error as Error).message}\n`);
      return 1;
    }
    io.stderr(`policy-assistant: wrote ${values.out} (${index.versions.length} versions, ${index.clauses.length} clauses)\n`);
    return 0;
  }

  if (command === 'diff') {
    if (rest.length > 0) return usage(io, `unexpected "${rest[0]}" after "diff"`);
    return runDiff({ corpusDir, topic: values.topic, json: values.json ?? false }, io);
  }

  return usage(io, `unknown command "${command}"`);
}

function questionOf(line: string): string {
  const trimmed = line.trim();
  if (trimmed.startsWith('{')) {
    try {
      const value = JSON.parse(trimmed) as { q?: unknown; question?: unknown };
      if (typeof value.q === 'string') return value.q;
      if (typeof value.question === 'string') return value.question;
    } catch {
      // Not JSON after all: a question that starts with "{".
    }
  }
  return trimmed;
}

function load(dir: string, cwd: string, io: CliIo): PolicySearch | null {
  try {
    return new PolicySearch(alignIndex(buildIndex(readCorpus(dir, cwd))));
  } catch (error) {
    corpusFailure(io, error);
    return null;
  }
}

function corpusFailure(io: CliIo, error: unknown): number {
  if (error instanceof CorpusError) {
    io.stderr(error.message + '\n');
    return 2;
  }
  throw error;
}

function usage(io: CliIo, problem: string): number {
  io.stderr(`policy-assistant: ${problem}\nRun "policy-assistant --help" for usage.\n`);
  return 2;
}
