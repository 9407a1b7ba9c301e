import { processToken } from '../search/index.js';
import { splitSentences, type InlineSpan, type SentenceRange } from '../corpus/index.js';
import type { QuoteSpan } from './types.js';

/** Options of quote selection. */
export interface QuoteOptions {
  /** A clause up to this many characters is quoted whole. Default 1000. */
  wholeUpTo: number;
  /** Longest quote made of selected sentences. Default 800. */
  maxLength: number;
}

/** Default quote options. */
export const DEFAULT_QUOTE_OPTIONS: Readonly<QuoteOptions> = { wholeUpTo: 1000, maxLength: 800 };

/** Applies defaults to user quote options. */
export function resolveQuoteOptions(user: Partial<QuoteOptions> = {}): QuoteOptions {
  return { ...DEFAULT_QUOTE_OPTIONS, ...user };
}

/** A quote cut from a clause. */
export interface Quote {
  /** Plain text with `…` for each gap. */
  text: string;
  /** Display spans with matched words marked. */
  spans: QuoteSpan[];
  /** Whether the whole clause is quoted. */
  whole: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

function sentenceScore(text: string, weights: ReadonlyMap<string, number>): number {
  let score = 0;
  const seen = new Set<string>();
  for (const word of text.match(WORD) ?? []) {
    for (const term of processToken(word)) {
      if (seen.has(term)) continue;
      seen.add(term);
      // The visitor's own words count far more than the related words searched on their behalf.
      const weight = weights.get(term) ?? 0;
      score += weight * weight;
    }
  }
  return score;
}

/**
 * Quotes a clause verbatim: whole when short, else the sentences that best answer the question
 * (with a short lead-in label such as "Cookies." kept), `…` marking what is left out.
 *
 * @example makeQuote(spans, new Map([['fee', 1]])).text // '… We may charge a reasonable fee … …'
 */
export function makeQuote(spans: readonly InlineSpan[], weights: ReadonlyMap<string, number>, options: Partial<QuoteOptions> = {}): Quote {
  const { wholeUpTo, maxLength } = resolveQuoteOptions(options);
  const text = spans.map((s) => s.text).join('');
  const sentences = splitSentences(text);
  if (sentences.length === 0) sentences.push({ start: 0, end: text.length });
  const chosen =
    text.length <= wholeUpTo || sentences.length === 1
      ? sentences.map((_, i) => i)
      : chooseSentences(text, sentences, weights, maxLength);
  const whole = chosen.length === sentences.length;

  const out: QuoteSpan[] = [];
  const parts: string[] = [];
  const gap = (value: string) => {
    out.push({ text: value, gap: true });
    parts.push(value);
  };
  chosen.forEach((index, i) => {
    const range = sentences[index]!;
    if (i === 0 && index > 0) gap('… ');
    else if (i > 0 && index !== chosen[i - 1]! + 1) gap(' … ');
    else if (i > 0) {
      out.push({ text: ' ' });
      parts.push(' ');
    }
    out.push(...markWords(sliceSpans(spans, range.start, range.end), weights));
    parts.push(text.slice(range.start, range.end));
  });
  if (chosen[chosen.length - 1]! < sentences.length - 1) gap(' …');
  return { text: parts.join(''), spans: out, whole };
}

function chooseSentences(text: string, sentences: SentenceRange[], weights: ReadonlyMap<string, number>, maxLength: number): number[] {
  const scores = sentences.map((s) => sentenceScore(text.slice(s.start, s.end), weights));
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  const picked = new Set([best]);
  let length = sentences[best]!.end - sentences[best]!.start;
  // A short label before the best sentence ("Cookies.", "Right of erasure.") says what it is about.
  if (best > 0 && sentences[best - 1]!.end - sentences[best - 1]!.start < 40 && best - 1 === 0) {
    picked.add(0);
    length += sentences[0]!.end - sentences[0]!.start;
  }
  // Then the other sentences that answer to the question, best first, while they fit.
  const order = scores.map((s, i) => [s, i] as const).filter(([s, i]) => s > 0 && !picked.has(i)).sort((a, b) => b[0] - a[0]);
  for (const [score, i] of order) {
    const len = sentences[i]!.end - sentences[i]!.start;
    if (score < scores[best]! * 0.6 || length + len > maxLength) continue;
    picked.add(i);
    length += len;
  }
  // Fill with the following sentence when the quote is short, to give the context.
  const next = Math.max(...picked) + 1;
  if (length < 160 && next < sentences.length && length + sentences[next]!.end - sentences[next]!.start <= maxLength) picked.add(next);
  return [...picked].sort((a, b) => a - b);
}

/** The part of formatted spans between two offsets of their joined text. */
export function sliceSpans(spans: readonly InlineSpan[], start: number, end: number): InlineSpan[] {
  const out: InlineSpan[] = [];
  let offset = 0;
  for (const span of spans) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + span.text.length);
    if (from < to) out.push({ ...span, text: span.text.slice(from - offset, to - offset) });
    offset += span.text.length;
  }
  return out;
}

/** Splits spans so that the words whose terms are searched for carry `mark`. */
export function markWords(spans: readonly InlineSpan[], weights: ReadonlyMap<string, number>): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const span of spans) {
    let last = 0;
    for (const m of span.text.matchAll(WORD)) {
      const hit = processToken(m[0]).some((t) => weights.has(t));
      if (!hit) continue;
      if (m.index! > last) out.push({ ...span, text: span.text.slice(last, m.index) });
      out.push({ ...span, text: m[0], mark: true });
      last = m.index! + m[0].length;
    }
    if (last < span.text.length) out.push({ ...span, text: span.text.slice(last) });
  }
  return out;
}
