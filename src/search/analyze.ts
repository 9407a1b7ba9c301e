import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stop-words.js';

/** Words of any script, with inner hyphens, apostrophes and dots (`e-mail`, `don't`, `1798.83`). */
const WORD = /[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*/gu;
const LATIN = /^[a-z]+$/;
/** Longest token kept: longer runs are not words (hashes, base64) and would only bloat the index. */
const MAX_TOKEN = 40;

/**
 * Normalises text for matching: Unicode compatibility forms (NFKC), lower case, Latin diacritics
 * removed, typographic quotes and dashes made plain.
 *
 * @example normalizeText('Café “Cookies” — Ｅ-mail') // 'cafe "cookies" - e-mail'
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/([a-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/**
 * Splits text into word tokens, normalised but not yet stemmed. Used by MiniSearch as `tokenize`.
 *
 * @example tokenize('Who processes my e-mail?') // ['who', 'processes', 'my', 'e-mail']
 */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

/**
 * Irregular forms the Porter stemmer leaves apart from their base word, so that "child" finds
 * "children", "sold" finds "sell" and "bankrupt" finds "bankruptcy".
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  children: 'child', kept: 'keep', sold: 'sell', held: 'hold', gave: 'give', given: 'give',
  took: 'take', taken: 'take', sent: 'send', told: 'tell', made: 'make', stolen: 'steal', stole: 'steal',
  bankruptcy: 'bankrupt', bankruptcies: 'bankrupt', till: 'until', til: 'until', people: 'person', persons: 'person',
  analytics: 'analytic', analysis: 'analyze', analyses: 'analyze', ads: 'ad', emails: 'email', 'e-mails': 'email', 'e-mail': 'email',
};

/**
 * British spellings of verbs in -ise, written as the stemmer knows them (-ize): "organisation"
 * finds "organization", "authorised" finds "authorized". Only these stems: "advertise",
 * "exercise" and "otherwise" end in -ise too.
 */
const BRITISH_ISE = /^(organ|author|minim|recogn|anonym|pseudonym|optim|standard|util|central|local|normal|final|real|categor|priorit|summar|special|apolog|maxim|character|legal|monet|digit|familiar|visual|harmon|individual|emphas|memor|synchron|capital)is(e|es|ed|ing|ation|ations|er|ers)$/;

/** Stems a single normalised word; words outside the Latin alphabet are kept as they are. */
export function stem(word: string): string {
  const base = IRREGULAR[word] ?? word.replace(BRITISH_ISE, '$1iz$2').replace(/^analys(e|es|ed|ing)$/, 'analyz$1');
  return LATIN.test(base) ? stemmer(base) : base;
}

/**
 * Turns one token into index terms: stop words are dropped, possessives cut, compounds indexed
 * both as parts and joined (`sub-processors` → `sub`, `processor`, `subprocessor`), and each
 * word stemmed. Used by MiniSearch as `processTerm`, so index and query always agree.
 *
 * @example processToken('sub-processors') // ['sub', 'processor', 'subprocessor']
 */
export function processToken(token: string): string[] {
  // Answering quotes and marks the same policy words again and again: remember their terms.
  const cached = TOKEN_CACHE.get(token);
  if (cached) return cached;
  const terms = processWord(token, true);
  if (TOKEN_CACHE.size >= MAX_CACHED_TOKENS) TOKEN_CACHE.clear();
  TOKEN_CACHE.set(token, terms);
  return terms;
}

/** Terms of tokens seen before, bounded so that arbitrary input cannot grow it without end. */
const TOKEN_CACHE = new Map<string, string[]>();
const MAX_CACHED_TOKENS = 20_000;

/**
 * Like `processToken` but keeps stop words, for matching vocabulary phrases word for word
 * ("take me off" must not match a bare "take").
 */
export function processTokenKeepingStopWords(token: string): string[] {
  return processWord(token, false);
}

function processWord(token: string, dropStopWords: boolean): string[] {
  const STOP: ReadonlySet<string> = dropStopWords ? STOP_WORDS : NONE;
  let word = normalizeText(token);
  if (word.length > MAX_TOKEN || STOP.has(word)) return [];
  word = word.replace(/'s$/, '').replace(/'/g, '');
  if (/^\d+(?:\.\d+)+$/.test(word)) return [word];
  const parts = word.split(/[-.]/).filter((p) => p.length > 1 || /\d/.test(p));
  if (parts.length <= 1) return STOP.has(word) || !word ? [] : [stem(word.replace(/[-.]/g, ''))];
  const terms = parts.filter((p) => !STOP.has(p)).map(stem);
  terms.push(stem(parts.join('')));
  return [...new Set(terms)];
}

const NONE: ReadonlySet<string> = new Set();

/** Analyses text into stems with its stop words kept, for matching phrases word for word. */
export function analyzePhrase(text: string): string[] {
  return tokenize(text).flatMap(processTokenKeepingStopWords);
}

/**
 * Analyses text into the terms the index holds: tokenize, then process each token.
 *
 * @example analyze('Do you sell my personal data?') // ['sell', 'person', 'data']
 */
export function analyze(text: string): string[] {
  return tokenize(text).flatMap(processToken);
}
