export type { Answer, AnswerNote, Citation, CitationChange, PreviousWording, QuoteSpan, TopicSuggestion } from './types.js';
export { formatDate } from './format-date.js';
export { splitSentences, type SentenceRange } from '../corpus/index.js';
export { DEFAULT_QUOTE_OPTIONS, makeQuote, markWords, resolveQuoteOptions, sliceSpans, type Quote, type QuoteOptions } from './quote.js';
export { DEFAULT_ANSWER_OPTIONS, answerQuestion, citeClause, resolveAnswerOptions, suggestTopics, type AnswerOptions } from './compose-answer.js';
