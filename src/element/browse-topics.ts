import { citeClause, type Citation } from '../answer/index.js';
import { CATEGORIES, type Category, type PolicySearch } from '../search/index.js';

/** A clause listed under a topic the visitor browses. */
export interface TopicItem {
  /** The whole clause as a citation, with how it changed since the previous version. */
  citation: Citation;
  /** For a clause only older versions have: the date of the last version that has it; else `null`. */
  only: string | null;
}

/** A topic the index covers, for the topic list. */
export interface TopicCount {
  /** The category. */
  category: Category;
  /** How many clauses `topicItems` lists for it. */
  count: number;
}

/**
 * Clause numbers of a topic: those of the shown version of each policy (`preferred`, a version date,
 * for its policy; the newest for the others) in document order, then those of older versions that
 * the next version removed, with the date of their version.
 */
function topicClauses(search: PolicySearch, category: Category | null, preferred: string | null): Array<{ clause: number; only: string | null }> {
  const { clauses, sections, versions, alignments = [] } = search.index;
  const preferredPolicy = preferred === null ? null : (versions.find((v) => v.version === preferred)?.policy ?? null);
  const shown = new Set(
    versions
      .map((v, i) => ({ v, i }))
      .filter(({ v }) => (v.policy === preferredPolicy ? v.version === preferred : v.age === 0))
      .map(({ i }) => i),
  );
  const ageShown = new Map([...shown].map((i) => [versions[i]!.policy, versions[i]!.age]));
  const has = (i: number) => category === null || clauses[i]!.categories.includes(category);
  const out: Array<{ clause: number; only: string | null }> = [];
  clauses.forEach((c, i) => {
    if (shown.has(sections[c.section]!.version) && has(i)) out.push({ clause: i, only: null });
  });
  // Newer comparisons first, so the most recently removed clauses come first.
  const older = alignments
    .filter((a) => versions[a.older]!.age > (ageShown.get(a.policy) ?? Infinity))
    .sort((a, b) => versions[a.older]!.age - versions[b.older]!.age);
  for (const alignment of older) {
    const date = versions[alignment.older]!.version;
    for (const link of alignment.links) {
      if (link.status === 'removed' && has(link.older)) out.push({ clause: link.older, only: date });
    }
  }
  return out;
}

/**
 * The clauses of a topic, as the visitor browses it: the shown version's first (the newest, or the
 * version date `preferred` for its policy), then those only older versions have.
 *
 * @example topicItems(search, 'data-retention', null) // [{ citation: { version: '2019-05-11', … }, only: null }, { citation: …, only: '2015-12-29' }]
 */
export function topicItems(search: PolicySearch, category: Category, preferred: string | null): TopicItem[] {
  return topicClauses(search, category, preferred).map(({ clause, only }) => ({ citation: citeClause(search, clause), only }));
}

/**
 * The topics the index covers, in the order of `CATEGORIES`, with how many clauses each lists.
 *
 * @example topicCounts(search, null) // [{ category: 'first-party-collection', count: 34 }, …]
 */
export function topicCounts(search: PolicySearch, preferred: string | null): TopicCount[] {
  const counts = new Map<Category, number>();
  for (const { clause } of topicClauses(search, null, preferred)) {
    for (const category of search.index.clauses[clause]!.categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return CATEGORIES.filter((c) => counts.has(c)).map((category) => ({ category, count: counts.get(category)! }));
}
