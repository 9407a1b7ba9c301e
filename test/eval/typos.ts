// Typo robustness: the answerable questions again, each with one typing mistake put into its
// longest word, or with two in words chosen at random (a letter dropped, two letters swapped, a
// letter doubled or a neighbouring key), by a seeded generator so that every run makes the same
// mistakes.

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** A small seeded generator (a linear congruential one): the same seed, the same mistakes. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** A key next to `c` on its QWERTY row, or `c` itself when it has none. */
function neighbour(c: string, random: () => number): string {
  const row = KEY_ROWS.find((r) => r.includes(c));
  if (!row) return c;
  const at = row.indexOf(c);
  const options = [row[at - 1], row[at + 1]].filter((x): x is string => Boolean(x));
  return options[Math.floor(random() * options.length)] ?? c;
}

/** One typing mistake inside a word (never its first or last letter). */
export function misspell(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return word.slice(0, i) + neighbour(word[i]!, random) + word.slice(i + 1);
  }
}

/**
 * The question with a mistake in its longest word of at least 5 letters, or `null` when it has
 * none that long.
 */
export function withTypo(question: string, random: () => number): string | null {
  const words = question.match(/[a-z]{5,}/gi);
  if (!words) return null;
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return question.replace(longest, misspell(longest.toLowerCase(), random));
}

/** The question with a mistake in each of two words of at least 4 letters chosen at random, or `null`. */
export function withTwoTypos(question: string, random: () => number): string | null {
  const words = [...new Set(question.match(/[a-z]{4,}/gi) ?? [])];
  if (words.length < 2) return null;
  let out = question;
  for (let k = 0; k < 2; k++) {
    const word = words.splice(Math.floor(random() * words.length), 1)[0]!;
    out = out.replace(word, misspell(word.toLowerCase(), random));
  }
  return out;
}

/** Typo variants of questions (one mistake in the longest word, or two anywhere), the same every run. */
export function typoVariants<T extends { q: string }>(questions: readonly T[], mistakes: 1 | 2 = 1, seed = 7): Array<{ original: T; q: string }> {
  const random = generator(seed);
  const out: Array<{ original: T; q: string }> = [];
  for (const original of questions) {
    const q = mistakes === 1 ? withTypo(original.q, random) : withTwoTypos(original.q, random);
    if (q) out.push({ original, q });
  }
  return out;
}
