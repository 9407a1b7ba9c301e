// The element without a compile-time index (`policy-assistant/element`): for pages that give it
// `src` or `index`, with any bundler or none.
export { PolicyAssistant, type PolicyAssistantMode } from './policy-assistant.js';
export {
  PolicyAssistantAnswerEvent,
  PolicyAssistantCopyEvent,
  PolicyAssistantErrorEvent,
  type PolicyAssistantAnswerDetail,
  type PolicyAssistantCopyDetail,
  type PolicyAssistantErrorDetail,
} from './events.js';
export { fetchIndex, searchFor, type IndexLoader } from './load-index.js';
export { citationText, STRINGS, versionYear } from './strings.js';
export { formatDate } from '../answer/index.js';
export { copyToClipboard, escapeHtml } from './clipboard.js';
export { completeQuestion, wordlistOf, writtenForm, type Wordlist } from './completions.js';
export { renderSpans } from './render-spans.js';
export { styles } from './policy-assistant.styles.js';
export type { Answer, AnswerNote, Citation, QuoteSpan, TopicSuggestion } from '../answer/index.js';
export type { PolicyIndex, StoredIndex } from '../search/index.js';
