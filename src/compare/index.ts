export type { Alignment, ClauseLink, ClauseStatus, ClauseView, IndexedVersionView, VersionAlignment } from './types.js';
export { diffWords, lcsLength, MAX_DIFF_CELLS, type WordDiffPart } from './diff-words.js';
export { prepareText, sameWords, similarity, termWeights, type PreparedText, type Similarity } from './similarity.js';
export { alignVersions, DEFAULT_ALIGN_OPTIONS, resolveAlignOptions, type AlignOptions } from './align.js';
export { alignIndex, buildAlignments, versionView } from './build-alignments.js';
export { namesConcept, resolveTopic, type Topic } from './topics.js';
export {
  DEFAULT_CHANGES_OPTIONS,
  resolveChangesOptions,
  summarizeChanges,
  type ChangeCitation,
  type ChangeSummary,
  type ChangesOptions,
  type ClauseChange,
  type TopicChanges,
  type VersionChanges,
  type VersionRef,
} from './changes.js';
