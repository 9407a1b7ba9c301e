import { analyze, analyzePhrase, findConcepts, tokenize } from '../search/index.js';
import { lcsLength } from './diff-words.js';

/** A clause's text, analysed once for comparison. */
export interface PreparedText {
  /** Word tokens as written (normalised, not stemmed), to tell `unchanged` clauses. */
  words: string[];
  /** Analysed terms in order (stop words dropped, stemmed), the company named "company". */
  content: string[];
  /** Distinct analysed terms and the `@id` of each vocabulary concept the text names. */
  terms: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Analyses a clause for comparison. A policy names its author either by name or as "the Company";
 * both become "company", so that "on behalf of Kayako" and "on behalf of our Company" compare as
 * close (they remain different words, so the clause is still `reworded`, not `unchanged`).
 * Vocabulary concepts named by a phrase or by two of their words are added as `@id` terms, so that
 * "under the age of 13" and "minors" have something in common; a concept named by a single word
 * would only count that word twice.
 *
 * @example prepareText('Payments on behalf of Kayako.', 'Kayako').terms // ['payment', 'behalf', 'compani']
 * @example prepareText('No data from children under the age of 13.').terms // ['data', 'child', 'ag', '13', '@children']
 */
export function prepareText(text: string, company?: string): PreparedText {
  let neutral = text;
  const name = company?.trim();
  if (name) neutral = neutral.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'), 'Company');
  const content = analyze(neutral);
  // Vocabulary phrases match word for word, stop words included (`analyzePhrase`).
  const concepts = findConcepts(analyzePhrase(neutral), { gaps: false }).filter((m) => m.positions.length >= 2).map((m) => `@${m.concept.id}`);
  return { words: tokenize(text), content, terms: [...new Set([...content, ...concepts])] };
}

/** Whether two clauses have the same words, ignoring case, punctuation, white space and markup. */
export function sameWords(a: PreparedText, b: PreparedText): boolean {
  return a.words.length === b.words.length && a.words.every((w, i) => w === b.words[i]);
}

/** Inverse document frequency of each term over a set of prepared texts: `ln(1 + n / df)`. */
export function termWeights(texts: readonly PreparedText[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const t of texts) for (const term of t.terms) df.set(term, (df.get(term) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [term, n] of df) weights.set(term, Math.log(1 + texts.length / n));
  return weights;
}

/** How alike two clauses are; each measure is 0–1. */
export interface Similarity {
  /** Cosine of the two term sets, each term weighted by its inverse document frequency. */
  cosine: number;
  /** Share of the newer clause's term weight found in the older clause. */
  newerCovered: number;
  /** Share of the older clause's term weight found in the newer clause. */
  olderCovered: number;
  /** Summed weight of the terms the two clauses share. */
  shared: number;
  /** Share of the newer clause's terms found, in the same order, in the older clause (see `keptFloor`). */
  newerKept: number;
  /** Share of the older clause's terms found, in the same order, in the newer clause (see `keptFloor`). */
  olderKept: number;
}

/**
 * Measures how alike two prepared clauses are. The in-order measures (`newerKept`, `olderKept`) cost
 * the most; they are worked out only when the share of terms the clauses have in common allows them
 * to reach `keptFloor`, and are `0` otherwise.
 */
export function similarity(
  newer: PreparedText,
  older: PreparedText,
  weights: ReadonlyMap<string, number>,
  keptFloor = 0,
): Similarity {
  const w = (t: string) => weights.get(t) ?? 0;
  const olderTerms = new Set(older.terms);
  let shared = 0;
  let sharedSq = 0;
  let newerSum = 0;
  let newerSq = 0;
  for (const t of newer.terms) {
    const x = w(t);
    newerSum += x;
    newerSq += x * x;
    if (olderTerms.has(t)) {
      shared += x;
      sharedSq += x * x;
    }
  }
  let olderSum = 0;
  let olderSq = 0;
  for (const t of older.terms) {
    const x = w(t);
    olderSum += x;
    olderSq += x * x;
  }
  // The words of a clause kept in order are at most those the other clause has at all.
  const present = (a: string[], b: Set<string>) => (a.length > 0 ? a.filter((t) => b.has(t)).length / a.length : 0);
  const bound = shared > 0 ? Math.max(present(newer.content, olderTerms), present(older.content, new Set(newer.terms))) : 0;
  const common = bound > 0 && bound >= keptFloor ? lcsLength(newer.content, older.content) : 0;
  return {
    cosine: newerSq > 0 && olderSq > 0 ? sharedSq / Math.sqrt(newerSq * olderSq) : 0,
    newerCovered: newerSum > 0 ? shared / newerSum : 0,
    olderCovered: olderSum > 0 ? shared / olderSum : 0,
    shared,
    newerKept: newer.content.length > 0 ? common / newer.content.length : 0,
    olderKept: older.content.length > 0 ? common / older.content.length : 0,
  };
}
