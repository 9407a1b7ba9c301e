import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion, type Answer, type AnswerNote } from '../../src/answer/index.js';
import { buildCorpus, CorpusError, parsePolicy, type PolicyVersion } from '../../src/corpus/index.js';
import { readCorpus } from '../../src/node/index.js';
import { buildIndex, PolicySearch } from '../../src/search/index.js';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
/** Generous: catches a hang or a runaway regular expression, not a slow answer. */
const LIMIT_MS = 1000;
const NOTES: ReadonlyArray<AnswerNote | null> = [null, 'older-version-only', 'named-version', 'named-version-missing', 'not-in-policy', 'empty-question'];

const HOSTILE = [
  '',
  ' ',
  'x'.repeat(10_000),
  'cookies '.repeat(1_250),
  '🍪🔒👶🏽‍👧 do you sell my data? 🤔'.repeat(50),
  'هل تبيعون بياناتي الشخصية؟',
  'האם אתם מוכרים את המידע שלי?',
  '\u202ecookies\u202c \u200f\u200e\u2066data\u2069',
  '\u0000\u0001\u0007\u0008\u001b[31mdelete\u001b[0m\u007f\u0085\u00a0\u200b\ufeff',
  '<img src=x onerror=alert(1)>',
  '<script>alert("cookies")</script>',
  '"><svg onload=alert(1)>',
  '.*+?^${}()|[]\\/',
  '(a+)+$ (.*a){20} \\1 [^] (?<x>y)',
  '%s%n%x {{q}} ${q} `q`',
  '\ud800',
  'cookies \udfff data \ud83d',
  '\ud83c\udf6a'.repeat(300),
  'Ｃｏｏｋｉｅｓ？ ＤＥＬＥＴＥ ｍｙ ｄａｔａ',
  'é'.normalize('NFD').repeat(2_000),
  '\n\n\t\r\n',
  '2015 2019 old current 1999',
];
const WORDS = ['cookies', 'delete', 'my', 'data', 'who', 'sell', 'how', 'long', 'keep', 'kid', 'card', 'old', '2015', 'the', 'policy', '?', 'cookeis', 'GDPR', 'track', 'é'];
const METACHARACTERS = ['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '/', '-', 'a', ' '];

const loneSurrogates = fc.array(fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), { maxLength: 20 }).map((a) => a.join(''));
const longRepeat = fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 10_000 })).map(([s, n]) => s.repeat(n).slice(0, 10_000));
const wordSalad = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 12 }).map((w) => w.join(' '));

/** Any string a visitor could send: empty, huge, emoji, right-to-left, control characters, HTML, lone surrogates. */
const anyQuestion = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: fc.constantFrom(...METACHARACTERS), maxLength: 60 }),
  loneSurrogates,
  longRepeat,
  wordSalad,
);

const kayako = new PolicySearch(buildIndex(readCorpus(CORPUS)));
const clauseText = new Map(kayako.index.clauses.map((c, i) => [c.anchor, kayako.texts[i]!]));

/** Asserts the shape of an answer and that its quotes are text of the clauses they cite. */
function expectWellFormed(answer: Answer, question: string): void {
  expect(typeof answer.answered).toBe('boolean');
  expect(answer.question).toBe(question);
  expect(Array.isArray(answer.citations)).toBe(true);
  expect(Array.isArray(answer.suggestions)).toBe(true);
  expect(Array.isArray(answer.corrections)).toBe(true);
  expect(NOTES).toContain(answer.note);
  expect(answer.citations.length > 0).toBe(answer.answered);
  if (!answer.answered) expect(answer.suggestions.length).toBeGreaterThan(0);
  for (const citation of answer.citations) {
    expect(typeof citation.quote).toBe('string');
    expect(citation.quote.trim()).not.toBe('');
    const text = clauseText.get(citation.clause);
    expect(text).toBeDefined();
    for (const part of citation.quote.split('…').map((p) => p.trim()).filter(Boolean)) expect(text).toContain(part);
  }
  expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
}

function timedAnswer(question: string): { answer: Answer; ms: number } {
  const start = performance.now();
  const answer = answerQuestion(kayako, question);
  return { answer, ms: performance.now() - start };
}

describe('answerQuestion', () => {
  describe('when given any string', () => {
    it(`returns a well-formed answer with verbatim quotes, without throwing, within ${LIMIT_MS} ms`, () => {
      for (const question of HOSTILE.slice(0, 5)) answerQuestion(kayako, question);
      fc.assert(
        fc.property(anyQuestion, (question) => {
          const { answer, ms } = timedAnswer(question);
          expectWellFormed(answer, question);
          expect(ms).toBeLessThan(LIMIT_MS);
        }),
        { numRuns: 400 },
      );
    });
  });

  describe('when given policy words mixed with hostile characters', () => {
    it(`returns well-formed answers, some answered, with verbatim quotes, within ${LIMIT_MS} ms`, () => {
      const pieces = fc.constantFrom(...WORDS, 'you', 'do', 'share', 'children', 'access', 'secure', '🍪', '\u202e', '\u0000', '<b>', '(a+)+$', '\ud800', 'شارك', '…');
      let answered = 0;
      fc.assert(
        fc.property(fc.array(pieces, { minLength: 1, maxLength: 10 }).map((w) => w.join(' ')), (question) => {
          const { answer, ms } = timedAnswer(question);
          expectWellFormed(answer, question);
          expect(ms).toBeLessThan(LIMIT_MS);
          if (answer.answered) answered++;
        }),
        { numRuns: 300 },
      );
      expect(answered).toBeGreaterThan(30);
    });
  });

  describe.each(HOSTILE.map((q) => [JSON.stringify(q.slice(0, 40)), q] as const))('when given %s', (_, question) => {
    it(`returns a well-formed answer within ${LIMIT_MS} ms`, () => {
      const { answer, ms } = timedAnswer(question);
      expectWellFormed(answer, question);
      expect(ms).toBeLessThan(LIMIT_MS);
    });
  });

  describe('when given a value that is not a string', () => {
    it('returns answered: false with note empty-question', () => {
      fc.assert(
        fc.property(
          fc.anything().filter((v) => typeof v !== 'string'),
          (value) => {
            const answer = answerQuestion(kayako, value as string);
            expect(answer).toMatchObject({ question: '', answered: false, citations: [], note: 'empty-question' });
          },
        ),
        { numRuns: 50 },
      );
    });
  });
});

const LINE_STARTS = ['', '', '', '# ', '## ', '### ', '#### ', '#', '- ', '  - ', '* ', '1. ', '> ', '    ', '**', '<!-- ', '| '];
const LINES = ['---', '...', '', '***', '```', '| a | b |', '|---|---|', '<!-- note -->', '<div>', '</div>', 'id: acme', 'version: 2024-01-01', 'version: soon', 'title: [', 'effective: 2010-03-19', '## Intro', '## 1. Cookies', '## 1. Sharing', 'Effective date: February 1, 2024', '> archived on 2015-12-29', '[x](javascript:alert(1))', '[y](/relative)'];
const markdownLine = fc.oneof(
  fc.constantFrom(...LINES),
  fc.tuple(fc.constantFrom(...LINE_STARTS), fc.string({ unit: 'grapheme-ascii', maxLength: 30 })).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom(...LINE_STARTS), fc.string({ unit: 'grapheme', maxLength: 12 })).map(([a, b]) => a + b),
);
const markdownish = fc.array(markdownLine, { maxLength: 40 }).map((lines) => lines.join('\n'));
const policyPath = fc.constantFrom('corpus/acme-privacy-2024-01-01.md', 'corpus/acme.md', 'corpus/Privacy Policy.markdown', 'x/ünïcødé_2019-05-11.md');

const anchorsOf = (version: PolicyVersion) => version.sections.flatMap((s) => [s.anchor, ...s.clauses.map((c) => c.anchor)]);

describe('parsePolicy', () => {
  describe('when given Markdown-ish text', () => {
    it('returns a version with unique anchors or throws a CorpusError, never another error', () => {
      fc.assert(
        fc.property(policyPath, markdownish, (path, text) => {
          let version: PolicyVersion;
          try {
            version = parsePolicy({ path, text });
          } catch (error) {
            expect(error).toBeInstanceOf(CorpusError);
            expect((error as CorpusError).message.startsWith(`policy-assistant: ${path}`)).toBe(true);
            return;
          }
          expect(version.version).toMatch(/^(\d{4}-\d{2}-\d{2}|current)$/);
          const anchors = anchorsOf(version);
          expect(new Set(anchors).size).toBe(anchors.length);
          for (const section of version.sections) {
            for (const clause of section.clauses) {
              expect(clause.anchor.startsWith(`${section.anchor}--p`)).toBe(true);
              expect(clause.text.trim()).not.toBe('');
            }
          }
        }),
        { numRuns: 500 },
      );
    });

    it('returns a version that indexes and answers without throwing', () => {
      fc.assert(
        fc.property(markdownish, fc.constantFrom('do you use cookies?', 'asdfgh', ''), (text, question) => {
          let version: PolicyVersion;
          try {
            version = parsePolicy({ path: 'corpus/acme-privacy-2024-01-01.md', text });
          } catch {
            return;
          }
          const search = new PolicySearch(buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text }])));
          expect(search.index.versions[0]!.id).toBe(version.id);
          const answer = answerQuestion(search, question);
          expect(typeof answer.answered).toBe('boolean');
        }),
        { numRuns: 100 },
      );
    });
  });
});
