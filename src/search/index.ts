export { CATEGORIES, CATEGORY_INFO, type Category, type CategoryInfo } from './categories.js';
export { STOP_WORDS } from './stop-words.js';
export { analyze, analyzePhrase, normalizeText, processToken, processTokenKeepingStopWords, stem, tokenize } from './analyze.js';
export { VOCABULARY, type Concept } from './vocabulary.js';
export { COMPILED_VOCABULARY, CONCEPTS, conceptsNamedIn, containsRun, findConcepts, STORED_VOCABULARY, tagCategories, type TableConcept } from './concepts.js';
export {
  CompiledVocabulary,
  loadVocabulary,
  packVocabulary,
  type CompiledConcept,
  type CompiledPhrase,
  type ConceptMatch,
  type IndexedConcept,
  type IndexedVocabulary,
  type TableEntry,
  type TablePhrase,
} from './compiled-vocabulary.js';
export { isGenericTerm, isWeakTerm } from './generic-terms.js';
export { INTENT_PATTERNS, asksCompanyFact, asksProductHowTo, changeIntent, questionIntents, versionIntent, type ChangeIntent, type VersionIntent } from './intent.js';
export { allowedEdits, closestWord, correctSpelling, editDistance, splitWords, type Correction } from './spell.js';
export { INDEX_OPTIONS, QUERY_OPTIONS, SUGGEST_OPTIONS, type ClauseDocument } from './index-options.js';
export { EXPANSION_WEIGHT, POLICY_WORDING_EXPANSION_WEIGHT, MAX_QUESTION_LENGTH, analyzeQuestion, buildLexicon, type AnalyzedQuestion, type Lexicon } from './question.js';
export { FRAME_TERMS } from './frame-words.js';
export { buildIndex, leadInLabel } from './build-index.js';
export { INDEX_FORMAT, openIndex, packIndex, unpackIndex, type StoredClauses, type StoredIndex } from './stored-index.js';
export { packSearch, unpackSearch, type StoredSearch } from './stored-search.js';
export { DEFAULT_RANK_WEIGHTS, PolicySearch, type RankWeights, type RankedClause } from './engine.js';
export type { Alignment, ClauseLink, ClauseStatus, IndexedClause, IndexedSection, IndexedVersion, PolicyIndex, VersionAlignment } from './types.js';
