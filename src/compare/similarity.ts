import { analyze, findConcepts, stem, tokenize } from '../search/index.js';
import { lcsLength } from './diff-words.js';

/** A clause's text, analysed once for comparison. */
export interface PreparedText {
  /** Word tokens as written (normalised, not stemmed), to tell `unchanged` clauses. */
  words: string[];
  /** Stemmed word tokens in order, stop words kept, the company named "company". */
  sequence: string[];
  /** Distinct analysed terms (stop words dropped, stemmed) and `@concept` ids of the vocabulary. */
  terms: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Analyses a clause for comparison. A policy names its author either by name or as "the Company";
 * both become "company", so that "on behalf of Kayako" and "on behalf of our Company" compare as
 * close (they remain different words, so the clause is still `reworded`, not `unchanged`).
 *
 * @example prepareText('Payments on behalf of Kayako.', 'Kayako').terms // ['payment', 'behalf', 'compani', '@payment', …]
 */
export function prepareText(text: string, company?: string): PreparedText {
  const words = tokenize(text);
  let neutral = text;
  const name = company?.trim();
  if (name) neutral = neutral.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'), 'Company');
  const analysed = analyze(neutral);
  const concepts = findConcepts(analysed).map((m) => `@${m.concept.id}`);
  return {
    words,
    sequence: tokenize(neutral).map((w) => stem(w.replace(/'s$/, ''))),
    terms: [...new Set([...analysed, ...concepts])],
  };
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

/** The measures the aligner combines, each 0–1. */
export interface Similarity {
  /** Cosine of the term sets, each term weighted by its inverse document frequency. */
  cosine: number;
  /** Share of the smaller clause's term weight found in the other clause. */
  containment: number;
  /** Share of the smaller clause's term weight found in the other clause, by the older clause's side. */
  olderCovered: number;
  /** Share of the newer clause's term weight found in the older clause. */
  newerCovered: number;
  /** Word-order overlap: twice the longest common word subsequence over both lengths. */
  sequence: number;
}

/** Measures how alike two prepared clauses are. */
export function similarity(newer: PreparedText, older: PreparedText, weights: ReadonlyMap<string, number>): Similarity {
  const w = (t: string) => weights.get(t) ?? 0;
  const olderTerms = new Set(older.terms);
  let shared = 0;
  let newerSum = 0;
  let newerSq = 0;
  for (const t of newer.terms) {
    const x = w(t);
    newerSum += x;
    newerSq += x * x;
    if (olderTerms.has(t)) shared += x;
  }
  let olderSum = 0;
  let olderSq = 0;
  let sharedSq = 0;
  const newerTerms = new Set(newer.terms);
  for (const t of older.terms) {
    const x = w(t);
    olderSum += x;
    olderSq += x * x;
    if (newerTerms.has(t)) sharedSq += x * x;
  }
  const cosine = newerSq > 0 && olderSq > 0 ? sharedSq / Math.sqrt(newerSq * olderSq) : 0;
  const newerCovered = newerSum > 0 ? shared / newerSum : 0;
  const olderCovered = olderSum > 0 ? shared / olderSum : 0;
  const containment = newerSum <= olderSum ? newerCovered : olderCovered;
  const total = newer.sequence.length + older.sequence.length;
  const sequence = total > 0 ? (2 * lcsLength(newer.sequence, older.sequence)) / total : 0;
  return { cosine, containment, olderCovered, newerCovered, sequence };
}
