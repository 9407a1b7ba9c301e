import { analyze } from './analyze.js';

/** Terms too common in privacy text to say what a question is about. */
const GENERIC = new Set(analyze('data information info personal privacy policy details statement company website site service services'));

/** Verbs too common in questions to name a concept on their own ("do you use cookies?"). */
const WEAK = new Set(analyze('use used using set made make get got need needs want like'));

/** Whether a term is too common in privacy text to carry meaning on its own. */
export function isGenericTerm(term: string): boolean {
  return GENERIC.has(term);
}

/** Whether a term is a verb too common in questions to say what they are about ("do you use…"). */
export function isWeakTerm(term: string): boolean {
  return WEAK.has(term);
}
