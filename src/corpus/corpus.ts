import { CorpusError } from './errors.js';
import { parsePolicy } from './parse-policy.js';
import type { Corpus, CorpusFile, PolicyVersion } from './types.js';

/**
 * Parses every file of a corpus folder. Files of one policy with different dates are its versions,
 * sorted newest first. Throws a {@link CorpusError} for the first unusable file, so a build writes
 * nothing partial.
 *
 * @example buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text }]).versions[0].version // '2024-01-01'
 */
export function buildCorpus(files: readonly CorpusFile[]): Corpus {
  if (files.length === 0) {
    throw new CorpusError('corpus', 0, 'no policy files found; add Markdown files (*.md) to the corpus folder');
  }
  const versions: PolicyVersion[] = [];
  const seen = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const parsed = parsePolicy(file);
    const other = seen.get(parsed.id);
    if (other) {
      throw new CorpusError(file.path, 1, `version "${parsed.version}" of policy "${parsed.policy}" is also in ${other}; give each version its own date`);
    }
    seen.set(parsed.id, file.path);
    versions.push(parsed);
  }
  versions.sort((a, b) => (a.policy === b.policy ? compareVersions(b.version, a.version) : a.policy.localeCompare(b.policy)));
  return { versions };
}

/** Orders version dates; `"current"` (an undated file) counts as newest. */
export function compareVersions(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'current') return 1;
  if (b === 'current') return -1;
  return a < b ? -1 : 1;
}
