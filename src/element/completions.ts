import { normalizeText, processToken, tokenize, type PolicyIndex, type PolicySearch } from '../search/index.js';

/** The words of a policy as written, for completing what a visitor types. */
export interface Wordlist {
  /** Words (normalised, unstemmed, 3 letters or more, no digits or apostrophes), most frequent first. */
  words: string[];
  /** For each index term, its most frequent written form: `cooki` → `cookies`. */
  written: Map<string, string>;
}

const lists = new WeakMap<PolicyIndex, Wordlist>();

/** The written words of an index's clauses and headings, made once per index. */
export function wordlistOf(index: PolicyIndex): Wordlist {
  const cached = lists.get(index);
  if (cached) return cached;
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const token of tokenize(text)) {
      if (token.length >= 3 && !/[\d']/.test(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
    }
  };
  for (const clause of index.clauses) for (const span of clause.spans) add(span.text);
  for (const section of index.sections) add(section.heading);
  const words = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.length - b.length || (a < b ? -1 : 1));
  const written = new Map<string, string>();
  for (const word of words) {
    const terms = processToken(word);
    // Most frequent first, so the first written form seen for a term is the usual one.
    if (terms.length === 1 && !written.has(terms[0]!)) written.set(terms[0]!, word);
  }
  const list = { words, written };
  lists.set(index, list);
  return list;
}

/** A word as a visitor would read it: written words stay, index terms get their written form. */
export function writtenForm(list: Wordlist, term: string): string {
  return list.written.get(term) ?? term;
}

/**
 * Completes the last word of what a visitor is typing with words of the policy, keeping only
 * words that occur with the words already typed (MiniSearch's `autoSuggest`, via
 * `PolicySearch.suggest`). Returns whole questions: the typed text with its last word completed.
 *
 * @example completeQuestion(search, 'who proc') // ['who processes', 'who processors', 'who process']
 */
export function completeQuestion(search: PolicySearch, text: string, limit = 5): string[] {
  const match = /(\S+)$/.exec(text);
  if (!match) return [];
  const typed = match[1]!;
  const partial = normalizeText(typed);
  if (partial.length < 2 || !/^[\p{L}]/u.test(partial)) return [];
  const head = text.slice(0, match.index);
  const list = wordlistOf(search.index);
  // `suggest` may answer with index terms or written words; either counts.
  const allowed = new Set(search.suggest(text, 10).flatMap((s) => s.split(' ')));
  const fits = (word: string) => allowed.size === 0 || allowed.has(word) || processToken(word).some((t) => allowed.has(t));
  let words = list.words.filter((w) => w !== partial && w.startsWith(partial) && fits(w));
  if (words.length === 0) {
    // A misspelt word: MiniSearch matched it fuzzily, so offer the written forms of what it found.
    words = [...allowed].map((t) => writtenForm(list, t)).filter((w) => w !== partial && !processToken(w).some((t) => processToken(head).includes(t)));
  }
  const capital = typed[0] !== typed[0]!.toLowerCase();
  return [...new Set(words)].slice(0, limit).map((w) => head + (capital ? w[0]!.toUpperCase() + w.slice(1) : w));
}
