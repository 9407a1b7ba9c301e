import { prepareText, sameWords, similarity, termWeights, type PreparedText, type Similarity } from './similarity.js';
import type { Alignment, ClauseLink, ClauseView, IndexedVersionView } from './types.js';

/** How clauses of two versions are matched. */
export interface AlignOptions {
  /**
   * Least score for a newer clause to be taken as the rewording of an older one, one to one. The
   * score is the clauses' term cosine plus the heading and category bonuses below. Default `0.2`.
   */
  threshold: number;
  /**
   * Least evidence for a one-to-one pair: the summed weight of the terms the two clauses share, in
   * units of the weight of a term found in one clause only. Two clauses that share only common words
   * ("company", "information", "collect") are not paired, however short they are. Default `1`.
   */
  minShared: number;
  /**
   * Least share of a clause's terms that must reappear in the same order inside another clause for
   * the first to count as carried over into it, even when the other clause already has a counterpart
   * (two paragraphs joined into one, or one cut in two). Default `0.7`.
   */
  keptThreshold: number;
  /** Fewest terms a clause needs for `keptThreshold` to apply (short clauses recur by chance). Default `8`. */
  keptMinTerms: number;
  /** Weight of the similarity of the two clauses' section headings, added to the score. Default `0.1`. */
  headingWeight: number;
  /** Weight of the share of data-practice categories the two clauses have in common. Default `0.05`. */
  categoryWeight: number;
}

/**
 * The aligner's defaults, set on the two Kayako versions (nearly every clause rewritten) against a
 * hand-written table and checked on the two GitHub versions (`test/compare/alignment.test.ts`).
 * Precision and recall stay within a few points of their best for `threshold` 0.15–0.2 and
 * `minShared` 1–1.5; above 0.25 recall falls fast, below 0.15 pairs of unrelated clauses appear.
 * `keptThreshold` and `keptMinTerms` change nothing between 0.6–0.8 and 6–10.
 */
export const DEFAULT_ALIGN_OPTIONS: Readonly<AlignOptions> = {
  threshold: 0.2,
  minShared: 1,
  keptThreshold: 0.7,
  keptMinTerms: 8,
  headingWeight: 0.1,
  categoryWeight: 0.1,
};

/** Fills in the defaults of the aligner's options and checks them. */
export function resolveAlignOptions(user: Partial<AlignOptions> = {}): AlignOptions {
  const options = { ...DEFAULT_ALIGN_OPTIONS, ...user };
  for (const key of Object.keys(DEFAULT_ALIGN_OPTIONS) as Array<keyof AlignOptions>) {
    const value = options[key];
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
      throw new Error(`policy-assistant: align option "${key}" is ${String(value)}; give a number of 0 or more`);
    }
  }
  return options;
}

interface Side {
  views: readonly ClauseView[];
  text: PreparedText[];
  heading: PreparedText[];
}

function side(version: IndexedVersionView): Side {
  return {
    views: version.clauses,
    text: version.clauses.map((c) => prepareText(c.text, version.company)),
    heading: version.clauses.map((c) => prepareText(c.heading ?? '', version.company)),
  };
}

const round = (x: number) => Math.round(Math.min(1, x) * 100) / 100;

function categoryOverlap(a: ClauseView, b: ClauseView): number {
  const x = new Set(a.categories ?? []);
  const y = new Set(b.categories ?? []);
  const union = new Set([...x, ...y]).size;
  if (union === 0) return 0;
  let shared = 0;
  for (const c of x) if (y.has(c)) shared++;
  return shared / union;
}

/**
 * Aligns the clauses of two consecutive versions of one policy.
 *
 * 1. Clauses with the same words (case, punctuation, white space and markup aside) are `unchanged`.
 * 2. A clause whose terms mostly reappear in order inside a longer clause of the other version
 *    (`keptThreshold`) was carried into it: two older paragraphs joined into one newer one, or one
 *    cut in two. Such links are taken first, best first.
 * 3. The remaining clauses are paired one to one, greedily, best score first, down to `threshold`.
 *    The score is the cosine of the two clauses' analysed terms and vocabulary concepts, each weighted
 *    by inverse document frequency over both versions, plus small bonuses for similar section
 *    headings and shared data-practice categories.
 *
 * A newer clause with a counterpart is `reworded` (or `unchanged`); one without is `new`. An older
 * clause that is no counterpart is `merged` when it was carried into a newer clause, else `removed`.
 *
 * @example
 * alignVersions(versionView(index, 1), versionView(index, 0)).links[19]
 * // { status: 'reworded', newer: 19, older: 64, score: 1 }
 */
export function alignVersions(older: IndexedVersionView, newer: IndexedVersionView, options?: Partial<AlignOptions>): Alignment {
  const opts = resolveAlignOptions(options);
  const o = side(older);
  const n = side(newer);
  const weights = termWeights([...n.text, ...o.text]);
  const headingWeights = termWeights([...n.heading, ...o.heading]);
  const sims: Similarity[][] = n.text.map((a) => o.text.map((b) => similarity(a, b, weights, opts.keptThreshold)));
  const sim = (i: number, j: number) => sims[i]![j]!;
  // The weight of a term found in a single clause.
  const rare = Math.log(1 + n.views.length + o.views.length);

  const counterpart = new Array<number>(n.views.length).fill(-1);
  const unchanged = new Array<boolean>(n.views.length).fill(false);
  /** For each older clause: -1 while free, else the newer clause it is the counterpart of or merged into. */
  const usedBy = new Array<number>(o.views.length).fill(-1);
  const mergedInto = new Array<number>(o.views.length).fill(-1);
  const pair = (i: number, j: number) => {
    counterpart[i] = j;
    if (usedBy[j]! < 0) usedBy[j] = i;
  };
  const attach = (i: number, j: number) => {
    if (counterpart[i]! < 0) pair(i, j);
    else {
      mergedInto[j] = i;
      usedBy[j] = i;
    }
  };

  // 1. Same words: the first older clause left with the same words, so repeated items pair in order.
  n.text.forEach((text, i) => {
    const j = o.text.findIndex((t, k) => usedBy[k]! < 0 && sameWords(text, t));
    if (j < 0) return;
    pair(i, j);
    unchanged[i] = true;
  });

  // 2. Clauses carried whole into a longer one.
  const carried: Array<{ i: number; j: number; kept: number; newerInOlder: boolean }> = [];
  for (let i = 0; i < n.views.length; i++) {
    if (unchanged[i]) continue;
    for (let j = 0; j < o.views.length; j++) {
      const s = sim(i, j);
      const newerInOlder = n.text[i]!.content.length <= o.text[j]!.content.length;
      const size = newerInOlder ? n.text[i]!.content.length : o.text[j]!.content.length;
      const kept = newerInOlder ? s.newerKept : s.olderKept;
      if (size >= opts.keptMinTerms && kept >= opts.keptThreshold) carried.push({ i, j, kept, newerInOlder });
    }
  }
  carried.sort((a, b) => b.kept - a.kept || a.i - b.i || a.j - b.j);
  for (const c of carried) {
    if (c.newerInOlder ? counterpart[c.i]! >= 0 : usedBy[c.j]! >= 0) continue;
    if (c.newerInOlder) pair(c.i, c.j);
    else attach(c.i, c.j);
  }

  // 3. One to one, best first.
  const position = (i: number, length: number) => (length > 1 ? i / (length - 1) : 0);
  const candidates: Array<{ i: number; j: number; score: number; drift: number }> = [];
  for (let i = 0; i < n.views.length; i++) {
    if (counterpart[i]! >= 0) continue;
    for (let j = 0; j < o.views.length; j++) {
      if (usedBy[j]! >= 0 || sim(i, j).shared < opts.minShared * rare) continue;
      const score =
        sim(i, j).cosine +
        opts.headingWeight * similarity(n.heading[i]!, o.heading[j]!, headingWeights, Infinity).cosine +
        opts.categoryWeight * categoryOverlap(n.views[i]!, o.views[j]!);
      if (score < opts.threshold) continue;
      candidates.push({ i, j, score, drift: Math.abs(position(i, n.views.length) - position(j, o.views.length)) });
    }
  }
  // Ties go to the pair nearer the same place in its document, then to document order.
  candidates.sort((a, b) => b.score - a.score || a.drift - b.drift || a.i - b.i || a.j - b.j);
  for (const c of candidates) if (counterpart[c.i]! < 0 && usedBy[c.j]! < 0) pair(c.i, c.j);

  const links: ClauseLink[] = n.views.map((view, i) => {
    const j = counterpart[i]!;
    if (j < 0) return { status: 'new', newer: view.clause, older: -1, score: 0 };
    return {
      status: unchanged[i] ? 'unchanged' : 'reworded',
      newer: view.clause,
      older: o.views[j]!.clause,
      score: unchanged[i] ? 1 : round(sim(i, j).cosine),
    };
  });
  const counterparts = new Set(counterpart);
  o.views.forEach((view, j) => {
    if (counterparts.has(j)) return;
    const i = mergedInto[j]!;
    links.push(
      i >= 0
        ? { status: 'merged', newer: n.views[i]!.clause, older: view.clause, score: round(sim(i, j).cosine) }
        : { status: 'removed', newer: -1, older: view.clause, score: 0 },
    );
  });
  return { links };
}
