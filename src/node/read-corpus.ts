import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCorpus, CorpusError, type Corpus, type CorpusFile } from '../corpus/index.js';

/**
 * Reads the Markdown files (`*.md`) of a corpus folder, named relative to the working directory
 * in messages. Throws a `CorpusError` when the folder is missing or holds no policy.
 */
export function readCorpusFiles(dir: string, cwd = process.cwd()): CorpusFile[] {
  const shown = relative(cwd, dir) || '.';
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir);
  } catch {
    throw new CorpusError(shown, 0, `no corpus folder here; give a folder of policy Markdown files with --corpus DIR`);
  }
  const files = names
    .filter((n) => /\.(md|markdown)$/i.test(n))
    .sort()
    .map((n) => ({ path: join(shown, n), text: readFileSync(join(dir, n), 'utf8') }));
  if (files.length === 0) throw new CorpusError(shown, 0, 'no policy files (*.md) in this folder; add the policy as Markdown');
  return files;
}

/** Reads and parses a corpus folder. */
export function readCorpus(dir: string, cwd = process.cwd()): Corpus {
  return buildCorpus(readCorpusFiles(dir, cwd));
}
