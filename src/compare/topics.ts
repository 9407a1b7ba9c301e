import {
  analyzePhrase,
  CATEGORIES,
  CATEGORY_INFO,
  CONCEPTS,
  containsRun,
  findConcepts,
  type Category,
  type TableConcept,
} from '../search/index.js';

/** What a topic such as `cookies` or `data-retention` stands for when listing changes. */
export interface Topic {
  /** The data-practice category the changes are listed under. */
  category: Category;
  /** Id of the vocabulary concept that narrows the category (`cookies`), or `null` for all of it. */
  concept: string | null;
}

/**
 * Reads a topic as a visitor or a script writes it: a category id or label (`data-retention`, `do not
 * track`: all of the category), a concept id, or a word of the vocabulary (`cookies`, `retention`, `sharing`, `children`, `gdpr`), which
 * stands for the concept it names within its category. Returns `null` for a word the vocabulary lacks.
 *
 * @example resolveTopic('cookies') // { category: 'first-party-collection', concept: 'cookies' }
 * @example resolveTopic('data-retention') // { category: 'data-retention', concept: null }
 */
export function resolveTopic(word: string): Topic | null {
  const text = word.trim().toLowerCase();
  if (!text) return null;
  // A category by id, by id written with spaces ("do not track") or by its label.
  const spaced = text.replace(/[\s_-]+/g, ' ');
  const category = CATEGORIES.find((c) => c.replace(/-/g, ' ') === spaced || CATEGORY_INFO[c].label.toLowerCase() === text);
  if (category) return { category, concept: null };
  // Plain words (no category) are no topic.
  const byId = CONCEPTS.find((c) => c.id === text);
  if (byId?.category) return { category: byId.category, concept: byId.id };
  // The concept named by the most words wins; vocabulary order breaks ties.
  const matches = findConcepts(analyzePhrase(text))
    .filter((m) => m.concept.category)
    .sort((a, b) => b.positions.length - a.positions.length);
  const best = matches[0];
  return best?.concept.category ? { category: best.concept.category, concept: best.concept.id } : null;
}

/**
 * Whether clause text, analysed with its stop words (`analyzePhrase`), names a concept in the
 * policy's own words (its `says` phrases): the test that decides whether a change is about, say,
 * cookies.
 *
 * @example namesConcept(analyzePhrase('All major browsers allow you to block or delete cookies'), 'cookies') // true
 */
export function namesConcept(terms: readonly string[], concept: string): boolean {
  const compiled: TableConcept | undefined = CONCEPTS.find((c) => c.id === concept);
  if (!compiled) return false;
  return compiled.says.some((phrase) => containsRun(terms, phrase));
}
