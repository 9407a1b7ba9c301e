import type { AsPlainObject } from 'minisearch';
import type { InlineSpan } from '../corpus/index.js';
import type { Category } from './categories.js';

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

/** The index written at build time: clauses, sections, versions and the MiniSearch index. */
export interface PolicyIndex {
  /** Format of this object; loading refuses any other. */
  format: 1;
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
}
