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

interface Segment {
  /** Whether the tokens are in both texts. */
  same: boolean;
  /** Tokens of the first text. */
  removed: Token[];
  /** Tokens of the second text. */
  added: Token[];
}

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

const size = (tokens: readonly Token[]) => tokens.reduce((n, t) => n + t.core.length, 0);

/**
 * Dissolves an unchanged run into the changes around it when it is no longer than the change on
 * either side ("of", "the" between two rewritten stretches), so that a rewritten sentence reads as
 * one removal and one addition rather than confetti. The rule is diff-match-patch's semantic cleanup.
 */
function cleanUp(segments: Segment[]): Segment[] {
  let out = segments;
  for (let changed = true; changed; ) {
    changed = false;
    const next: Segment[] = [];
    for (let k = 0; k < out.length; k++) {
      const s = out[k]!;
      const before = next[next.length - 1];
      const after = out[k + 1];
      const length = size(s.added);
      if (
        s.same &&
        before && !before.same && after && !after.same &&
        length <= Math.max(size(before.removed), size(before.added)) &&
        length <= Math.max(size(after.removed), size(after.added))
      ) {
        before.removed.push(...s.removed, ...after.removed);
        before.added.push(...s.added, ...after.added);
        k++;
        changed = true;
      } else if (!s.same && before && !before.same) {
        before.removed.push(...s.removed);
        before.added.push(...s.added);
      } else next.push({ same: s.same, removed: [...s.removed], added: [...s.added] });
    }
    out = next;
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
 * removed words come before added ones; a short unchanged run between two longer changes is folded
 * into them. Leading and trailing white space is dropped. The `same` and `added` parts joined give
 * back `b` (trimmed); the `same` and `removed` parts give back `a` (trimmed), except that a run of
 * white space both texts have between the same two words is written as in `b`.
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
  // Segments: a run of tokens in both texts, or a changed stretch (tokens removed, tokens added).
  const segments: Segment[] = [];
  const same = (xs: Token[], ys: Token[]) => segments.push({ same: true, removed: xs, added: ys });
  const change = (xs: Token[], ys: Token[]) => {
    const last = segments[segments.length - 1];
    if (last && !last.same) {
      last.removed.push(...xs);
      last.added.push(...ys);
    } else segments.push({ same: false, removed: xs, added: ys });
  };
  if (start > 0) same(x.slice(0, start), y.slice(0, start));

  const n = endX - start;
  const m = endY - start;
  if (n * m > MAX_DIFF_CELLS) {
    change(x.slice(start, endX), y.slice(start, endY));
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
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && x[start + i]!.core === y[start + j]!.core) {
        const last = segments[segments.length - 1];
        if (last?.same) {
          last.removed.push(x[start + i]!);
          last.added.push(y[start + j]!);
        } else same([x[start + i]!], [y[start + j]!]);
        i++;
        j++;
      } else if (j >= m || (i < n && suffix[(i + 1) * width + j]! >= suffix[i * width + j + 1]!)) {
        change([x[start + i++]!], []);
      } else {
        change([], [y[start + j++]!]);
      }
    }
  }
  if (endY < y.length) {
    const last = segments[segments.length - 1];
    if (last?.same) {
      last.removed.push(...x.slice(endX));
      last.added.push(...y.slice(endY));
    } else same(x.slice(endX), y.slice(endY));
  }

  const parts: WordDiffPart[] = [];
  const push = (op: WordDiffPart['op'], tokens: Token[]) => {
    const text = tokens.map((t) => t.text).join('');
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  for (const segment of cleanUp(segments)) {
    if (!segment.same) {
      push('removed', segment.removed);
      push('added', segment.added);
      continue;
    }
    segment.added.forEach((b, k) => {
      const a = segment.removed[k]!;
      push('same', [{ core: b.core, text: b.core }]);
      // White space after a kept word: kept when both texts have some, else it is a change of its own.
      const spaceA = a.text.slice(a.core.length);
      const spaceB = b.text.slice(b.core.length);
      if (spaceA && spaceB) push('same', [{ core: '', text: spaceB }]);
      else if (spaceA) push('removed', [{ core: '', text: spaceA }]);
      else if (spaceB) push('added', [{ core: '', text: spaceB }]);
    });
  }
  return parts;
}
