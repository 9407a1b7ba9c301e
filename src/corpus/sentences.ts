/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'corp', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'no', 'nos', 'u.s', 'u.k', 'approx', 'fig', 'sec', 'art', 'para']);

/** Start and end offsets of a sentence in a text. */
export interface SentenceRange {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/**
 * Splits plain text into sentences, keeping abbreviations (`e.g.`, `Inc.`) and decimals inside.
 *
 * @example splitSentences('Cookies. We use them, e.g. for login. Done.').length // 3
 */
export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  const boundary = /([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const before = text.slice(start, m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
    const end = m.index + m[1]!.length + m[2]!.length;
    if (end > start) ranges.push({ start, end });
    start = end + m[3]!.length;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges.filter((r) => text.slice(r.start, r.end).trim());
}
