import { html, type TemplateResult } from 'lit';
import type { WordDiffPart } from '../compare/index.js';
import { STRINGS } from './strings.js';

/** Below this share of kept characters, a clause counts as rewritten rather than edited. */
const MIN_KEPT = 0.25;

/**
 * Whether marking a word difference helps the reader: a clause rewritten almost from scratch would be
 * all marks (and, shown as one text, unreadable), so it is better shown plainly beside the other.
 *
 * @example worthMarking(diffWords('on behalf of Kayako.', 'on behalf of our Company.')) // true
 */
export function worthMarking(parts: readonly WordDiffPart[]): boolean {
  let kept = 0;
  let older = 0;
  let newer = 0;
  for (const { op, text } of parts) {
    const n = text.replace(/\s+/g, '').length;
    if (op === 'same') kept += n;
    if (op !== 'added') older += n;
    if (op !== 'removed') newer += n;
  }
  return kept >= MIN_KEPT * Math.max(older, newer);
}

/** Which text of a word difference to show: the older (with removals), the newer (with additions), or both. */
export type DiffSide = 'older' | 'newer' | 'both';

/**
 * Renders a word-level difference as text with `<del>` and `<ins>`. Each change also says what it
 * is in words that only assistive technology reads ("[removed: …]"), since screen readers do not
 * announce `del` and `ins`; the styles mark them by more than colour (struck through, underlined).
 * The white space after a changed run is left outside it, so the marks end with the words.
 *
 * @example renderDiff(diffWords('by Kayako.', 'by our Company.'), 'newer') // by <ins>our Company</ins>.
 */
export function renderDiff(parts: readonly WordDiffPart[], side: DiffSide): Array<TemplateResult | string> {
  const out: Array<TemplateResult | string> = [];
  for (const { op, text } of parts) {
    if (op === 'same') {
      out.push(text);
      continue;
    }
    if ((op === 'removed' && side === 'newer') || (op === 'added' && side === 'older')) continue;
    const words = text.trimEnd();
    const space = text.slice(words.length);
    // A change of white space alone is shown as the space it is.
    if (!words) {
      out.push(space);
      continue;
    }
    out.push(
      op === 'removed'
        ? html`<del><span class="visually-hidden">${STRINGS.removedStart}</span>${words}<span class="visually-hidden">${STRINGS.changeEnd}</span></del>`
        : html`<ins><span class="visually-hidden">${STRINGS.addedStart}</span>${words}<span class="visually-hidden">${STRINGS.changeEnd}</span></ins>`,
    );
    if (space) out.push(space);
  }
  return out;
}
