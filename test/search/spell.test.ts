import { describe, expect, it } from 'vitest';
import { allowedEdits, closestWord, correctSpelling, editDistance, splitWords } from '../../src/search/index.js';

describe('editDistance', () => {
  describe('when the words are equal', () => {
    it('returns 0', () => {
      expect(editDistance('cookies', 'cookies', 2)).toBe(0);
      expect(editDistance('', '', 0)).toBe(0);
    });
  });

  describe('when one edit apart', () => {
    it.each([
      ['cookie', 'cookies', 'insertion'],
      ['cookies', 'cookie', 'deletion'],
      ['cookiez', 'cookies', 'substitution'],
      ['cookeis', 'cookies', 'transposition'],
      ['ab', 'ba', 'transposition'],
    ])('returns 1 for %s → %s (%s)', (a, b) => {
      expect(editDistance(a, b, 2)).toBe(1);
    });
  });

  describe('when several edits apart', () => {
    it('returns their number', () => {
      expect(editDistance('kitten', 'sitting', 5)).toBe(3);
      expect(editDistance('', 'abc', 5)).toBe(3);
    });
  });

  describe('when the distance exceeds max', () => {
    it('returns max + 1', () => {
      expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
      expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
    });
  });
});

describe('allowedEdits', () => {
  describe('when given a word length', () => {
    it('returns 0 below 3 letters, 1 up to 6 and 2 beyond', () => {
      expect([1, 2, 3, 4, 6, 7, 20].map(allowedEdits)).toEqual([0, 0, 1, 1, 1, 2, 2]);
    });
  });
});

describe('correctSpelling', () => {
  const known = new Map([
    ['cookies', 9],
    ['delete', 5],
    ['security', 4],
    ['shares', 1],
    ['shared', 5],
  ]);

  describe('when the word is misspelt within the allowed edits', () => {
    it.each([
      ['cookeis', 'cookies'],
      ['delte', 'delete'],
      ['securty', 'security'],
    ])('returns %s as %s', (word, expected) => {
      expect(correctSpelling(word, known)).toBe(expected);
    });
  });

  describe('when two words are as close', () => {
    it('returns the more frequent', () => {
      expect(correctSpelling('sharex', known)).toBe('shared');
    });
  });

  describe('when no word is close enough', () => {
    it('returns null', () => {
      expect(correctSpelling('weather', known)).toBeNull();
      expect(correctSpelling('cokiez', known)).toBeNull();
    });
  });

  describe('when the word is too short to correct', () => {
    it('returns null', () => {
      expect(correctSpelling('ck', new Map([['cook', 1]]))).toBeNull();
    });
  });

  describe('when a 3-letter word lacks a letter', () => {
    it('adds it, and changes no letter of it', () => {
      expect(correctSpelling('daa', new Map([['data', 5]]))).toBe('data');
      expect(correctSpelling('dta', new Map([['data', 5]]))).toBe('data');
      expect(correctSpelling('cat', new Map([['cap', 5]]))).toBeNull();
    });
  });

  describe('when only missing, extra or swapped letters may be corrected', () => {
    it('does not change a letter', () => {
      const small = new Map([['yours', 1], ['where', 1]]);
      expect(closestWord('hours', small, { substitutions: false })).toBeNull();
      expect(closestWord('whree', small, { substitutions: false })).toEqual({ word: 'where', distance: 1 });
    });
  });

  describe('when the word is not lower-case Latin', () => {
    it('returns null', () => {
      expect(correctSpelling('Cookeis', known)).toBeNull();
      expect(correctSpelling('данных', new Map([['данные', 1]]))).toBeNull();
    });
  });

  describe('when nothing is known', () => {
    it('returns null', () => {
      expect(correctSpelling('cookeis', new Map())).toBeNull();
    });
  });

  describe('when a letter of a short word is changed', () => {
    const known = new Map([['police', 2], ['cookies', 9], ['secure', 4], ['phones', 3]]);
    it('corrects a neighbouring key or a letter that sounds alike', () => {
      expect(correctSpelling('cookiws', known)).toBe('cookies');
      expect(correctSpelling('polise', known)).toBe('police');
      expect(correctSpelling('sacure', known)).toBe('secure');
    });
    it('leaves a word that another letter makes of it ("thones" is not "phones")', () => {
      expect(correctSpelling('thones', known)).toBeNull();
    });
  });
});

describe('splitWords', () => {
  const words = new Set(['my', 'data', 'on', 'me', 'choose', 'i', 'is']);
  const isWord = (w: string) => words.has(w);

  describe('when a token is two known words run together', () => {
    it('splits it, "i" allowed as the first', () => {
      expect(splitWords('mydata', isWord)).toEqual(['my', 'data']);
      expect(splitWords('onme', isWord)).toEqual(['on', 'me']);
      expect(splitWords('ichoose', isWord)).toEqual(['i', 'choose']);
    });
  });

  describe('when no split gives two known words', () => {
    it('returns null', () => {
      expect(splitWords('mydatum', isWord)).toBeNull();
      expect(splitWords('ism', isWord)).toBeNull();
      expect(splitWords('my-data', isWord)).toBeNull();
    });
  });
});
