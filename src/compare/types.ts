import type { Category } from '../search/index.js';

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
  /** Text similarity of the two clauses, 0–1 rounded to two decimals; `0` when one side is `-1`. */
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

/** A clause as the aligner sees it. */
export interface ClauseView {
  /** Index of the clause in `PolicyIndex.clauses`. */
  clause: number;
  /** Plain text (its spans joined). */
  text: string;
  /** Data-practice categories of the clause. Default `[]`. */
  categories?: readonly Category[];
}

/** One version as the aligner sees it: its clauses in document order. */
export interface IndexedVersionView {
  /** Company name, treated as a synonym of "the Company" when measuring similarity. Default: none. */
  company?: string;
  /** Clauses in document order. */
  clauses: ClauseView[];
}
