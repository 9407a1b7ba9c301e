/** One run of a word-level difference. */
export interface WordDiffPart {
  /** `same` in both texts, `removed` from the first, `added` in the second. */
  op: 'same' | 'added' | 'removed';
  /** The words, with the white space that follows them. */
  text: string;
}

/**
 * Largest table the word diff fills (tokens of one text times tokens of the other, after their
 * common start and end are set aside). Beyond it the texts are shown as one removal and one addition,
 * so a pathological input cannot stall a build or a browser.
 */
export const MAX_DIFF_CELLS = 4_000_000;

/** Words, single punctuation marks and white space runs. */
const TOKEN = /\s+|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

interface Token {
  /** The word or mark, compared exactly. */
  core: string;
  /** The word or mark with the white space after it, as displayed. */
  text: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const [t] of text.trim().matchAll(TOKEN)) {
    if (/^\s/.test(t)) out[out.length - 1]!.text += t;
    else out.push({ core: t, text: t });
  }
  return out;
}

/**
 * Length of the longest common subsequence of two sequences, in O(min(a, b)) memory.
 *
 * @example lcsLength(['a', 'b', 'c'], ['a', 'c']) // 2
 */
export function lcsLength<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length < b.length) [a, b] = [b, a];
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const x = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      row[j] = x === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

/**
 * A word-level difference of two texts, for side-by-side display: a longest common subsequence of
 * their words and punctuation marks, compared exactly (case included). Between two unchanged runs,
 * removed words come before added ones. Leading and trailing white space is dropped; an unchanged
 * run carries the second text's spacing, so the `same` and `added` parts joined give back `b`
 * (trimmed), and the `same` and `removed` parts give back `a` up to white space.
 *
 * @example
 * diffWords('on behalf of Kayako.', 'on behalf of our Company.')
 * // [{ op: 'same', text: 'on behalf of ' }, { op: 'removed', text: 'Kayako' },
 * //  { op: 'added', text: 'our Company' }, { op: 'same', text: '.' }]
 */
export function diffWords(a: string, b: string): WordDiffPart[] {
  const x = tokens(a);
  const y = tokens(b);
  let start = 0;
  while (start < x.length && start < y.length && x[start]!.core === y[start]!.core) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1]!.core === y[endY - 1]!.core) {
    endX--;
    endY--;
  }
  const parts: WordDiffPart[] = [];
  const push = (op: WordDiffPart['op'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  for (let k = 0; k < start; k++) push('same', y[k]!.text);

  const n = endX - start;
  const m = endY - start;
  if (n * m > MAX_DIFF_CELLS) {
    for (let i = start; i < endX; i++) push('removed', x[i]!.text);
    for (let j = start; j < endY; j++) push('added', y[j]!.text);
  } else {
    // suffix[i][j]: longest common subsequence of x[start + i..] and y[start + j..].
    const width = m + 1;
    const suffix = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        suffix[i * width + j] =
          x[start + i]!.core === y[start + j]!.core
            ? suffix[(i + 1) * width + j + 1]! + 1
            : Math.max(suffix[(i + 1) * width + j]!, suffix[i * width + j + 1]!);
      }
    }
    // Collect each changed stretch whole, so that it reads "removed … added …" rather than alternating.
    let removed = '';
    let added = '';
    const flush = () => {
      if (removed) push('removed', removed);
      if (added) push('added', added);
      removed = added = '';
    };
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && x[start + i]!.core === y[start + j]!.core) {
        flush();
        push('same', y[start + j]!.text);
        i++;
        j++;
      } else if (j >= m || (i < n && suffix[(i + 1) * width + j]! >= suffix[i * width + j + 1]!)) {
        removed += x[start + i++]!.text;
      } else {
        added += y[start + j++]!.text;
      }
    }
    flush();
  }
  for (let k = endY; k < y.length; k++) push('same', y[k]!.text);
  return parts;
}
