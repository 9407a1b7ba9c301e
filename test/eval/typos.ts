// Typo robustness: the answerable questions again, each with one typing mistake put into its
// longest word (a letter dropped, two letters swapped, a letter doubled or a neighbouring key),
// chosen by a seeded generator so that every run makes the same mistakes.

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

/** Typo variants of questions, the same every run. */
export function typoVariants<T extends { q: string }>(questions: readonly T[], seed = 7): Array<{ original: T; q: string }> {
  const random = generator(seed);
  const out: Array<{ original: T; q: string }> = [];
  for (const original of questions) {
    const q = withTypo(original.q, random);
    if (q) out.push({ original, q });
  }
  return out;
}
