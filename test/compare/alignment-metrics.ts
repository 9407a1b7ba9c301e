import type { Alignment } from '../../src/compare/index.js';
import type { PolicyIndex } from '../../src/search/index.js';

/** What a table says of one clause of the newer version. */
export interface ExpectedNewerClause {
  /** Its status. */
  status: 'unchanged' | 'reworded' | 'new';
  /** Anchor of its counterpart in the older version, or `null` when `new`. */
  older: string | null;
  /** Why, for the reader of the table. Default: none. */
  note?: string;
}

/** An alignment told by anchors, as a hand-written table or as the aligner's output. */
export interface AnchoredAlignment {
  /** Every clause of the newer version, by anchor. */
  newer: Record<string, ExpectedNewerClause>;
  /** Older clauses merged into a newer clause: older anchor → newer anchor. */
  merged: Record<string, string>;
  /** Older clauses with no counterpart. */
  removed: string[];
}

/** How an alignment compares with the expected one. */
export interface AlignmentMetrics {
  /** Share of the links found (counterparts and merges) that the table has. */
  precision: number;
  /** Share of the table's links that were found. */
  recall: number;
  /** Harmonic mean of precision and recall. */
  f1: number;
  /** Share of clauses of both versions whose fate is right: a newer clause's status; for an older clause, whether it is removed. */
  statusAccuracy: number;
  /** Links in the table. */
  expectedLinks: number;
  /** Links found. */
  actualLinks: number;
  /** Links found that the table has. */
  correctLinks: number;
  /** Links of the table not found, as `newer ← older`. */
  missing: string[];
  /** Links found that the table does not have, as `newer ← older`. */
  extra: string[];
  /** Clauses whose fate differs, as `anchor: expected → actual`. */
  wrongStatus: string[];
}

/** Tells an alignment by anchors. */
export function anchorAlignment(index: PolicyIndex, alignment: Alignment): AnchoredAlignment {
  const anchor = (i: number) => index.clauses[i]!.anchor;
  const out: AnchoredAlignment = { newer: {}, merged: {}, removed: [] };
  for (const link of alignment.links) {
    if (link.status === 'merged') out.merged[anchor(link.older)] = anchor(link.newer);
    else if (link.status === 'removed') out.removed.push(anchor(link.older));
    else out.newer[anchor(link.newer)] = { status: link.status, older: link.older < 0 ? null : anchor(link.older) };
  }
  return out;
}

function links(a: AnchoredAlignment): Set<string> {
  const set = new Set<string>();
  for (const [newer, e] of Object.entries(a.newer)) if (e.older) set.add(`${newer} ← ${e.older}`);
  for (const [older, newer] of Object.entries(a.merged)) set.add(`${newer} ← ${older}`);
  return set;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Precision and recall of an alignment's links (a newer clause with its counterpart, an older clause
 * with the newer clause it was merged into) against a hand-written table, and how many clauses got
 * the right status.
 */
export function alignmentMetrics(actual: AnchoredAlignment, expected: AnchoredAlignment): AlignmentMetrics {
  const want = links(expected);
  const got = links(actual);
  const correct = [...got].filter((l) => want.has(l)).length;
  const precision = got.size > 0 ? correct / got.size : want.size === 0 ? 1 : 0;
  const recall = want.size > 0 ? correct / want.size : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;

  const wrongStatus: string[] = [];
  let clauses = 0;
  for (const [anchor, e] of Object.entries(expected.newer)) {
    clauses++;
    const status = actual.newer[anchor]?.status ?? 'absent';
    if (status !== e.status) wrongStatus.push(`${anchor}: ${e.status} → ${status}`);
  }
  const olderFate = (a: AnchoredAlignment, anchor: string) => (a.removed.includes(anchor) ? 'removed' : 'kept');
  const olderAnchors = new Set<string>([
    ...expected.removed,
    ...Object.keys(expected.merged),
    ...Object.values(expected.newer).flatMap((e) => (e.older ? [e.older] : [])),
  ]);
  for (const anchor of olderAnchors) {
    clauses++;
    const want = olderFate(expected, anchor);
    const got = olderFate(actual, anchor);
    if (want !== got) wrongStatus.push(`${anchor}: ${want} → ${got}`);
  }
  return {
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    statusAccuracy: round(clauses > 0 ? 1 - wrongStatus.length / clauses : 1),
    expectedLinks: want.size,
    actualLinks: got.size,
    correctLinks: correct,
    missing: [...want].filter((l) => !got.has(l)),
    extra: [...got].filter((l) => !want.has(l)),
    wrongStatus,
  };
}
