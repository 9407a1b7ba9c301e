import { analyzePhrase } from './analyze.js';
import type { Category } from './categories.js';
import { STOP_WORDS } from './stop-words.js';

/** A concept with its phrases analysed once. */
export interface CompiledConcept {
  /** The concept's id. */
  id: string;
  /** Its category; `null` for plain words. */
  category: Category | null;
  /** Terms of the policy's phrases, searched when a question names the concept. */
  expansion: string[];
}

/** A vocabulary phrase, analysed for matching. */
export interface CompiledPhrase {
  /** Its terms, in order. */
  terms: string[];
  /** The concept it names. */
  concept: CompiledConcept;
  /** Whether the phrase is the policy's own wording (a `says` phrase) rather than a visitor's. */
  policyWording: boolean;
  /** Whether small words may stand between its words ("download all my data" is "download my data"). */
  loose: boolean;
}

/** A concept found in a text, with the terms that named it. */
export interface ConceptMatch {
  /** The concept. */
  concept: CompiledConcept;
  /** Indexes of the text's terms that matched. */
  positions: number[];
  /** Whether the text named it only in the policy's own wording ("cookies", "disclose"). */
  policyWording: boolean;
}

/** A phrase found in a text, with the positions of its terms. */
export interface PhraseHit {
  /** The phrase. */
  phrase: CompiledPhrase;
  /** Positions of its terms in the text. */
  span: number[];
}

/**
 * The vocabulary as the engine uses it: its concepts, the phrases that name them, and its terms
 * and words. Compiled from the vocabulary table at build time (`COMPILED_VOCABULARY`) and stored
 * in every index (`packVocabulary`), so the browser never analyses the table.
 */
export class CompiledVocabulary {
  /** Concepts in vocabulary order. */
  readonly concepts: readonly CompiledConcept[];
  /** Phrases that name concepts in a text, longest first. */
  readonly phrases: readonly CompiledPhrase[];
  /** Every analysed term of the vocabulary, so a visitor's word the policy lacks is not "misspelt". */
  readonly terms: ReadonlySet<string>;
  /** Every word of the vocabulary as written that is not a stop word, in order of first use, for spelling correction. */
  readonly words: readonly string[];
  private readonly byFirstTerm = new Map<string, CompiledPhrase[]>();

  constructor(concepts: readonly CompiledConcept[], phrases: readonly CompiledPhrase[], terms: ReadonlySet<string>, words: readonly string[]) {
    this.concepts = concepts;
    // Longer phrases first, so "credit card" is preferred to "card" where both match.
    this.phrases = [...phrases].sort((a, b) => b.terms.length - a.terms.length);
    this.terms = terms;
    this.words = words;
    for (const phrase of this.phrases) {
      const list = this.byFirstTerm.get(phrase.terms[0]!) ?? [];
      list.push(phrase);
      this.byFirstTerm.set(phrase.terms[0]!, list);
    }
  }

  /**
   * Finds the concepts named in a text's stems, stop words kept (`analyzePhrase`). A phrase of two
   * or more content words matches them in order with up to two small words between; a shorter
   * phrase matches word for word.
   *
   * @example vocabulary.findConcepts(analyzePhrase('who processes my credit card?')).map((m) => m.concept.id) // ['payment', …]
   */
  findConcepts(terms: readonly string[]): ConceptMatch[] {
    const hits: PhraseHit[] = [];
    for (let i = 0; i < terms.length; i++) {
      for (const phrase of this.byFirstTerm.get(terms[i]!) ?? []) {
        const span = matchAt(terms, i, phrase);
        if (span) hits.push({ phrase, span });
      }
    }
    return conceptsOfHits(hits);
  }
}

/**
 * The concepts of phrases found in a text. Longest phrases first: where one matched ("12 year
 * old" → children), a shorter phrase of another concept inside it ("year" → retention) does not.
 */
export function conceptsOfHits(hits: PhraseHit[]): ConceptMatch[] {
  hits.sort((a, b) => b.span.length - a.span.length);
  const claimed = new Map<number, { length: number; concept: string }>();
  const found = new Map<string, ConceptMatch>();
  for (const { phrase, span } of hits) {
    const n = span.length;
    const inside = span.every((p) => {
      const c = claimed.get(p);
      return c !== undefined && c.length > n && c.concept !== phrase.concept.id;
    });
    if (inside) continue;
    for (const p of span) if ((claimed.get(p)?.length ?? 0) < n) claimed.set(p, { length: n, concept: phrase.concept.id });
    const match = found.get(phrase.concept.id) ?? { concept: phrase.concept, positions: [], policyWording: true };
    if (!phrase.policyWording) match.policyWording = false;
    for (const p of span) if (!match.positions.includes(p)) match.positions.push(p);
    found.set(phrase.concept.id, match);
  }
  return [...found.values()];
}

/** Stems of the stop words, which a loose phrase lets stand between its words. */
const STOP_STEMS = new Set([...STOP_WORDS].flatMap((w) => analyzePhrase(w)));
/** Most small words between two words of a loose phrase. */
const MAX_GAP = 2;

/** Positions of a phrase's terms in `terms` starting at `at`, or `null` when it does not match there. */
function matchAt(terms: readonly string[], at: number, phrase: CompiledPhrase): number[] | null {
  const span = [at];
  let j = at;
  for (let k = 1; k < phrase.terms.length; k++) {
    j++;
    if (phrase.loose) {
      let gap = 0;
      while (j < terms.length && terms[j] !== phrase.terms[k] && STOP_STEMS.has(terms[j]!) && gap < MAX_GAP) {
        j++;
        gap++;
      }
    }
    if (terms[j] !== phrase.terms[k]) return null;
    span.push(j);
  }
  return span;
}

/**
 * The vocabulary as an index stores it (`packVocabulary`): analysed terms only, so that the
 * browser needs neither the table nor the time to analyse it. Lists of terms or words are
 * separated by spaces; a list of phrases by `|`, each phrase its terms separated by spaces, with
 * `=` before a phrase of several terms that is matched word for word.
 */
export interface IndexedVocabulary {
  /** Concepts in vocabulary order. */
  concepts: IndexedConcept[];
  /** `CompiledVocabulary.words`. */
  words: string;
  /** Terms of `CompiledVocabulary.terms` that no phrase or expansion holds. */
  terms: string;
  /** Terms of phrases or expansions that are not in `CompiledVocabulary.terms` (the small words of word-for-word phrases). */
  notTerms: string;
}

/** A concept as an index stores it. */
export interface IndexedConcept {
  /** `CompiledConcept.id`. */
  id: string;
  /** `CompiledConcept.category`. */
  category: Category | null;
  /** Visitors' phrases that name it, longest first, without repeats. */
  ask: string;
  /** Policy phrases that name it (each names only the first concept that has it), longest first, without repeats. */
  says: string;
  /** `CompiledConcept.expansion`. */
  expansion: string;
}

const WORD_FOR_WORD = '=';

/**
 * Stores a compiled vocabulary in an index. Only the terms matter for matching, so phrases that
 * analyse the same are stored once.
 */
export function packVocabulary(vocabulary: CompiledVocabulary): IndexedVocabulary {
  const phraseText = (phrase: CompiledPhrase) => (phrase.loose || phrase.terms.length === 1 ? '' : WORD_FOR_WORD) + phrase.terms.join(' ');
  const stored = new Set<string>();
  const concepts = vocabulary.concepts.map((concept): IndexedConcept => {
    const ask: string[] = [];
    const says: string[] = [];
    const listed = new Set<string>();
    for (const phrase of vocabulary.phrases) {
      if (phrase.concept !== concept) continue;
      const text = phraseText(phrase);
      // A repeat names the same concept at the same positions: it changes no match. A visitor's
      // phrase comes first (longest first keeps the table's order), so the match stays marked as
      // the visitor's wording.
      if (listed.has(text)) continue;
      listed.add(text);
      (phrase.policyWording ? says : ask).push(text);
      for (const term of phrase.terms) stored.add(term);
    }
    for (const term of concept.expansion) stored.add(term);
    return { id: concept.id, category: concept.category, ask: ask.join('|'), says: says.join('|'), expansion: concept.expansion.join(' ') };
  });
  for (const term of [...vocabulary.terms, ...stored, ...vocabulary.words]) {
    if (/[\s=|]|^$/.test(term)) {
      throw new Error(`policy-assistant: vocabulary term "${term}" is empty or has a space, "=" or "|"; it cannot be stored in an index`);
    }
  }
  return {
    concepts,
    words: vocabulary.words.join(' '),
    terms: [...vocabulary.terms].filter((t) => !stored.has(t)).join(' '),
    notTerms: [...stored].filter((t) => !vocabulary.terms.has(t)).join(' '),
  };
}

const loaded = new WeakMap<IndexedVocabulary, CompiledVocabulary>();

/** The compiled vocabulary an index stores (`packVocabulary`), made once per index. */
export function loadVocabulary(indexed: IndexedVocabulary): CompiledVocabulary {
  let vocabulary = loaded.get(indexed);
  if (vocabulary) return vocabulary;
  const concepts: CompiledConcept[] = [];
  const phrases: CompiledPhrase[] = [];
  const split = (list: string, separator: string) => (list ? list.split(separator) : []);
  const terms = new Set(split(indexed.terms, ' '));
  for (const entry of indexed.concepts) {
    const concept: CompiledConcept = { id: entry.id, category: entry.category, expansion: split(entry.expansion, ' ') };
    concepts.push(concept);
    for (const term of concept.expansion) terms.add(term);
    for (const [list, policyWording] of [[entry.ask, false], [entry.says, true]] as const) {
      for (const text of split(list, '|')) {
        const loose = !text.startsWith(WORD_FOR_WORD);
        const phraseTerms = (loose ? text : text.slice(1)).split(' ');
        phrases.push({ terms: phraseTerms, concept, policyWording, loose: loose && phraseTerms.length > 1 });
        for (const term of phraseTerms) terms.add(term);
      }
    }
  }
  for (const term of split(indexed.notTerms, ' ')) terms.delete(term);
  vocabulary = new CompiledVocabulary(concepts, phrases, terms, split(indexed.words, ' '));
  loaded.set(indexed, vocabulary);
  return vocabulary;
}
