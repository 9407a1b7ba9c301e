/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition, so "cookeis" is one
 * edit from "cookies"), giving up once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number, substitution: (x: string, y: string) => number = () => 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : substitution(a[i - 1]!, b[j - 1]!);
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
    // A typo of a short word swaps a key for its neighbour ("cookiws") or a letter for one that
    // sounds alike ("polise", "sacure"); any other letter changed makes another word ("cost" is
    // not "post").
    const d = editDistance(word, candidate, Math.min(max, bestDistance), word.length <= SHORT_WORD ? keySubstitution : undefined);
    if (d < bestDistance || (d === bestDistance && frequency > bestFrequency)) {
      best = candidate;
      bestDistance = d;
      bestFrequency = frequency;
    }
  }
  return bestDistance <= max ? best : null;
}

/** Words up to this long are corrected by a neighbouring key only, when a letter is changed. */
const SHORT_WORD = 6;

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Letters people write for one another by sound: vowels ("sacure", "privicy") and some consonants ("polise"). */
const SOUND_ALIKE = ['aeiouy', 'sc', 'sz', 'ck', 'gj', 'fv'];

/**
 * Cost of typing `y` for `x`: 1 for a neighbouring key on a QWERTY keyboard or a consonant that
 * sounds alike, else 2.
 */
function keySubstitution(x: string, y: string): number {
  if (SOUND_ALIKE.some((pair) => pair.includes(x) && pair.includes(y))) return 1;
  const at = (c: string) => {
    const row = KEYBOARD.findIndex((r) => r.includes(c));
    return row < 0 ? null : { row, col: KEYBOARD[row]!.indexOf(c) + row * 0.5 };
  };
  const p = at(x);
  const q = at(y);
  if (!p || !q) return 2;
  return Math.abs(p.row - q.row) <= 1 && Math.abs(p.col - q.col) <= 1 ? 1 : 2;
}

/** Whether two words differ only by two neighbouring letters swapped. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}
