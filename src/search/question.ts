import { processToken, tokenize } from './analyze.js';
import type { Category } from './categories.js';
import { findConcepts, isGenericTerm, type ConceptMatch } from './concepts.js';
import { questionIntents, versionIntent, type VersionIntent } from './intent.js';
import { correctSpelling } from './spell.js';
import { VOCABULARY_TERMS } from './vocabulary-terms.js';

/** Longest question analysed; the rest is ignored so that any input answers in bounded time. */
export const MAX_QUESTION_LENGTH = 500;
/** Weight of a policy phrase searched on behalf of a visitor's word (the word itself weighs 1). */
export const EXPANSION_WEIGHT = 0.45;

/** A question, analysed for search. */
export interface AnalyzedQuestion {
  /** The question as asked (cut to `MAX_QUESTION_LENGTH`). */
  text: string;
  /** Its terms, spelling corrected, in order. */
  terms: string[];
  /** Words that were corrected: `cookei` → `cooki`. */
  corrections: Array<{ from: string; to: string }>;
  /** Vocabulary concepts it names. */
  concepts: ConceptMatch[];
  /** Every term to search with its weight: its own terms 1, policy phrases `EXPANSION_WEIGHT`. */
  weights: Map<string, number>;
  /** Categories it asks about, with weights. */
  categories: Map<Category, number>;
  /** Which version it names. */
  version: VersionIntent;
}

/**
 * Analyses a question with the same analyser the index was built with, corrects misspelt words
 * against the corpus and the vocabulary, and adds the policy's words for the visitor's words.
 *
 * @example analyzeQuestion('who processes my card?', df).weights // Map { 'process' => 1, 'card' => 1, 'payment' => 0.45, … }
 */
export function analyzeQuestion(question: string, df: Readonly<Record<string, number>>): AnalyzedQuestion {
  const text = question.slice(0, MAX_QUESTION_LENGTH);
  const corrections: Array<{ from: string; to: string }> = [];
  const known = knownTerms(df);
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    for (const term of processToken(token)) {
      if (df[term] || VOCABULARY_TERMS.has(term)) {
        terms.push(term);
        continue;
      }
      const fixed = correctSpelling(term, known);
      if (fixed) corrections.push({ from: term, to: fixed });
      terms.push(fixed ?? term);
    }
  }
  const concepts = findConcepts(terms);
  const weights = new Map<string, number>();
  for (const term of terms) weights.set(term, 1);
  for (const match of concepts) {
    for (const term of match.concept.expansion) {
      if (!weights.has(term)) weights.set(term, EXPANSION_WEIGHT);
    }
  }
  const categories = questionIntents(text);
  for (const [category, weight] of categories) categories.set(category, weight * 2);
  for (const match of concepts) {
    if (match.positions.every((p) => isGenericTerm(terms[p]!))) continue;
    categories.set(match.concept.category, (categories.get(match.concept.category) ?? 0) + 1);
  }
  return { text, terms, corrections, concepts, weights, categories, version: versionIntent(text) };
}

let cachedDf: Readonly<Record<string, number>> | null = null;
let cachedKnown: Map<string, number> = new Map();

/** Terms a misspelling may be corrected to: the corpus's and the vocabulary's. */
function knownTerms(df: Readonly<Record<string, number>>): Map<string, number> {
  if (df === cachedDf) return cachedKnown;
  const known = new Map<string, number>();
  for (const term of VOCABULARY_TERMS) known.set(term, 1);
  for (const [term, count] of Object.entries(df)) known.set(term, count + 1);
  cachedDf = df;
  cachedKnown = known;
  return known;
}
