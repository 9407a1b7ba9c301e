import { html, type TemplateResult } from 'lit';
import type { InlineSpan } from '../corpus/index.js';
import type { QuoteSpan } from '../answer/index.js';

const SAFE_URL = /^(?:https?:|mailto:)/i;

/**
 * Renders the spans of a quote or clause with Lit templates: text is always bound as text, so
 * markup in a policy (or in a tampered index) is shown, never run. Links are kept only for
 * `http:`, `https:` and `mailto:` targets; the corpus parser already drops others, and an index
 * loaded from `src` is checked again here.
 */
export function renderSpans(spans: readonly (InlineSpan | QuoteSpan)[]): TemplateResult[] {
  return spans.map((span) => {
    let content: string | TemplateResult = withLineBreaks(span.text);
    if ('gap' in span && span.gap) return html`<span class="gap">${content}</span>`;
    if (span.code) content = html`<code>${content}</code>`;
    if (span.em) content = html`<em>${content}</em>`;
    if (span.strong) content = html`<strong>${content}</strong>`;
    if ('mark' in span && span.mark) content = html`<mark>${content}</mark>`;
    if (span.href && SAFE_URL.test(span.href)) {
      content = html`<a href=${span.href} target="_blank" rel="noopener noreferrer">${content}</a>`;
    }
    return html`${content}`;
  });
}

/** Text with its hard line breaks ("\n", an address's lines) as `<br>`; the text itself stays text. */
function withLineBreaks(text: string): string | TemplateResult {
  if (!text.includes('\n')) return text;
  return html`${text.split('\n').map((line, i) => (i === 0 ? line : html`<br />${line}`))}`;
}
