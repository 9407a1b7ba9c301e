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

/** Edits allowed for a word of this length: one up to 6 letters (a 3-letter word only gains one), two beyond. */
export function allowedEdits(length: number): number {
  return length < 3 ? 0 : length < 7 ? 1 : 2;
}

/** A correction: the known word and how many edits away it is. */
export interface Correction {
  word: string;
  distance: number;
}

/**
 * The known word closest to `word` within the allowed edits, preferring fewer edits, then the more
 * frequent word; `null` when none is close enough. With `substitutions: false` only a missing, extra
 * or swapped letter is corrected.
 *
 * @example closestWord('cookei', new Map([['cooki', 9]])) // { word: 'cooki', distance: 1 }
 */
export function closestWord(word: string, known: ReadonlyMap<string, number>, options: { substitutions?: boolean } = {}): Correction | null {
  const substitutions = options.substitutions ?? true;
  const max = allowedEdits(word.length);
  if (max === 0 || !/^[a-z]+$/.test(word)) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  let bestFrequency = -1;
  // A typo of a short word swaps a key for its neighbour ("cookiws", "dsta") or a letter for one
  // that sounds alike ("polise", "sacure"); any other letter changed makes another word ("cost" is
  // not "post").
  const substitution = !substitutions ? NO_SUBSTITUTION : word.length <= SHORT_WORD ? keySubstitution : undefined;
  for (const [candidate, frequency] of known) {
    if (candidate.length < 3 || (candidate[0] !== word[0] && candidate[1] !== word[1])) continue;
    // A 3-letter word is corrected only by the letter it lacks ("daa" is "data", "wht" is "what").
    if (word.length === 3 && candidate.length !== 4) continue;
    const d = editDistance(word, candidate, Math.min(max, bestDistance), substitution);
    if (d < bestDistance || (d === bestDistance && frequency > bestFrequency)) {
      best = candidate;
      bestDistance = d;
      bestFrequency = frequency;
    }
  }
  return best !== null && bestDistance <= max ? { word: best, distance: bestDistance } : null;
}

/**
 * The known word closest to `word` within the allowed edits (see `closestWord`), or `null`.
 *
 * @example correctSpelling('cookei', new Map([['cooki', 9]])) // 'cooki'
 */
export function correctSpelling(word: string, known: ReadonlyMap<string, number>): string | null {
  return closestWord(word, known)?.word ?? null;
}

/**
 * A word typed as two run together, split where both halves are known words of at least two
 * letters (or "i"), the most even split first ("mydata" → "my data"); `null` when there is none.
 */
export function splitWords(token: string, isWord: (word: string) => boolean): [string, string] | null {
  if (token.length < 4 || !/^[a-z]+$/.test(token)) return null;
  let best: [string, string] | null = null;
  for (let i = 1; i <= token.length - 2; i++) {
    const left = token.slice(0, i);
    const right = token.slice(i);
    // "i" is the one word of one letter a question starts a run-together pair with ("ichoose").
    if ((left.length === 1 && left !== 'i') || !isWord(left) || !isWord(right)) continue;
    if (!best || Math.min(left.length, right.length) > Math.min(best[0].length, best[1].length)) best = [left, right];
  }
  return best;
}

/** A changed letter costs more than any correction allows: only missing, extra or swapped ones. */
const NO_SUBSTITUTION = () => 3;

/** Words up to this long are corrected by a neighbouring key only, when a letter is changed. */
const SHORT_WORD = 6;

/** The letter rows of a QWERTY keyboard, top to bottom. */
export const KEYBOARD_ROWS: readonly string[] = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Where each letter sits: its row, and its column shifted half a key per row as the keys are. */
const KEY_POSITION: ReadonlyMap<string, { row: number; col: number }> = new Map(
  KEYBOARD_ROWS.flatMap((keys, row) => [...keys].map((c, i) => [c, { row, col: i + row * 0.5 }] as const)),
);

/** Letters people write for one another by sound: vowels ("sacure", "privicy") and some consonants ("polise"). */
const SOUND_ALIKE = ['aeiouy', 'sc', 'sz', 'ck', 'gj', 'fv'];

/**
 * Cost of typing `y` for `x`: 1 for a neighbouring key on a QWERTY keyboard or a letter that sounds
 * alike, else 2.
 */
function keySubstitution(x: string, y: string): number {
  if (SOUND_ALIKE.some((pair) => pair.includes(x) && pair.includes(y))) return 1;
  const p = KEY_POSITION.get(x);
  const q = KEY_POSITION.get(y);
  if (!p || !q) return 2;
  return Math.abs(p.row - q.row) <= 1 && Math.abs(p.col - q.col) <= 1 ? 1 : 2;
}
