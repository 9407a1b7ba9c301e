import { analyze, normalizeText, processToken, processTokenKeepingStopWords, tokenize } from './analyze.js';
import type { Category } from './categories.js';
import { loadVocabulary, type CompiledVocabulary, type ConceptMatch, type IndexedVocabulary } from './compiled-vocabulary.js';
import { EVERYDAY_WORDS } from './everyday-words.js';
import { FRAME_TERMS, FRAME_WORDS } from './frame-words.js';
import { isGenericTerm, isWeakTerm } from './generic-terms.js';
import { STOP_WORDS } from './stop-words.js';
import { questionIntents, versionIntent, type VersionIntent } from './intent.js';
import { closestWord, splitWords } from './spell.js';

/** Longest question analysed; the rest is ignored so that any input answers in bounded time. */
export const MAX_QUESTION_LENGTH = 500;
/**
 * Phrases that say nothing about the question: "right now" is neither a right nor the current
 * version of the policy.
 */
const FILLER = /\b(?:right (?:now|away)|just now|at the moment|all right|by the way|thank you|thanks|hello|hi there)\b/gi;

/** "US", "U.S.", "USA" written in capitals: the country, not the pronoun "us" that analysis drops. */
const UNITED_STATES = /\b(?:U\.S\.A\.|U\.S\.|USA|US)(?![\w.])/g;

/** An age ("my 10 year old", "a 15-year-old", "I'm 12 yo"): a child, not a year of the calendar. */
const AGE = /\b(1?\d)(?:[ -]?(?:years?|yrs?)[ -]?old|[ -]?yo)\b/gi;

/**
 * Verbs too light to say what a question is about, though their phrases name concepts ("give my
 * data to" is sharing): "my child gave you their details" is not about consent that someone gives.
 */
const LIGHT: ReadonlySet<string> = new Set(analyze('give gave given giving'));

/** Stop and frame words, as written, to correct a misspelt one to. */
const FUNCTION_WORDS: ReadonlyMap<string, number> = new Map([...STOP_WORDS, ...FRAME_WORDS].filter((w) => /^[a-z]+$/.test(w)).map((w) => [w, 1]));

/** Weight of a policy phrase searched on behalf of a visitor's word (the word itself weighs 1). */
export const EXPANSION_WEIGHT = 0.45;
/** The same when the visitor already used the policy's wording ("cookies"): related words matter less. */
export const POLICY_WORDING_EXPANSION_WEIGHT = 0.2;

/** What a question is analysed against: the index's terms, words and vocabulary. */
export interface Lexicon {
  /** Number of clauses each analysed term occurs in. */
  df: Readonly<Record<string, number>>;
  /** The vocabulary the index stores. */
  vocabulary: CompiledVocabulary;
  /** Words of the policy and the vocabulary as written (normalised, unstemmed), with counts. */
  words: ReadonlyMap<string, number>;
  /** Terms that say nothing in this corpus: the company's name, "data", "policy". */
  generic: ReadonlySet<string>;
  /** Terms of the company's name ("kayako"): a question naming it speaks of "the company". */
  company: ReadonlySet<string>;
  /** For each term of the policy, its most frequent written form: `cooki` → `cookies`. */
  written: ReadonlyMap<string, string>;
}

/** A question, analysed for search. */
export interface AnalyzedQuestion {
  /** The question as asked (cut to `MAX_QUESTION_LENGTH`). */
  text: string;
  /** Its terms, spelling corrected, in order (frame words such as "say" included). */
  terms: string[];
  /** Its stems with stop words kept, spelling corrected, for matching vocabulary phrases. */
  phrase: string[];
  /** The terms that say what the question is about: not frame words, not generic. */
  content: string[];
  /** Words that were corrected, as written: `cookeis` → `cookies`. */
  corrections: Array<{ from: string; to: string }>;
  /** Vocabulary concepts it names. */
  concepts: ConceptMatch[];
  /** Content terms it says only inside an idiom ("business" in "goes out of business"). */
  idioms: string[];
  /** Every term to search with its weight: its own terms 1, policy phrases `EXPANSION_WEIGHT`. */
  weights: Map<string, number>;
  /** Categories it asks about, with weights. */
  categories: Map<Category, number>;
  /** Which version it names. */
  version: VersionIntent;
  /**
   * Acronyms it gives, as written, that neither the policy nor the vocabulary knows ("HIPAA",
   * "SOC"). A policy that never names a thing does not answer a question about it.
   */
  unknownAcronyms: string[];
}

/**
 * Analyses a question with the same analyser the index was built with, corrects misspelt words
 * against the policy's and the vocabulary's words, and adds the policy's words for the visitor's.
 *
 * @example analyzeQuestion('who processes my card?', lexicon).weights // Map { 'process' => 1, 'card' => 1, 'payment' => 0.45, … }
 */
export function analyzeQuestion(question: string, lexicon: Lexicon): AnalyzedQuestion {
  const text = question.slice(0, MAX_QUESTION_LENGTH);
  const read = text.replace(FILLER, ' ').replace(UNITED_STATES, 'United States').replace(AGE, 'child aged $1');
  const corrections: Array<{ from: string; to: string }> = [];
  const known = (term: string) => Object.hasOwn(lexicon.df, term) || lexicon.vocabulary.terms.has(term);
  const terms: string[] = [];
  const phrase: string[] = [];
  for (const token of tokenize(read)) {
    let word = token;
    let processed = processToken(token);
    let parts: string[] | null = null;
    if (processed.length > 0 && !processed.every(known) && !lexicon.words.has(token) && !EVERYDAY_WORDS.has(token) && !processed.every((t) => FRAME_TERMS.has(t))) {
      // A misspelt word of the policy or the vocabulary, or a misspelt small or frame word
      // ("whree", "coud", "peevious"), which then says nothing rather than weighing as unknown;
      // the closer one, the small word when both are as close (people type "could" more often
      // than "cloud").
      const content = closestWord(token, lexicon.words);
      // (A small word is reached by a missing, extra or swapped letter only: "hours" is not "yours".)
      const small = closestWord(token, FUNCTION_WORDS, { substitutions: false });
      const fixedSmall = Boolean(small && (!content || small.distance <= content.distance));
      let fixed = (fixedSmall ? small : content)?.word;
      // Two words typed without the space between them ("mydata", "canyou", "onme"), unless a
      // content word is a closer reading.
      const split = splitWords(token, (w) => lexicon.words.has(w) || FUNCTION_WORDS.has(w));
      if (split && (!fixed || fixedSmall)) {
        parts = split;
        fixed = undefined;
        corrections.push({ from: token, to: split.join(' ') });
        processed = split.flatMap(processToken);
      }
      if (fixed) {
        corrections.push({ from: token, to: fixed });
        word = fixed;
        processed = processToken(fixed);
      }
    }
    terms.push(...processed);
    if (parts) {
      phrase.push(...parts.flatMap(processTokenKeepingStopWords));
      continue;
    }
    // "if Kayako is sold" reads as "if the company is sold", as the vocabulary says it.
    const named = processed.length > 0 && processed.every((t) => lexicon.company.has(t));
    phrase.push(...processTokenKeepingStopWords(named ? 'company' : word));
  }
  const concepts = lexicon.vocabulary.findConcepts(phrase);
  // Intent patterns read the question with its misspellings corrected ("the peevious policy").
  const corrected = corrections.reduce((t, c) => t.replace(new RegExp(`\\b${c.from}\\b`, 'gi'), c.to), read);
  const year = versionIntent(corrected);
  const content = [...new Set(terms)].filter(
    (t) => !FRAME_TERMS.has(t) && !isGenericTerm(t) && !isWeakTerm(t) && !LIGHT.has(t) && !lexicon.generic.has(t) && !(year.kind === 'year' && t === year.year),
  );
  const weights = new Map<string, number>();
  for (const term of terms) if (!FRAME_TERMS.has(term) && !(year.kind === 'year' && term === year.year)) weights.set(term, 1);
  for (const match of concepts) {
    const weight = match.policyWording ? POLICY_WORDING_EXPANSION_WEIGHT : EXPANSION_WEIGHT;
    for (const term of match.concept.expansion) if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
  }
  const categories = questionIntents(corrected);
  for (const [category, weight] of categories) categories.set(category, weight * 2);
  for (const match of concepts) {
    const category = match.concept.category;
    if (!category || match.positions.every((p) => isGenericTerm(phrase[p]!))) continue;
    categories.set(category, (categories.get(category) ?? 0) + 1);
  }
  const unknownAcronyms = acronymsIn(read).filter((name) => {
    const word = normalizeText(name);
    if (FUNCTION_WORDS.has(word) || corrections.some((c) => c.from === word)) return false;
    const stems = processToken(word);
    return stems.length > 0 && !stems.some((t) => known(t) || lexicon.company.has(t));
  });
  // A word is an idiom's when every place a concept was named by it lies inside an idiom.
  const inIdioms = new Set(concepts.flatMap((m) => m.idioms ?? []));
  const literal = new Set(concepts.flatMap((m) => m.positions.filter((p) => !inIdioms.has(p)).map((p) => phrase[p])));
  const idioms = content.filter((t) => !literal.has(t) && [...inIdioms].some((p) => phrase[p] === t));
  return { text, terms, phrase, content, corrections, concepts, idioms, weights, categories, version: year, unknownAcronyms };
}

/**
 * Acronyms a question writes ("HIPAA", "SOC 2"): words of two or more capitals and digits that
 * start with a capital; none in a question typed in capitals.
 */
function acronymsIn(text: string): string[] {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if ((text.match(/\p{Lu}/gu)?.length ?? 0) > letters / 2) return [];
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word));
}

/**
 * Builds the lexicon of an index: its terms, its words as written and its vocabulary. The terms
 * and the vocabulary are read and the written words gathered on first use (a question, a
 * misspelling, a completion), so that loading an index stays fast.
 */
export function buildLexicon(
  index: { readonly df: Readonly<Record<string, number>>; readonly vocabulary: IndexedVocabulary },
  texts: readonly string[],
  names: readonly string[],
  companies: readonly string[],
): Lexicon {
  let words: Map<string, number> | undefined;
  let written: Map<string, string> | undefined;
  const wordsOf = () => {
    if (words) return words;
    words = new Map<string, number>();
    for (const word of loadVocabulary(index.vocabulary).words) words.set(word, 1);
    for (const text of texts) for (const word of tokenize(text)) words.set(word, (words.get(word) ?? 1) + 1);
    // A content word is corrected only to a word that means something, not "here" or "will";
    // small and frame words are a fallback of their own (FUNCTION_WORDS).
    for (const word of words.keys()) if (processToken(word).length === 0) words.delete(word);
    return words;
  };
  const termsOf = (list: readonly string[]) => new Set(list.flatMap((n) => tokenize(n).flatMap(processToken)));
  const company = termsOf(companies);
  return {
    generic: termsOf([...names, ...companies]),
    company,
    get df() {
      return index.df;
    },
    get vocabulary() {
      return loadVocabulary(index.vocabulary);
    },
    get words() {
      return wordsOf();
    },
    get written() {
      if (!written) {
        written = new Map<string, string>();
        for (const [word] of [...wordsOf()].sort((a, b) => b[1] - a[1])) {
          const terms = processToken(word);
          if (terms.length === 1 && !written.has(terms[0]!)) written.set(terms[0]!, word);
        }
      }
      return written;
    },
  };
}
