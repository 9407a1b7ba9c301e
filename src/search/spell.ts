/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition, so "cookeis" is one
 * edit from "cookies"), giving up once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Edits allowed for a word of this length: none below 4 letters, one up to 6, two beyond. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/**
 * The known word closest to `word` within the allowed edits, preferring fewer edits, then the more
 * frequent word; `null` when none is close enough.
 *
 * @example correctSpelling('cookei', new Map([['cooki', 9]])) // 'cooki'
 */
export function correctSpelling(word: string, known: ReadonlyMap<string, number>): string | null {
  const max = allowedEdits(word.length);
  if (max === 0 || !/^[a-z]+$/.test(word)) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  let bestFrequency = -1;
  for (const [candidate, frequency] of known) {
    if (candidate.length < 3 || (candidate[0] !== word[0] && candidate[1] !== word[1])) continue;
    // A short word with one letter changed is usually another word ("cost" is not "post"); only a
    // missing, extra or swapped letter is corrected there.
    if (word.length <= 5 && candidate.length === word.length && !isTransposition(word, candidate)) continue;
    const d = editDistance(word, candidate, Math.min(max, bestDistance));
    if (d < bestDistance || (d === bestDistance && frequency > bestFrequency)) {
      best = candidate;
      bestDistance = d;
      bestFrequency = frequency;
    }
  }
  return bestDistance <= max ? best : null;
}

/** Whether two words differ only by two neighbouring letters swapped. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}
