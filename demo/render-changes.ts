import { summarizeChanges, type ChangeCitation, type ClauseChange, type VersionChanges, type WordDiffPart } from '../src/compare/index.js';
import type { ClauseStatus, PolicyIndex } from '../src/search/index.js';
import { worthMarking } from '../src/element/render-diff.js';
import { formatDate } from '../src/answer/index.js';

const STATUS: Record<ClauseChange['status'], string> = { reworded: 'Reworded', new: 'New', removed: 'Removed', merged: 'Merged' };
const COUNTED: ReadonlyArray<[Exclude<ClauseStatus, 'unchanged'>, string, string]> = [
  ['reworded', 'reworded', 'reworded'],
  ['new', 'new', 'new'],
  ['removed', 'removed', 'removed'],
  ['merged', 'merged into another', 'merged into others'],
];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** `<del>`/`<ins>` with words for screen readers, which announce neither: "[removed: Kayako]". */
function mark(tag: 'del' | 'ins', words: string): HTMLElement {
  const el = element(tag);
  el.append(element('span', 'visually-hidden', tag === 'del' ? '[removed: ' : '[added: '), words, element('span', 'visually-hidden', ']'));
  return el;
}

/** One side of a word difference as DOM: the older text with its removals, or the newer with its additions. */
function appendDiff(parent: HTMLElement, diff: readonly WordDiffPart[], side: 'older' | 'newer'): void {
  for (const { op, text } of diff) {
    if (op === 'same') parent.append(text);
    else if ((op === 'removed') === (side === 'older')) {
      const words = text.trimEnd();
      if (words) parent.append(mark(op === 'removed' ? 'del' : 'ins', words), text.slice(words.length));
      else parent.append(text);
    }
  }
}

function where(c: ChangeCitation): string {
  const path = c.path.join(' › ');
  return c.section ? `§ ${c.section} ${path}` : path;
}

function renderSide(change: ClauseChange, side: 'older' | 'newer', version: string): HTMLElement {
  const box = element('div', `change__side change__side--${side}`);
  box.append(element('p', 'change__label', formatDate(version)));
  const c = change[side];
  if (!c) {
    box.append(element('p', 'change__absent', `Not in the version of ${formatDate(version)}.`));
    return box;
  }
  const quote = element('blockquote', 'change__quote');
  quote.cite = `#${c.clause}`;
  const p = element('p');
  // A clause rewritten almost from scratch is shown plainly: marking every word helps no one.
  if (change.diff && worthMarking(change.diff)) appendDiff(p, change.diff, side);
  else p.textContent = c.quote;
  quote.append(p);
  const cite = element('p', 'change__cite');
  const a = element('a', undefined, where(c));
  a.href = `#${c.clause}`;
  cite.append(a);
  box.append(quote, cite);
  return box;
}

function countsText(counts: Partial<Record<ClauseStatus, number>>): string {
  return COUNTED.filter(([s]) => (counts[s] ?? 0) > 0)
    .map(([s, one, many]) => `${counts[s]} ${counts[s] === 1 ? one : many}`)
    .join(' · ');
}

function renderComparison(comparison: VersionChanges, several: boolean): HTMLElement {
  const block = element('div', 'changes__comparison');
  const older = comparison.older.version;
  const newer = comparison.newer.version;
  const span = `${formatDate(older)} to ${formatDate(newer)}`;
  const title = element('h3', 'changes__title', several ? `${comparison.title}, from ${span}` : `From ${span}`);
  const { unchanged } = comparison.counts;
  block.append(title, element('p', 'changes__summary', `${countsText(comparison.counts)}${unchanged > 0 ? ` · ${unchanged} unchanged` : ''}.`));
  for (const topic of comparison.topics) {
    const details = element('details', 'changes__topic');
    // The first topic is open, so the view shows what a change looks like.
    details.open = topic === comparison.topics[0];
    const summary = element('summary');
    const counts: Partial<Record<ClauseStatus, number>> = {};
    for (const c of topic.changes) counts[c.status] = (counts[c.status] ?? 0) + 1;
    summary.append(element('span', 'changes__topic-label', topic.label), ' ', element('span', 'changes__counts', countsText(counts)));
    const list = element('ol', 'changes__list');
    for (const change of topic.changes) {
      const li = element('li', 'change');
      const head = element('p', 'change__head');
      head.append(element('span', `badge badge--${change.status}`, STATUS[change.status]));
      li.append(head);
      const sides = element('div', 'change__sides');
      sides.append(renderSide(change, 'older', older), renderSide(change, 'newer', newer));
      li.append(sides);
      list.append(li);
    }
    details.append(summary, list);
    block.append(details);
  }
  return block;
}

/**
 * Renders the "What changed" view: for each pair of consecutive versions, the changes topic by
 * topic, each with both versions' wording side by side, the words that changed marked, and links
 * to both clauses in the page. Built from the alignment stored in the index.
 */
export function renderChanges(index: PolicyIndex, section: HTMLElement): void {
  const { comparisons } = summarizeChanges(index, index.alignments ?? []);
  if (comparisons.length === 0) return;
  const header = element('header', 'changes__header');
  const heading = element('h2', 'changes__heading', 'What changed');
  heading.id = 'what-changed--title';
  const intro = element('p', 'changes__intro');
  intro.append(
    'Each clause of the newer version beside its counterpart in the older one, topic by topic. Removed words are ',
    element('del', undefined, 'struck through'),
    ' and added words ',
    element('ins', undefined, 'underlined'),
    '; the links go to each clause in the policy above.',
  );
  header.append(heading, intro);
  section.setAttribute('aria-labelledby', heading.id);
  section.append(header, ...comparisons.map((c) => renderComparison(c, comparisons.length > 1)));
}
