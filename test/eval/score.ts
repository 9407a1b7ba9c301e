// Scores answers against a labelled question set, the way the shared scorer does (see
// test/eval/README.md): hit@1, hit@3, MRR, refusal, false refusal and quote fidelity.
import { norm } from './text.mjs';

/** One labelled question. */
export interface EvalQuestion {
  id: string;
  q: string;
  expect: string[] | null;
  version: string | null;
  kind: string;
  split?: 'tune' | 'holdout';
}

/** The parts of an answer the scorer reads. */
export interface ScoredAnswer {
  answered: boolean;
  citations: Array<{ quote: string; version: string }>;
}

/** Figures for a set of questions, in per cent (MRR as a fraction). */
export interface Metrics {
  questions: number;
  'hit@1': number;
  'hit@3': number;
  MRR: number;
  refusal: number;
  'false refusal': number;
  fidelity: number;
  byKind: Record<string, string>;
}

/** A question whose first citation is not right. */
export interface Miss {
  id: string;
  q: string;
  want: string;
  rank: number | null;
  got?: string;
}

const MAX_QUOTE = 1200;

// Normalised as the shared scorer does, so figures here agree with it.
export { norm };

/** Whether every part of a quote (split at `…`) is text of the corpus. */
export function isVerbatim(quote: string, corpusNorm: string): boolean {
  const parts = norm(quote)
    .split(/…|\.\.\./)
    .map((p) => p.trim())
    .filter((p) => p.length >= 8);
  return parts.length > 0 && parts.every((p) => corpusNorm.includes(p));
}

/** Scores answers (same order as the questions). */
export function score(questions: EvalQuestion[], answers: ScoredAnswer[], corpusNorm: string): { metrics: Metrics; misses: Miss[] } {
  let answerable = 0, hit1 = 0, hit3 = 0, rr = 0, falseRefusal = 0;
  let unanswerable = 0, refused = 0, quotes = 0, verbatim = 0;
  const misses: Miss[] = [];
  const byKind: Record<string, { n: number; ok: number }> = {};
  questions.forEach((q, i) => {
    const a = answers[i]!;
    const list = a.citations ?? [];
    for (const c of list) {
      quotes++;
      if (isVerbatim(c.quote, corpusNorm)) verbatim++;
    }
    const kind = (byKind[q.kind] ??= { n: 0, ok: 0 });
    kind.n++;
    if (q.expect === null) {
      unanswerable++;
      if (!a.answered) {
        refused++;
        kind.ok++;
      } else misses.push({ id: q.id, q: q.q, want: 'no answer', rank: null, got: list[0]?.quote.slice(0, 90) });
      return;
    }
    answerable++;
    if (!a.answered) falseRefusal++;
    const expect = q.expect;
    const correct = (c: { quote: string; version: string }) =>
      c.quote.length <= MAX_QUOTE && (!q.version || c.version.includes(q.version)) && expect.some((e) => norm(c.quote).includes(norm(e)));
    const rank = list.slice(0, 5).findIndex(correct);
    if (rank === 0) {
      hit1++;
      kind.ok++;
    }
    if (rank >= 0 && rank < 3) hit3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0) {
      misses.push({ id: q.id, q: q.q, want: expect[0] + (q.version ? ` (${q.version})` : ''), rank: rank < 0 ? null : rank + 1, got: list[0]?.quote.slice(0, 90) });
    }
  });
  const pct = (x: number, n: number) => (n ? Math.round((1000 * x) / n) / 10 : 0);
  return {
    metrics: {
      questions: questions.length,
      'hit@1': pct(hit1, answerable),
      'hit@3': pct(hit3, answerable),
      MRR: answerable ? Math.round((1000 * rr) / answerable) / 1000 : 0,
      refusal: pct(refused, unanswerable),
      'false refusal': pct(falseRefusal, answerable),
      fidelity: pct(verbatim, quotes),
      byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, `${v.ok}/${v.n}`])),
    },
    misses,
  };
}

/** Reads a JSON-lines file's text into objects. */
export function parseJsonl<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
