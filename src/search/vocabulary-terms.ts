import { analyze, tokenize } from './analyze.js';
import { VOCABULARY } from './vocabulary.js';

const PHRASES = VOCABULARY.flatMap((c) => [...c.ask, ...c.says]);

/** Every analysed term of the vocabulary, so a visitor's word the policy lacks is not "misspelt". */
export const VOCABULARY_TERMS: ReadonlySet<string> = new Set(PHRASES.flatMap(analyze));

/** Every word of the vocabulary as written, for spelling correction. */
export const VOCABULARY_WORDS: ReadonlySet<string> = new Set(PHRASES.flatMap(tokenize));
