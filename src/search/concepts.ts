import { analyze, analyzePhrase } from './analyze.js';
import type { Category } from './categories.js';
import { FRAME_TERMS } from './frame-words.js';
import { STOP_WORDS } from './stop-words.js';
import { VOCABULARY, type Concept } from './vocabulary.js';

/** Terms too common in privacy text to say what a question is about. */
const GENERIC = new Set(analyze('data information info personal privacy policy details statement company website site service services'));

/** Verbs too common in questions to name a concept on their own ("do you use cookies?"). */
const WEAK = new Set(analyze('use used using set made make get got need needs want like'));

/** A vocabulary phrase, analysed. */
interface CompiledPhrase {
  terms: string[];
  concept: CompiledConcept;
  /** Whether the phrase is the policy's own wording (a `says` phrase) rather than a visitor's. */
  policyWording: boolean;
  /** Whether small words may stand between its words ("download all my data" is "download my data"). */
  loose: boolean;
  /** Its stems with stop words kept, for matching word for word. */
  exact: string[];
}

/** A concept with its phrases analysed once. */
export interface CompiledConcept {
  /** The concept's id. */
  id: string;
  /** Its category; `null` for plain words. */
  category: Category | null;
  /** Terms of the policy's phrases, searched when a question names the concept. */
  expansion: string[];
  /** Policy phrases as stems with stop words kept, used to tag clauses. */
  says: string[][];
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

function compile(vocabulary: readonly Concept[]): { concepts: CompiledConcept[]; phrases: CompiledPhrase[] } {
  const concepts: CompiledConcept[] = [];
  const phrases: CompiledPhrase[] = [];
  // A policy phrase shared by several concepts ("share" is sharing and selling) names only the
  // first of them, so that "share" does not bring in everything said about selling.
  const saysOwner = new Map<string, string>();
  for (const entry of vocabulary) for (const phrase of entry.says) if (!saysOwner.has(phrase)) saysOwner.set(phrase, entry.id);
  for (const entry of vocabulary) {
    const says = entry.says.map(analyze).filter((t) => t.length > 0);
    const concept: CompiledConcept = {
      id: entry.id,
      category: entry.category,
      expansion: [...new Set(says.flat())].filter((t) => !GENERIC.has(t)),
      says: entry.says.filter((p) => !analyze(p).every((x) => GENERIC.has(x))).map(analyzePhrase).filter((t) => t.length > 0),
    };
    concepts.push(concept);
    const owned = (phrase: string) => !saysOwner.has(phrase) || saysOwner.get(phrase) === entry.id;
    for (const [list, policyWording] of [[entry.ask, false], [entry.says.filter(owned), true]] as const) {
      for (const phrase of list) {
        // A phrase of two or more content words matches them in order, small words allowed between
        // ("download all my data" is "download my data"); a shorter one matches word for word,
        // stop words included: "take me off" is not "take", and "who I am" is a phrase although
        // each of its words is a stop word.
        const content = analyze(phrase);
        // …unless a word of it is a frame or weak word: "say no to cookies" is not "say about cookies".
        const loose = content.length >= 2 && !content.some((t) => FRAME_TERMS.has(t) || WEAK.has(t));
        const terms = loose ? content : analyzePhrase(phrase);
        if (terms.length === 0) continue;
        // A single frame, generic or weak word ("say", "data", "use") would fire on any question.
        if (terms.length === 1 && (GENERIC.has(terms[0]!) || FRAME_TERMS.has(terms[0]!) || WEAK.has(terms[0]!) || STOP_WORDS.has(terms[0]!))) continue;
        phrases.push({ terms, concept, policyWording, loose, exact: analyzePhrase(phrase) });
      }
    }
  }
  // Longer phrases first, so "credit card" is preferred to "card" where both match.
  phrases.sort((a, b) => b.terms.length - a.terms.length);
  return { concepts, phrases };
}

const COMPILED = compile(VOCABULARY);
const BY_FIRST_TERM = new Map<string, CompiledPhrase[]>();
const BY_FIRST_EXACT = new Map<string, CompiledPhrase[]>();
for (const phrase of COMPILED.phrases) {
  for (const [map, first] of [[BY_FIRST_TERM, phrase.terms[0]!], [BY_FIRST_EXACT, phrase.exact[0]!]] as const) {
    const list = map.get(first) ?? [];
    list.push(phrase);
    map.set(first, list);
  }
}

/** The compiled vocabulary. */
export const CONCEPTS: readonly CompiledConcept[] = COMPILED.concepts;

/** Whether a term is too common in privacy text to carry meaning on its own. */
export function isGenericTerm(term: string): boolean {
  return GENERIC.has(term);
}

/** Whether a term is a verb too common in questions to say what they are about ("do you use…"). */
export function isWeakTerm(term: string): boolean {
  return WEAK.has(term);
}

/**
 * Finds the vocabulary concepts named in a text's stems, stop words kept (`analyzePhrase`). A
 * phrase of two or more content words matches them in order with up to two small words between
 * (unless `gaps` is false: then every phrase matches word for word, stop words included); a
 * shorter phrase always matches word for word.
 *
 * @example findConcepts(analyzePhrase('who processes my credit card?')).map((m) => m.concept.id) // ['payment', …]
 */
export function findConcepts(terms: readonly string[], options: { gaps?: boolean } = {}): ConceptMatch[] {
  const gaps = options.gaps ?? true;
  const hits: Array<{ phrase: CompiledPhrase; span: number[] }> = [];
  for (let i = 0; i < terms.length; i++) {
    for (const phrase of (gaps ? BY_FIRST_TERM : BY_FIRST_EXACT).get(terms[i]!) ?? []) {
      const span = gaps ? matchAt(terms, i, phrase) : matchExact(terms, i, phrase.exact);
      if (span) hits.push({ phrase, span });
    }
  }
  // Longest phrases first: where one matched ("12 year old" → children), a shorter phrase of
  // another concept inside it ("year" → retention) does not.
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

/** Positions of a phrase's words in `terms` starting at `at`, or `null` when it does not match there. */
function matchExact(terms: readonly string[], at: number, words: readonly string[]): number[] | null {
  for (let k = 0; k < words.length; k++) if (terms[at + k] !== words[k]) return null;
  return Array.from({ length: words.length }, (_, k) => at + k);
}

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

/** Whether `phrase` occurs in `terms` as a contiguous run of the same words. */
export function containsRun(terms: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= terms.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (terms[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}
