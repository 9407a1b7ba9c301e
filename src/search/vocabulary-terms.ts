import { analyze } from './analyze.js';
import { VOCABULARY } from './vocabulary.js';

/** Every analysed term of the vocabulary, so a visitor's word the policy lacks is not "misspelt". */
export const VOCABULARY_TERMS: ReadonlySet<string> = new Set(
  VOCABULARY.flatMap((c) => [...c.ask, ...c.says]).flatMap(analyze),
);
