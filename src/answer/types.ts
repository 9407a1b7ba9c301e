import type { InlineSpan } from '../corpus/index.js';
import type { ClauseChange, WordDiffPart } from '../compare/index.js';
import type { Category, ClauseStatus } from '../search/index.js';

/** A span of a quote; `mark` is set on the words that matched the question. */
export interface QuoteSpan extends InlineSpan {
  /** Matched the question. Default `false`. */
  mark?: boolean;
  /** An ellipsis standing for text left out. Default `false`. */
  gap?: boolean;
}

/** The same clause in the previous version of the policy. */
export interface PreviousWording {
  /** Version date of the previous version. */
  version: string;
  /** Section number, or `null`. */
  section: string | null;
  /** Section heading. */
  heading: string;
  /** Anchor of the section. */
  anchor: string;
  /** Anchor of the clause. */
  clause: string;
  /** The whole clause, verbatim. */
  quote: string;
  /** The clause for display. */
  spans: InlineSpan[];
}

/** How a quoted clause differs from the previous version of its policy. */
export interface CitationChange {
  /** `unchanged`, `reworded` (see `previous` and `diff`) or `new` since the previous version. */
  status: Extract<ClauseStatus, 'unchanged' | 'reworded' | 'new'>;
  /** The earlier wording, or `null` for a new clause. */
  previous: PreviousWording | null;
  /** Word-level difference from the earlier wording to this one, or `null`. */
  diff: WordDiffPart[] | null;
}

/** One quoted clause with where it comes from. */
export interface Citation {
  /** Policy id, e.g. `kayako-privacy`. */
  policy: string;
  /** Version date, e.g. `2019-05-11`. */
  version: string;
  /** Section number (`"3"`), or `null` when the heading has none. */
  section: string | null;
  /** Section heading without its number. */
  heading: string;
  /** Headings from the top section down, e.g. `["Collection and use…", "Credit card information"]`. */
  path: string[];
  /** Anchor of the section, e.g. `kayako-privacy-2019-05-11--3`. */
  anchor: string;
  /** Anchor of the quoted clause, e.g. `kayako-privacy-2019-05-11--3--p2`. */
  clause: string;
  /** The quote, verbatim apart from Markdown markup; `…` stands for what is left out. */
  quote: string;
  /** The quote for display, with matched words marked. */
  spans: QuoteSpan[];
  /** Whether the quote is the whole clause. */
  whole: boolean;
  /** Relevance score (higher is better). */
  score: number;
  /** Policy title, e.g. `Kayako Privacy Policy`. */
  title: string;
  /** Company. */
  company: string;
  /** Whether this is the newest version of the policy. */
  current: boolean;
  /** Data-practice categories of the clause. */
  categories: Category[];
  /** How the clause differs from the previous version, when the policy has one. Default: absent. */
  change?: CitationChange;
  /**
   * For a list item, the sentence that introduces its list, verbatim ("Our Company may use
   * information that we collect about you to:"), to read before the quote. Default: absent.
   */
  lead?: string;
}

/** A topic the policy covers, offered when a question is not answered. */
export interface TopicSuggestion {
  /** Category id. */
  category: Category;
  /** Label, e.g. "How long data is kept". */
  label: string;
  /** A question to ask about it. */
  example: string;
}

/** Why an answer came out as it did. */
export type AnswerNote =
  | 'older-version-only'
  | 'named-version'
  | 'named-version-missing'
  | 'not-in-policy'
  | 'empty-question'
  | 'changes';

/** The answer to one question: quotes with citations, or a refusal with topics that are covered. */
export interface Answer {
  /** The question as asked. */
  question: string;
  /** Whether the policy addresses the question. */
  answered: boolean;
  /** Quotes, best first; empty when not answered. */
  citations: Citation[];
  /** Why the answer is as it is, or `null` for a plain answer from the current version. */
  note: AnswerNote | null;
  /** Topics the policy covers, when not answered. */
  suggestions: TopicSuggestion[];
  /** Words read as misspellings and what they were read as. */
  corrections: Array<{ from: string; to: string }>;
  /**
   * Names the question gives that the policy never mentions ("HIPAA", "SOC"), when that is why it
   * was not answered. Default: absent.
   */
  unmentioned?: string[];
  /**
   * For a question about what changed ("what changed about cookies?"): the changes between the
   * two newest versions on the question's topic, each quoted from both versions (note `changes`).
   * Default: absent.
   */
  changes?: ClauseChange[];
}
