import { resolve } from 'node:path';
import {
  buildAlignments,
  resolveTopic,
  summarizeChanges,
  type ChangeCitation,
  type ChangeSummary,
  type ClauseChange,
  type WordDiffPart,
} from '../compare/index.js';
import { CorpusError } from '../corpus/index.js';
import { readCorpus } from '../node/index.js';
import { buildIndex, CATEGORIES } from '../search/index.js';
import { formatDate } from '../answer/index.js';
import type { CliIo } from './main.js';

/** What `policy-assistant diff` was asked. */
export interface DiffArgs {
  /** Folder of policy Markdown files (absolute, or relative to `io.cwd`). */
  corpusDir: string;
  /** A category id (`data-retention`) or a word of the vocabulary (`cookies`). Default: every topic. */
  topic?: string;
  /** Print the `ChangeSummary` as JSON instead of text. */
  json: boolean;
}

const STATUS_LABEL: Record<ClauseChange['status'], string> = {
  reworded: 'Reworded',
  new: 'New',
  merged: 'Merged',
  removed: 'Removed',
};

/**
 * Prints what changed between consecutive versions of each policy, topic by topic, with citations to
 * both versions; `json` prints the `ChangeSummary`. Returns the exit code: 0, or 2 for an unknown
 * topic or a broken corpus.
 *
 * @example
 * runDiff({ corpusDir: 'corpus', topic: 'cookies', json: false }, io)
 * // prints "Kayako Privacy Policy: what changed from 29 December 2015 to 11 May 2019 (about cookies)…", returns 0
 */
export function runDiff(args: DiffArgs, io: CliIo): number {
  let topic = null;
  if (args.topic !== undefined) {
    topic = resolveTopic(args.topic);
    if (!topic) {
      io.stderr(
        `policy-assistant: unknown topic "${args.topic}"; give a category (${CATEGORIES.join(', ')}) ` +
          'or a word such as cookies, retention, sharing, children\n',
      );
      return 2;
    }
  }
  const cwd = io.cwd ?? process.cwd();
  let index;
  try {
    index = buildIndex(readCorpus(resolve(cwd, args.corpusDir), cwd));
  } catch (error) {
    if (error instanceof CorpusError) {
      io.stderr(error.message + '\n');
      return 2;
    }
    throw error;
  }
  // A word names a concept ("cookies"): its changes, under whichever topics they fall. A category id
  // names all of the category.
  const filter = topic?.concept ? { concept: topic.concept } : { topic: topic?.category ?? null };
  const summary = summarizeChanges(index, buildAlignments(index), filter);
  io.stdout(args.json ? JSON.stringify(summary, null, 2) + '\n' : formatChanges(summary, args.topic) + '\n');
  return 0;
}

/** A change summary as readable text: per comparison, topic by topic, each change with its citations. */
export function formatChanges(summary: ChangeSummary, topicWord?: string, width = 78): string {
  const out: string[] = [];
  const about = topicWord !== undefined ? ` (about ${topicWord})` : '';
  if (summary.comparisons.length === 0) return 'Each policy has a single version: there is nothing to compare.';
  for (const c of summary.comparisons) {
    if (out.length > 0) out.push('');
    out.push(`${c.title}: what changed from ${formatDate(c.older.version)} to ${formatDate(c.newer.version)}${about}`);
    const n = c.counts;
    out.push(
      `${n.reworded} reworded, ${n.new} new, ${n.removed} removed, ${n.merged} merged into another clause; ` +
        `${n.unchanged} unchanged.`,
    );
    if (c.topics.length === 0) out.push('', 'No changes.');
    for (const t of c.topics) {
      out.push('', `== ${t.label} ==`);
      for (const change of t.changes) out.push('', ...formatChange(change, width));
    }
  }
  return out.join('\n');
}

function where(c: ChangeCitation): string {
  const path = c.path.join(' › ');
  return `${c.section ? `§ ${c.section} ${path}` : path}, ${formatDate(c.version)}`;
}

function formatChange(change: ClauseChange, width: number): string[] {
  const lines: string[] = [];
  const { newer, older } = change;
  if (change.status === 'reworded' && newer && older) {
    lines.push(`• Reworded: ${where(newer)}`, `  was: ${where(older)}`);
    if (mostlyKept(change.diff ?? [])) lines.push(wrap(markDiff(change.diff ?? []), width - 4, '    '));
    else lines.push(wrap(`now: “${newer.quote}”`, width - 4, '    '), wrap(`was: “${older.quote}”`, width - 4, '    '));
    lines.push(`    #${newer.clause} ← #${older.clause}`);
  } else if (change.status === 'merged' && newer && older) {
    lines.push(`• Merged: ${where(older)}`, `  into: ${where(newer)}`);
    lines.push(wrap(`“${older.quote}”`, width - 4, '    '));
    lines.push(`    #${older.clause} → #${newer.clause}`);
  } else {
    const c = (newer ?? older)!;
    lines.push(`• ${STATUS_LABEL[change.status]}: ${where(c)}`);
    lines.push(wrap(`“${c.quote}”`, width - 4, '    '));
    lines.push(`    #${c.clause}`);
  }
  return lines;
}

/**
 * Whether most of both texts is kept, so that the marked-up difference reads better than the two
 * quotes one after the other.
 */
function mostlyKept(parts: readonly WordDiffPart[]): boolean {
  const length = (op: WordDiffPart['op']) => parts.reduce((n, p) => n + (p.op === op ? p.text.length : 0), 0);
  const same = length('same');
  return same >= 0.6 * (same + Math.max(length('removed'), length('added')));
}

/** A word diff in the style of `git diff --word-diff`: `[-removed-]{+added+}`. */
function markDiff(parts: readonly WordDiffPart[]): string {
  return parts
    .map((p) => {
      if (p.op === 'same') return p.text;
      // A change of spacing only ("network and" → "network, and") shows as the words around it.
      if (!p.text.trim()) return p.op === 'added' ? p.text : '';
      const text = p.text.trimEnd();
      const space = p.text.slice(text.length);
      return p.op === 'removed' ? `[-${text}-]${space}` : `{+${text}+}${space}`;
    })
    .join('');
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}
