import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spansText } from '../../src/corpus/index.js';
import { readCorpus } from '../../src/node/index.js';
import {
  analyzePhrase,
  buildIndex,
  COMPILED_VOCABULARY,
  CompiledVocabulary,
  CONCEPTS,
  conceptsNamedIn,
  findConcepts,
  loadVocabulary,
  packVocabulary,
  VOCABULARY,
  type ConceptMatch,
} from '../../src/search/index.js';
import { namesConcept } from '../../src/compare/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GITHUB = fileURLToPath(new URL('../../../shared/corpora/github/', import.meta.url));
const INDEXES = [buildIndex(readCorpus(`${ROOT}corpus`)), buildIndex(readCorpus(GITHUB))];

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
  const loaded = loadVocabulary(JSON.parse(JSON.stringify(packVocabulary(COMPILED_VOCABULARY))));

  describe('when the stored vocabulary is loaded', () => {
    it('finds the same concepts as the vocabulary table in every text', () => {
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
      const stored = packVocabulary(COMPILED_VOCABULARY);
      expect(loadVocabulary(stored)).toBe(loadVocabulary(stored));
    });
  });

  describe('when the table has phrases that analyse the same', () => {
    it('stores each once', () => {
      const stored = packVocabulary(COMPILED_VOCABULARY);
      const payment = stored.concepts.find((c) => c.id === 'payment')!;
      expect(payment.ask.split('|').filter((p) => p === 'credit card')).toEqual(['credit card']);
    });
  });

  describe('when a term cannot be stored', () => {
    it('throws with what is wrong', () => {
      const concept = { id: 'x', category: 'other' as const, expansion: [] };
      const vocabulary = new CompiledVocabulary([concept], [{ terms: ['a|b'], concept, policyWording: false, loose: false }], new Set(), []);
      expect(() => packVocabulary(vocabulary)).toThrow(
        'policy-assistant: vocabulary term "a|b" is empty or has a space, "=" or "|"; it cannot be stored in an index',
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
