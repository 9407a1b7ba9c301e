import { analyzePhrase, processToken, processTokenKeepingStopWords } from './analyze.js';
import { isGenericTerm } from './generic-terms.js';
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
  /** Whether it is a visitor's idiom whose words do not mean what they say alone ("out of business", "write to"). Default: absent (no). */
  idiom?: boolean;
}

/** A concept found in a text, with the terms that named it. */
export interface ConceptMatch {
  /** The concept. */
  concept: CompiledConcept;
  /** Indexes of the text's terms that matched. */
  positions: number[];
  /** Whether the text named it only in the policy's own wording ("cookies", "disclose"). */
  policyWording: boolean;
  /** Positions of words that named it only inside an idiom ("business" in "goes out of business"). Default: absent (none). */
  idioms?: number[];
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
  const idioms = new Set<number>();
  const literal = new Set<number>();
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
    for (const p of span) (phrase.idiom ? idioms : literal).add(p);
    found.set(phrase.concept.id, match);
  }
  const matches = [...found.values()];
  if (idioms.size > 0) for (const m of matches) m.idioms = m.positions.filter((p) => idioms.has(p) && !literal.has(p));
  return matches;
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

/** A phrase of the vocabulary table, as `packVocabulary` stores it. */
export interface TablePhrase {
  /** Its words, as `tokenize` gives them. */
  words: string[];
  /** Whether finding it in a text names its concept (not so for a policy phrase an earlier concept has, nor a lone frame, generic, weak or stop word). */
  names: boolean;
  /** Whether small words may stand between its words. */
  loose: boolean;
  /** Whether it is an idiom (`Concept.idioms`). Default: absent (no). */
  idiom?: boolean;
}

/** A concept of the vocabulary table, as `packVocabulary` stores it. */
export interface TableEntry {
  /** Its id. */
  id: string;
  /** Its category; `null` for plain words. */
  category: Category | null;
  /** Its visitors' phrases, in the table's order. */
  ask: TablePhrase[];
  /** Its policy phrases, in the table's order. */
  says: TablePhrase[];
}

/**
 * The vocabulary as an index stores it (`packVocabulary`): the table's phrases as written, with
 * how each of their words analyses, so that the browser needs neither the table's source nor the
 * stemmer's time to compile it, and the written words serve spelling correction as well.
 */
export interface IndexedVocabulary {
  /** Concepts in the table's order. */
  concepts: IndexedConcept[];
  /**
   * How each word of the phrases analyses, word by word in order of first use, separated by
   * spaces: `!` first for a stop word (no index term); then how many letters to cut from the end
   * and what to add, for its one term (`0` the word itself, `3` "children" → `child`, `1i`
   * "privacy" → `privaci`); or `>` with its terms, then `/` and its terms with stop words kept,
   * each list joined by `+` (`>opt+optout/opt+out+optout`).
   */
  analysis: string;
}

/**
 * A concept as an index stores it. A list of phrases is separated by `|`; a phrase is its words
 * separated by spaces, with `!` before it when it names no concept (kept for its words) and `=`
 * before a phrase of several index terms that is matched word for word.
 */
export interface IndexedConcept {
  /** `CompiledConcept.id`. */
  id: string;
  /** `CompiledConcept.category`. */
  category: Category | null;
  /** Visitors' phrases. */
  ask: string;
  /** Policy phrases. */
  says: string;
}

const NAMES_NOTHING = '!';
const IDIOM = '~';
const WORD_FOR_WORD = '=';
const STOP = '!';
const EXPLICIT = '>';

/** A word's index terms and its terms with stop words kept. */
interface WordAnalysis {
  terms: string[];
  exact: string[];
}

/**
 * Stores the vocabulary table in an index: its phrases as written (each list without repeats)
 * and how their words analyse. `loadVocabulary` makes of it what the table compiles to.
 */
export function packVocabulary(table: readonly TableEntry[]): IndexedVocabulary {
  const codes = new Map<string, string>();
  const phraseText = (phrase: TablePhrase) => {
    for (const word of phrase.words) if (!codes.has(word)) codes.set(word, analysisCode(word));
    const terms = phrase.words.flatMap(processToken);
    const flag = !phrase.names ? NAMES_NOTHING : !phrase.loose && terms.length >= 2 ? WORD_FOR_WORD : '';
    return (phrase.idiom ? IDIOM : '') + flag + phrase.words.join(' ');
  };
  // A repeat adds no word, term or match.
  const list = (phrases: readonly TablePhrase[]) => [...new Set(phrases.filter((p) => p.words.length > 0).map(phraseText))].join('|');
  const concepts = table.map((entry): IndexedConcept => ({ id: entry.id, category: entry.category, ask: list(entry.ask), says: list(entry.says) }));
  return { concepts, analysis: [...codes.values()].join(' ') };
}

/** How a word analyses, as `IndexedVocabulary.analysis` writes it. */
function analysisCode(word: string): string {
  const terms = processToken(word);
  const exact = processTokenKeepingStopWords(word);
  if (/^[!=~]|[\s|]/.test(word) || exact.some((t) => /[\s+/]/.test(t))) {
    throw new Error(`policy-assistant: vocabulary word "${word}" or its terms have a space, "|", "+" or "/"; it cannot be stored in an index`);
  }
  const term = exact[0]!;
  if (exact.length === 1 && (terms.length === 0 || (terms.length === 1 && terms[0] === term))) {
    let same = 0;
    while (same < word.length && same < term.length && word[same] === term[same]) same++;
    const added = term.slice(same);
    // Added letters that start with a digit would read as part of the count.
    if (!/^\d/.test(added)) return `${terms.length === 0 ? STOP : ''}${word.length - same}${added}`;
  }
  return `${EXPLICIT}${terms.join('+')}/${exact.join('+')}`;
}

/** A word's analysis from its code (`analysisCode`). */
function analysisOf(word: string, code: string): WordAnalysis {
  if (code[0] === EXPLICIT) {
    const [terms, exact] = code.slice(1).split('/') as [string, string];
    return { terms: terms ? terms.split('+') : [], exact: exact ? exact.split('+') : [] };
  }
  const stop = code[0] === STOP;
  const digits = stop ? code.slice(1) : code;
  const cut = parseInt(digits, 10);
  const term = word.slice(0, word.length - cut) + digits.slice(String(cut).length);
  const exact = [term];
  return { terms: stop ? [] : exact, exact };
}

const loaded = new WeakMap<IndexedVocabulary, CompiledVocabulary>();

/**
 * The compiled vocabulary an index stores (`packVocabulary`), made once per index: the table's
 * concepts with their expansions, the phrases that name them, and its terms and words.
 */
export function loadVocabulary(indexed: IndexedVocabulary): CompiledVocabulary {
  let vocabulary = loaded.get(indexed);
  if (vocabulary) return vocabulary;
  const codes = indexed.analysis.split(' ');
  const analyses = new Map<string, WordAnalysis>();
  const analyse = (word: string) => {
    let analysis = analyses.get(word);
    if (!analysis) analyses.set(word, (analysis = analysisOf(word, codes[analyses.size]!)));
    return analysis;
  };
  const concepts: CompiledConcept[] = [];
  const phrases: CompiledPhrase[] = [];
  const terms = new Set<string>();
  for (const entry of indexed.concepts) {
    const expansion = new Set<string>();
    const concept: CompiledConcept = { id: entry.id, category: entry.category, expansion: [] };
    concepts.push(concept);
    for (const [list, policyWording] of [[entry.ask, false], [entry.says, true]] as const) {
      if (!list) continue;
      for (const written of list.split('|')) {
        const idiom = written[0] === IDIOM;
        const text = idiom ? written.slice(1) : written;
        const flag = text[0] === NAMES_NOTHING || text[0] === WORD_FOR_WORD ? text[0] : '';
        const words = (flag ? text.slice(1) : text).split(' ').map(analyse);
        // Most phrases are one word: their terms are the word's, shared.
        const content = words.length === 1 ? words[0]!.terms : words.flatMap((w) => w.terms);
        const exact = words.length === 1 ? words[0]!.exact : words.flatMap((w) => w.exact);
        for (const term of content) {
          terms.add(term);
          // The policy's words for the concept: every term of its policy phrases but the generic ones.
          if (policyWording) expansion.add(term);
        }
        if (flag === NAMES_NOTHING) continue;
        const loose = flag !== WORD_FOR_WORD && content.length >= 2;
        phrases.push({ terms: loose ? content : exact, concept, policyWording, loose, ...(idiom ? { idiom } : {}) });
      }
    }
    concept.expansion = [...expansion].filter((t) => !isGenericTerm(t));
  }
  // Stop words are no use for spelling correction: a word is corrected only to a word that means something.
  const words = [...analyses].filter(([, a]) => a.terms.length > 0).map(([word]) => word);
  vocabulary = new CompiledVocabulary(concepts, phrases, terms, words);
  loaded.set(indexed, vocabulary);
  return vocabulary;
}
