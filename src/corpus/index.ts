export type { Clause, ClauseKind, Corpus, CorpusFile, InlineSpan, PolicyVersion, Section } from './types.js';
export { CorpusError } from './errors.js';
export { parsePolicy } from './parse-policy.js';
export { buildCorpus, compareVersions } from './corpus.js';
export { splitFrontMatter, type PolicyFrontMatter, type SplitFile } from './front-matter.js';
export { clauseAnchor, sectionAnchor, slugify, versionAnchor } from './anchors.js';
export { findDate } from './dates.js';
export { decodeEntities, joinSameFormat, safeHref, spansText, toSpans } from './inline.js';
export { splitSentences, type SentenceRange } from './sentences.js';
