// Typo robustness: the answerable questions again, each with one typing mistake put into its
// longest word, with two in words chosen at random (a letter dropped, two letters swapped, a letter
// doubled or a neighbouring key), or with two neighbouring words run together, by a seeded
// generator so that every run makes the same mistakes.
import { KEYBOARD_ROWS } from '../../src/search/spell.js';

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
  const row = KEYBOARD_ROWS.find((r) => r.includes(c));
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

/** The question with two neighbouring words typed without the space between them, or `null`. */
export function withRunTogether(question: string, random: () => number): string | null {
  const words = question.split(' ');
  if (words.length < 3) return null;
  const i = Math.floor(random() * (words.length - 1));
  return [...words.slice(0, i), words[i]! + words[i + 1]!, ...words.slice(i + 2)].join(' ');
}

/** What a variant gets wrong: one typo in the longest word, two typos anywhere, or a missing space. */
export type TypoKind = 'one' | 'two' | 'space';

/** Typo variants of questions, the same every run. */
export function typoVariants<T extends { q: string }>(questions: readonly T[], kind: TypoKind = 'one', seed = 7): Array<{ original: T; q: string }> {
  const random = generator(seed);
  const out: Array<{ original: T; q: string }> = [];
  const make = kind === 'one' ? withTypo : kind === 'two' ? withTwoTypos : withRunTogether;
  for (const original of questions) {
    const q = make(original.q, random);
    if (q) out.push({ original, q });
  }
  return out;
}
