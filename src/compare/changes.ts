import { spansText, type InlineSpan } from '../corpus/index.js';
import { CATEGORIES, CATEGORY_INFO, type Category, type PolicyIndex } from '../search/index.js';
import { diffWords, type WordDiffPart } from './diff-words.js';
import type { ClauseStatus, VersionAlignment } from './types.js';

/** Which changes to list. */
export interface ChangesOptions {
  /** List only changes whose clauses (either version) have this category. Default `null`: all. */
  topic: Category | null;
  /** List only changes whose clauses (either version) name this concept of the index's vocabulary, e.g. `cookies`. Default `null`: all. */
  concept: string | null;
}

/** List every change. */
export const DEFAULT_CHANGES_OPTIONS: Readonly<ChangesOptions> = { topic: null, concept: null };

/**
 * Fills in the defaults of the change listing's options and checks the topic (`summarizeChanges`
 * checks the concept, against the vocabulary of its index).
 */
export function resolveChangesOptions(user: Partial<ChangesOptions> = {}): ChangesOptions {
  const options = { ...DEFAULT_CHANGES_OPTIONS, ...user };
  if (options.topic !== null && !CATEGORIES.includes(options.topic)) {
    throw new Error(`policy-assistant: unknown topic "${String(options.topic)}"; give one of ${CATEGORIES.join(', ')}`);
  }
  return options;
}

/** One clause of one version, with where it comes from (the fields are named as in an answer's `Citation`). */
export interface ChangeCitation {
  /** Version date, e.g. `2019-05-11`. */
  version: string;
  /** Section number (`"3"`), or `null` when the heading has none. */
  section: string | null;
  /** Section heading without its number. */
  heading: string;
  /** Headings from the top section down. */
  path: string[];
  /** Anchor of the section, e.g. `kayako-privacy-2019-05-11--3`. */
  anchor: string;
  /** Anchor of the clause, e.g. `kayako-privacy-2019-05-11--3--p2`. */
  clause: string;
  /** The whole clause, verbatim apart from Markdown markup. */
  quote: string;
  /** The clause for display. */
  spans: InlineSpan[];
  /** Data-practice categories of the clause. */
  categories: Category[];
}

/** A clause that changed between two versions, quoted from both. */
export interface ClauseChange {
  /** What happened (`unchanged` clauses are not changes). */
  status: Exclude<ClauseStatus, 'unchanged'>;
  /** The clause in the newer version: the rewording, the new clause, or the clause merged into; `null` when removed. */
  newer: ChangeCitation | null;
  /** The clause in the older version; `null` when new. */
  older: ChangeCitation | null;
  /** Categories of both clauses, newer first, without repeats. */
  categories: Category[];
  /** Term cosine of the two clauses (0–1), `0` when one is missing. */
  score: number;
  /** Word-level difference from the older clause to the newer one, or `null` when one is missing. */
  diff: WordDiffPart[] | null;
}

/** The changes of one topic. */
export interface TopicChanges {
  /** The category. */
  category: Category;
  /** Its label for visitors, e.g. "How long data is kept". */
  label: string;
  /** Its changes, newer version's order first, then removed and merged clauses in the older version's order. */
  changes: ClauseChange[];
}

/** A version of a policy, as named in a comparison. */
export interface VersionRef {
  /** Index in `PolicyIndex.versions`. */
  index: number;
  /** Version date, e.g. `2019-05-11`. */
  version: string;
  /** Anchor prefix, e.g. `kayako-privacy-2019-05-11`. */
  id: string;
}

/** The changes between two consecutive versions of a policy, topic by topic. */
export interface VersionChanges {
  /** Policy id. */
  policy: string;
  /** Policy title. */
  title: string;
  /** The newer version. */
  newer: VersionRef;
  /** The older version. */
  older: VersionRef;
  /** Clauses of each status among those listed (`unchanged` counts newer clauses that passed the filter). */
  counts: Record<ClauseStatus, number>;
  /** Topics with at least one change, in the order of `CATEGORIES`. */
  topics: TopicChanges[];
}

/** What changed, for every pair of consecutive versions. */
export interface ChangeSummary {
  /** The category the listing is limited to, or `null`. */
  topic: Category | null;
  /** The concept the listing is limited to, or `null`. */
  concept: string | null;
  /** One entry per pair of consecutive versions, in the order of the alignments. */
  comparisons: VersionChanges[];
}

function citation(index: PolicyIndex, i: number): ChangeCitation {
  const clause = index.clauses[i]!;
  const section = index.sections[clause.section]!;
  return {
    version: index.versions[section.version]!.version,
    section: section.number,
    heading: section.heading,
    path: section.path,
    anchor: section.anchor,
    clause: clause.anchor,
    quote: spansText(clause.spans),
    spans: clause.spans,
    categories: clause.categories,
  };
}

/**
 * Lists what changed between consecutive versions, topic by topic, with both versions quoted. Each
 * change is listed once, under the first category of its clauses (the strongest, newer version first);
 * with a `topic`, every change that has that category is listed under it; with a `concept`, only the
 * changes whose clause in either version names it.
 *
 * @example
 * const { topics } = summarizeChanges(index, buildAlignments(index), { concept: 'payment' }).comparisons[0];
 * topics.flatMap((t) => t.changes).find((c) => c.older?.heading === 'Credit card information')
 * // { status: 'reworded',
 * //   newer: { clause: 'kayako-privacy-2019-05-11--3--p2', section: '3', quote: 'Your transaction…', … },
 * //   older: { clause: 'kayako-privacy-2015-12-29--credit-card-information--p1', … },
 * //   diff: [{ op: 'same', text: 'Your transaction…' }, { op: 'removed', text: 'Kayako' }, …], … }
 */
export function summarizeChanges(
  index: PolicyIndex,
  alignments: readonly VersionAlignment[],
  options?: Partial<ChangesOptions>,
): ChangeSummary {
  const { topic, concept } = resolveChangesOptions(options);
  if (concept !== null && !index.vocabulary.concepts.some((c) => c.id === concept)) {
    throw new Error(`policy-assistant: unknown concept "${concept}"; give the id of a concept of the vocabulary, e.g. "cookies"`);
  }
  // Whether a clause names the concept in the policy's own words, as found at build time.
  const about = (i: number) => concept !== null && i >= 0 && index.clauses[i]!.concepts.includes(concept);
  const comparisons = alignments.map((alignment): VersionChanges => {
    const ref = (v: number): VersionRef => ({ index: v, version: index.versions[v]!.version, id: index.versions[v]!.id });
    const counts: Record<ClauseStatus, number> = { unchanged: 0, reworded: 0, new: 0, merged: 0, removed: 0 };
    const byCategory = new Map<Category, ClauseChange[]>();
    for (const link of alignment.links) {
      const newer = link.newer >= 0 ? index.clauses[link.newer]! : null;
      const older = link.older >= 0 ? index.clauses[link.older]! : null;
      const categories = [...new Set([...(newer?.categories ?? []), ...(older?.categories ?? [])])];
      if (topic !== null && !categories.includes(topic)) continue;
      if (concept !== null && !about(link.newer) && !about(link.older)) continue;
      counts[link.status]++;
      if (link.status === 'unchanged') continue;
      const group = topic ?? categories[0] ?? 'other';
      const change: ClauseChange = {
        status: link.status,
        newer: newer ? citation(index, link.newer) : null,
        older: older ? citation(index, link.older) : null,
        categories,
        score: link.score,
        diff: newer && older ? diffWords(spansText(older.spans), spansText(newer.spans)) : null,
      };
      const list = byCategory.get(group) ?? [];
      list.push(change);
      byCategory.set(group, list);
    }
    const info = index.versions[alignment.newer]!;
    return {
      policy: alignment.policy,
      title: info.title,
      newer: ref(alignment.newer),
      older: ref(alignment.older),
      counts,
      topics: CATEGORIES.filter((c) => byCategory.has(c)).map((c) => ({
        category: c,
        label: CATEGORY_INFO[c].label,
        changes: byCategory.get(c)!,
      })),
    };
  });
  return { topic, concept, comparisons };
}
