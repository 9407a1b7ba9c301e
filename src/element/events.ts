import type { AnswerNote, Citation } from '../answer/index.js';
import type { ClauseChange } from '../compare/index.js';

/** Detail of `policy-assistant-answer`. */
export interface PolicyAssistantAnswerDetail {
  /** The question as asked. */
  question: string;
  /** Whether the policy addresses it. */
  answered: boolean;
  /** Quotes with their citations, best first; empty when not answered. */
  citations: Citation[];
  /** Why the answer is as it is (see `Answer.note`), or `null`. */
  note: AnswerNote | null;
}

/** Detail of `policy-assistant-copy`. */
export interface PolicyAssistantCopyDetail {
  /**
   * What was copied: `"citation"` (quote and citation), `"change"` (both versions of a changed clause,
   * each with its citation) or `"link"` (a link that asks the question).
   */
  kind: 'citation' | 'change' | 'link';
  /** The plain text put on the clipboard. */
  text: string;
  /** The HTML put on the clipboard beside the text, or `null` for a link. */
  html: string | null;
  /** The copied citation, or `null` for a change or a link. */
  citation: Citation | null;
  /** The copied change, or `null` for a citation or a link. */
  change: ClauseChange | null;
}

/** Detail of `policy-assistant-error`. */
export interface PolicyAssistantErrorDetail {
  /** What went wrong, e.g. `policy-assistant: could not load the index "/index.json" (HTTP 404); check the src attribute`. */
  message: string;
}

/**
 * Fired when the element has shown an answer to a question the visitor asked (typed, picked, or
 * opened as a `#ask=` link). Bubbles and crosses shadow roots.
 *
 * @example el.addEventListener('policy-assistant-answer', (e) => console.log(e.detail.citations[0]?.clause))
 */
export class PolicyAssistantAnswerEvent extends CustomEvent<PolicyAssistantAnswerDetail> {
  constructor(detail: PolicyAssistantAnswerDetail) {
    super('policy-assistant-answer', { bubbles: true, composed: true, detail });
  }
}

/** Fired when the visitor copied a citation, a change or a link to an answer. Bubbles and crosses shadow roots. */
export class PolicyAssistantCopyEvent extends CustomEvent<PolicyAssistantCopyDetail> {
  constructor(detail: PolicyAssistantCopyDetail) {
    super('policy-assistant-copy', { bubbles: true, composed: true, detail });
  }
}

/**
 * Fired when the index could not be loaded after the visitor opened or asked (the element shows
 * a short apology; the detail tells the developer why). Bubbles and crosses shadow roots.
 */
export class PolicyAssistantErrorEvent extends CustomEvent<PolicyAssistantErrorDetail> {
  constructor(detail: PolicyAssistantErrorDetail) {
    super('policy-assistant-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'policy-assistant-answer': PolicyAssistantAnswerEvent;
    'policy-assistant-copy': PolicyAssistantCopyEvent;
    'policy-assistant-error': PolicyAssistantErrorEvent;
  }
}
