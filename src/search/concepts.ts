import { analyze, analyzePhrase, processToken, tokenize } from './analyze.js';
import type { Category } from './categories.js';
import {
  CompiledVocabulary,
  conceptsOfHits,
  packVocabulary,
  type CompiledConcept,
  type CompiledPhrase,
  type ConceptMatch,
  type IndexedVocabulary,
  type PhraseHit,
  type TableEntry,
} from './compiled-vocabulary.js';
import { FRAME_TERMS } from './frame-words.js';
import { isGenericTerm, isWeakTerm } from './generic-terms.js';
import { STOP_WORDS } from './stop-words.js';
import { VOCABULARY, type Concept } from './vocabulary.js';

/** A concept of the vocabulary table, compiled. */
export interface TableConcept extends CompiledConcept {
  /** Policy phrases as stems with stop words kept, used to tag clauses. */
  says: string[][];
}

/** A phrase of the table, also as its stems with stop words kept, for matching word for word. */
interface ExactPhrase extends CompiledPhrase {
  exact: string[];
}

function compile(vocabulary: readonly Concept[]): { vocabulary: CompiledVocabulary; concepts: TableConcept[]; phrases: ExactPhrase[]; table: TableEntry[] } {
  const concepts: TableConcept[] = [];
  const phrases: ExactPhrase[] = [];
  const table: TableEntry[] = [];
  // A policy phrase shared by several concepts ("share" is sharing and selling) names only the
  // first of them, so that "share" does not bring in everything said about selling.
  const saysOwner = new Map<string, string>();
  for (const entry of vocabulary) for (const phrase of entry.says) if (!saysOwner.has(phrase)) saysOwner.set(phrase, entry.id);
  for (const entry of vocabulary) {
    const says = entry.says.map(analyze).filter((t) => t.length > 0);
    const concept: TableConcept = {
      id: entry.id,
      category: entry.category,
      expansion: [...new Set(says.flat())].filter((t) => !isGenericTerm(t)),
      says: entry.says.filter((p) => !analyze(p).every(isGenericTerm)).map(analyzePhrase).filter((t) => t.length > 0),
    };
    concepts.push(concept);
    const stored: TableEntry = { id: entry.id, category: entry.category, ask: [], says: [] };
    table.push(stored);
    const owned = (phrase: string) => !saysOwner.has(phrase) || saysOwner.get(phrase) === entry.id;
    for (const [list, policyWording, idiom] of [[entry.ask, false, false], [entry.idioms ?? [], false, true], [entry.says, true, false]] as const) {
      for (const phrase of list) {
        // A phrase of two or more content words matches them in order, small words allowed between
        // ("download all my data" is "download my data"); a shorter one matches word for word,
        // stop words included: "take me off" is not "take", and "who I am" is a phrase although
        // each of its words is a stop word.
        const content = analyze(phrase);
        // …unless a word of it is a frame or weak word: "say no to cookies" is not "say about cookies".
        const loose = content.length >= 2 && !content.some((t) => FRAME_TERMS.has(t) || isWeakTerm(t));
        const terms = loose ? content : analyzePhrase(phrase);
        // A single frame, generic or weak word ("say", "data", "use") would fire on any question.
        const lone = terms.length === 1 && (isGenericTerm(terms[0]!) || FRAME_TERMS.has(terms[0]!) || isWeakTerm(terms[0]!) || STOP_WORDS.has(terms[0]!));
        const names = (!policyWording || owned(phrase)) && terms.length > 0 && !lone;
        (policyWording ? stored.says : stored.ask).push({ words: tokenize(phrase), names, loose, ...(idiom ? { idiom } : {}) });
        if (names) phrases.push({ terms, concept, policyWording, loose, ...(idiom ? { idiom } : {}), exact: analyzePhrase(phrase) });
      }
    }
  }
  const written = vocabulary.flatMap((c) => [...c.ask, ...(c.idioms ?? []), ...c.says]);
  const terms = new Set(written.flatMap(analyze));
  // Stop words are no use for spelling correction: a word is corrected only to a word that means something.
  const words = [...new Set(written.flatMap(tokenize))].filter((w) => processToken(w).length > 0);
  return { vocabulary: new CompiledVocabulary(concepts, phrases, terms, words), concepts, phrases, table };
}

const COMPILED = compile(VOCABULARY);

/** The vocabulary table, compiled. */
export const COMPILED_VOCABULARY: CompiledVocabulary = COMPILED.vocabulary;

/** The vocabulary table as every index stores it; `loadVocabulary` makes `COMPILED_VOCABULARY` of it. */
export const STORED_VOCABULARY: IndexedVocabulary = packVocabulary(COMPILED.table);

/** The compiled concepts of the vocabulary table. */
export const CONCEPTS: readonly TableConcept[] = COMPILED.concepts;

const BY_FIRST_EXACT = new Map<string, ExactPhrase[]>();
for (const phrase of [...COMPILED.phrases].sort((a, b) => b.terms.length - a.terms.length)) {
  const list = BY_FIRST_EXACT.get(phrase.exact[0]!) ?? [];
  list.push(phrase);
  BY_FIRST_EXACT.set(phrase.exact[0]!, list);
}

/**
 * Finds the concepts of the vocabulary table named in a text's stems, stop words kept
 * (`analyzePhrase`). A phrase of two or more content words matches them in order with up to two
 * small words between (unless `gaps` is false: then every phrase matches word for word, stop
 * words included); a shorter phrase always matches word for word. Questions are matched with the
 * vocabulary their index stores (`PolicySearch.analyze`); this is for the build and the CLI.
 *
 * @example findConcepts(analyzePhrase('who processes my credit card?')).map((m) => m.concept.id) // ['payment', …]
 */
export function findConcepts(terms: readonly string[], options: { gaps?: boolean } = {}): ConceptMatch[] {
  if (options.gaps ?? true) return COMPILED_VOCABULARY.findConcepts(terms);
  const hits: PhraseHit[] = [];
  for (let i = 0; i < terms.length; i++) {
    for (const phrase of BY_FIRST_EXACT.get(terms[i]!) ?? []) {
      if (phrase.exact.every((word, k) => terms[i + k] === word)) hits.push({ phrase, span: phrase.exact.map((_, k) => i + k) });
    }
  }
  return conceptsOfHits(hits);
}

/**
 * Tags a clause with the categories whose policy phrases it contains. A phrase of several words
 * counts 1 and a single word 0.5; the section heading counts double (a clause under "Cookies" is
 * about cookies even when it says "them"). A category the clause itself names is kept at 1 point;
 * one only its heading names, at 1 point and at least 40 % of the clause's strongest category.
 */
export function tagCategories(clauseTerms: readonly string[], headingTerms: readonly string[]): Category[] {
  // Both term lists are `analyzePhrase` output (stop words kept), like the phrases.
  const score = (terms: readonly string[]) => {
    const out = new Map<Category, number>();
    for (const concept of CONCEPTS) {
      let best = 0;
      for (const phrase of concept.says) {
        if (best >= 1 || !containsRun(terms, phrase)) continue;
        best = Math.max(best, phrase.length > 1 ? 1 : 0.5);
      }
      if (best > 0 && concept.category) out.set(concept.category, (out.get(concept.category) ?? 0) + best);
    }
    return out;
  };
  const own = score(clauseTerms);
  const heading = score(headingTerms);
  const total = new Map<Category, number>();
  for (const [c, v] of own) total.set(c, v);
  for (const [c, v] of heading) total.set(c, (total.get(c) ?? 0) + 2 * v);
  const top = Math.max(0, ...total.values());
  // What the clause itself says always counts; what only its heading says, when it is strong.
  return [...total.entries()]
    .filter(([c, s]) => (own.get(c) ?? 0) >= 1 || (s >= 1 && s >= top * 0.4))
    .sort((a, b) => b[1] - a[1])
    .map(([c]) => c);
}

/**
 * Ids of the concepts that text, analysed with its stop words (`analyzePhrase`), names in the
 * policy's own words (their `says` phrases), in vocabulary order.
 *
 * @example conceptsNamedIn(analyzePhrase('We use web beacons.')) // ['cookies']
 */
export function conceptsNamedIn(terms: readonly string[]): string[] {
  return CONCEPTS.filter((c) => c.says.some((phrase) => containsRun(terms, phrase))).map((c) => c.id);
}

/** Whether `phrase` occurs in `terms` as a contiguous run of the same words. */
export function containsRun(terms: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= terms.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (terms[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}
