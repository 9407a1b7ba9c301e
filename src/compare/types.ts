import type { Category } from '../search/index.js';

export type { Alignment, ClauseLink, ClauseStatus, VersionAlignment } from '../search/types.js';

/** A clause as the aligner sees it. */
export interface ClauseView {
  /** Index of the clause in `PolicyIndex.clauses`. */
  clause: number;
  /** Plain text (its spans joined). */
  text: string;
  /** Its section's headings, top down, joined by spaces. Default `''`. */
  heading?: string;
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
