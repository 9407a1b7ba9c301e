import type { AsPlainObject } from 'minisearch';
import type { InlineSpan } from '../corpus/index.js';
import type { Category } from './categories.js';
import type { IndexedVocabulary } from './compiled-vocabulary.js';

/** A section as the index keeps it. */
export interface IndexedSection {
  /** Anchor, e.g. `kayako-privacy-2019-05-11--3`. */
  anchor: string;
  /** Number printed in the heading, or `null`. */
  number: string | null;
  /** Heading without its number. */
  heading: string;
  /** Headings from the top down to this one. */
  path: string[];
  /** Index of the version in `PolicyIndex.versions`. */
  version: number;
  /** Index of the enclosing section in `PolicyIndex.sections`, or `-1`. */
  parent: number;
  /** Heading depth (0 for the introduction). */
  depth: number;
  /** Index of its first clause in `PolicyIndex.clauses`. */
  first: number;
  /** Number of clauses directly under it. */
  count: number;
}

/** A clause as the index keeps it (its plain text is the join of its spans). */
export interface IndexedClause {
  /** Anchor, e.g. `kayako-privacy-2019-05-11--3--p2`. */
  anchor: string;
  /** Index of its section in `PolicyIndex.sections`. */
  section: number;
  /** Display content. */
  spans: InlineSpan[];
  /** Data-practice categories found in it at build time. */
  categories: Category[];
  /** Ids of the vocabulary concepts it names in the policy's own words (their `says` phrases), found at build time. */
  concepts: string[];
  /**
   * For a list item, the clause that introduces its list ("Our Company may use information that we
   * collect about you to:"): its index in `PolicyIndex.clauses`; -1 for none.
   */
  lead: number;
}

/** One version of a policy as the index keeps it. */
export interface IndexedVersion {
  /** Policy id, e.g. `kayako-privacy`. */
  policy: string;
  /** Version date `YYYY-MM-DD` or `"current"`. */
  version: string;
  /** Anchor prefix, e.g. `kayako-privacy-2019-05-11`. */
  id: string;
  /** Display title. */
  title: string;
  /** Company. */
  company: string;
  /** Effective date or `null`. */
  effective: string | null;
  /** Source URL or `null`. */
  source: string | null;
  /** 0 for the newest version of its policy, 1 for the one before, … */
  age: number;
}

/**
 * The index built at build time (`buildIndex`) and searched (`PolicySearch.index`): clauses,
 * sections, versions and the MiniSearch index. It is stored packed (`packIndex`, `StoredIndex`).
 */
export interface PolicyIndex {
  /** Policy versions, newest first within a policy. */
  versions: IndexedVersion[];
  /** Sections of all versions. */
  sections: IndexedSection[];
  /** Clauses of all versions, in document order. */
  clauses: IndexedClause[];
  /** Number of clauses each analysed term occurs in, for weighting and spelling correction. */
  df: Record<string, number>;
  /** MiniSearch's `toJSON()`, loaded with `INDEX_OPTIONS`. */
  search: AsPlainObject;
  /** How the clauses of consecutive versions correspond (`src/compare`); empty until aligned. */
  alignments: VersionAlignment[];
  /** The vocabulary, compiled at build time, so the browser needs neither the table nor its analysis. */
  vocabulary: IndexedVocabulary;
}


/**
 * What happened to a clause between two consecutive versions.
 *
 * For a clause of the newer version: `unchanged` (the same words), `reworded` (it continues a clause
 * of the older version, its counterpart) or `new`. For a clause of the older version that is no
 * newer clause's counterpart: `merged` (its wording lives on inside a newer clause that continues
 * another older clause) or `removed`.
 */
export type ClauseStatus = 'unchanged' | 'reworded' | 'new' | 'merged' | 'removed';

/** One entry of an alignment: a newer clause and its counterpart, or an older clause's fate. */
export interface ClauseLink {
  /** What happened. */
  status: ClauseStatus;
  /** Index of the newer clause in `PolicyIndex.clauses`; `-1` when `removed`. */
  newer: number;
  /** Index of the older clause in `PolicyIndex.clauses`; `-1` when `new`. */
  older: number;
  /**
   * Cosine of the two clauses' weighted terms, 0–1 to two decimals: `1` when `unchanged`, `0` when one
   * side is `-1`. A guide to how much was rewritten; `diffWords` shows what.
   */
  score: number;
}

/**
 * How the clauses of two consecutive versions correspond. `links` holds one entry per newer clause
 * (`unchanged`, `reworded` or `new`) in document order, then one per older clause that is no newer
 * clause's counterpart (`merged` or `removed`), in document order. An older clause split into several
 * newer ones is the counterpart of each of them.
 */
export interface Alignment {
  /** The links, as described above. */
  links: ClauseLink[];
}

/** The alignment of two consecutive versions of one policy, as stored in the index. */
export interface VersionAlignment extends Alignment {
  /** Policy id, e.g. `kayako-privacy`. */
  policy: string;
  /** Index of the newer version in `PolicyIndex.versions`. */
  newer: number;
  /** Index of the older version in `PolicyIndex.versions`. */
  older: number;
}

