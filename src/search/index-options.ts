import type { Options, SearchOptions } from 'minisearch';
import { processToken, tokenize } from './analyze.js';

/** A clause as MiniSearch indexes it. */
export interface ClauseDocument {
  /** Position of the clause in the index's clause list. */
  id: number;
  /** The clause's plain text. */
  text: string;
  /** The section's heading path, so a clause under "Cookies" matches "cookies". */
  heading: string;
  /** The clause's own bold lead-in ("Cookies", "Right of erasure"), or an empty string. */
  label: string;
}

/**
 * The one place MiniSearch is configured: the build indexes with these options and the element and
 * CLI load with them, so index and query analysis can never disagree.
 */
export const INDEX_OPTIONS: Options<ClauseDocument> = {
  fields: ['text', 'heading', 'label'],
  storeFields: [],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => processToken(term),
  searchOptions: {
    boost: { text: 1, heading: 0.6, label: 1.5 },
    // Questions are analysed before they reach MiniSearch (see `analyzeQuestion`), so at query time
    // terms pass through unchanged.
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
  },
};

/** Search options for a list of already analysed terms. */
export const QUERY_OPTIONS: SearchOptions = {
  combineWith: 'OR',
  prefix: false,
  fuzzy: false,
};

/** Options for autocompletion of what a visitor is typing. */
export const SUGGEST_OPTIONS: SearchOptions = {
  tokenize: (text) => tokenize(text),
  processTerm: (term) => processToken(term),
  combineWith: 'AND',
  prefix: (term, i, terms) => i === terms.length - 1,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
};
