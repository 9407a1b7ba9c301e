import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spansText } from '../../src/corpus/index.js';
import { readCorpus } from '../../src/node/index.js';
import {
  analyzePhrase,
  buildIndex,
  COMPILED_VOCABULARY,
  CONCEPTS,
  conceptsNamedIn,
  findConcepts,
  loadVocabulary,
  packVocabulary,
  STORED_VOCABULARY,
  VOCABULARY,
  type ConceptMatch,
  type IndexedVocabulary,
} from '../../src/search/index.js';
import { namesConcept } from '../../src/compare/index.js';
import { GITHUB_CORPUS, HAS_GITHUB_CORPUS } from '../github-corpus.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// GitHub's statement lives next to the project (../shared); without it, only Kayako's texts are matched.
const INDEXES = [buildIndex(readCorpus(`${ROOT}corpus`)), ...(HAS_GITHUB_CORPUS ? [buildIndex(readCorpus(GITHUB_CORPUS))] : [])];

/** Texts to match: every clause and heading of both corpora, the eval questions and every vocabulary phrase. */
const TEXTS = [
  ...INDEXES.flatMap((index) => [
    ...index.clauses.map((c) => spansText(c.spans)),
    ...index.sections.map((s) => s.path.join(' ')),
  ]),
  ...readFileSync(`${ROOT}test/eval/questions.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { q: string }).q),
  ...VOCABULARY.flatMap((c) => [...c.ask, ...c.says]),
  ...VOCABULARY.flatMap((c) => c.ask.map((a) => `can you tell me whether ${a} is ok with all my data`)),
];

const plain = (matches: ConceptMatch[]) => matches.map((m) => ({ ...m, concept: { ...m.concept } }));
const withoutSays = (matches: ConceptMatch[]) =>
  matches.map((m) => ({ ...m, concept: { id: m.concept.id, category: m.concept.category, expansion: m.concept.expansion } }));

describe('packVocabulary', () => {
  const loaded = loadVocabulary(JSON.parse(JSON.stringify(STORED_VOCABULARY)) as IndexedVocabulary);

  describe('when the stored vocabulary table is loaded', () => {
    it('finds the same concepts as the table in every text', () => {
      for (const text of TEXTS) {
        const terms = analyzePhrase(text);
        expect(plain(loaded.findConcepts(terms)), text).toEqual(withoutSays(findConcepts(terms)));
      }
    });

    it('has the same concepts, terms and words', () => {
      expect(loaded.concepts).toEqual(CONCEPTS.map(({ id, category, expansion }) => ({ id, category, expansion })));
      expect([...loaded.terms].sort()).toEqual([...COMPILED_VOCABULARY.terms].sort());
      expect(loaded.words).toEqual(COMPILED_VOCABULARY.words);
    });

    it('is made once per stored vocabulary', () => {
      expect(loadVocabulary(STORED_VOCABULARY)).toBe(loadVocabulary(STORED_VOCABULARY));
    });
  });

  describe('when given a small table', () => {
    const phrase = (words: string[], names = true, loose = false) => ({ words, names, loose });
    const table = [
      {
        id: 'kids',
        category: 'specific-audiences' as const,
        ask: [phrase(['children']), phrase(['children']), phrase(['opt-out', 'privacy'], true, true), phrase(['take', 'me', 'off'])],
        says: [phrase(['cookies', 'of', 'children'], true, false), phrase(['me'], false)],
      },
    ];

    it('stores the phrases as written, each once, and how their words analyse', () => {
      expect(packVocabulary(table)).toEqual({
        concepts: [{ id: 'kids', category: 'specific-audiences', ask: 'children|opt-out privacy|take me off', says: '=cookies of children|!me' }],
        // children → child; opt-out → opt, optout (out is a stop word); privacy → privaci; take;
        // me, of (stop words); off (a stop word); cookies → cooki.
        analysis: '3 >opt+optout/opt+out+optout 1i 0 !0 !0 2 !0',
      });
    });

    it('loads as the table compiles', () => {
      const vocabulary = loadVocabulary(packVocabulary(table));
      expect(vocabulary.concepts).toEqual([{ id: 'kids', category: 'specific-audiences', expansion: ['cooki', 'child'] }]);
      expect(vocabulary.phrases.map((p) => [p.terms.join(' '), p.policyWording, p.loose])).toEqual([
        ['opt optout privaci', false, true],
        ['take me off', false, false],
        ['cooki of child', true, false],
        ['child', false, false],
      ]);
      expect([...vocabulary.terms].sort()).toEqual(['child', 'cooki', 'opt', 'optout', 'privaci', 'take']);
      expect(vocabulary.words).toEqual(['children', 'opt-out', 'privacy', 'take', 'cookies']);
    });
  });

  describe('when a word cannot be stored', () => {
    it('throws with what is wrong', () => {
      const table = [{ id: 'x', category: 'other' as const, ask: [{ words: ['a b'], names: true, loose: false }], says: [] }];
      expect(() => packVocabulary(table)).toThrow(
        'policy-assistant: vocabulary word "a b" or its terms have a space, "|", "+" or "/"; it cannot be stored in an index',
      );
    });
  });
});

describe('conceptsNamedIn', () => {
  it('names the concepts namesConcept finds, for every clause', () => {
    for (const index of INDEXES) {
      for (const clause of index.clauses) {
        const terms = analyzePhrase(spansText(clause.spans));
        expect(clause.concepts).toEqual(conceptsNamedIn(terms));
        expect(clause.concepts).toEqual(CONCEPTS.filter((c) => namesConcept(terms, c.id)).map((c) => c.id));
      }
    }
  });
});
