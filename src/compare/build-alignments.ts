import { spansText } from '../corpus/index.js';
import type { PolicyIndex } from '../search/index.js';
import { alignVersions, type AlignOptions } from './align.js';
import type { IndexedVersionView, VersionAlignment } from './types.js';

/**
 * The clauses of one version of an index, as the aligner sees them.
 *
 * @example
 * versionView(index, 1).clauses[0]
 * // { clause: 52, text: 'Your privacy is incredibly important…', heading: 'Introduction', categories: […] }
 */
export function versionView(index: PolicyIndex, version: number): IndexedVersionView {
  const info = index.versions[version];
  if (!info) {
    const count = index.versions.length;
    throw new Error(`policy-assistant: version ${version} is not in the index (it has ${count}); give an index into "versions"`);
  }
  const clauses: IndexedVersionView['clauses'] = [];
  index.clauses.forEach((clause, i) => {
    const section = index.sections[clause.section]!;
    if (section.version !== version) return;
    clauses.push({ clause: i, text: spansText(clause.spans), heading: section.path.join(' '), categories: clause.categories });
  });
  return { company: info.company, clauses };
}

/**
 * Aligns every pair of consecutive versions of each policy in an index (newer first, as the index
 * lists them), so that the result can be stored beside it and read in the browser without work.
 *
 * @example
 * buildAlignments(index)
 * // [{ policy: 'kayako-privacy', newer: 0, older: 1, links: [{ status: 'reworded', newer: 0, older: 53, score: 0.21 }, …] }]
 */
export function buildAlignments(index: PolicyIndex, options?: Partial<AlignOptions>): VersionAlignment[] {
  const out: VersionAlignment[] = [];
  for (let v = 0; v + 1 < index.versions.length; v++) {
    const newer = index.versions[v]!;
    const older = index.versions[v + 1]!;
    if (newer.policy !== older.policy) continue;
    const { links } = alignVersions(versionView(index, v + 1), versionView(index, v), options);
    out.push({ policy: newer.policy, newer: v, older: v + 1, links });
  }
  return out;
}

/**
 * Aligns the versions of an index and stores the result in it, so that the browser does no heavy
 * work: what the build tools (the Vite plugin, `policy-assistant build`) call after `buildIndex`.
 *
 * @example const index = alignIndex(buildIndex(corpus)); index.alignments.length // 1 for Kayako
 */
export function alignIndex(index: PolicyIndex): PolicyIndex {
  index.alignments = buildAlignments(index);
  return index;
}
