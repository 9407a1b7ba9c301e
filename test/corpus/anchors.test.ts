import { describe, expect, it } from 'vitest';
import { clauseAnchor, sectionAnchor, slugify, versionAnchor } from '../../src/corpus/index.js';

describe('slugify', () => {
  describe('when given a heading', () => {
    it('returns lower-case words joined by dashes', () => {
      expect(slugify('Credit card information')).toBe('credit-card-information');
      expect(slugify('Legal Basis for Processing your Personal data (EEA only)')).toBe('legal-basis-for-processing-your-personal-data-eea-only');
    });

    it('drops diacritics and punctuation', () => {
      expect(slugify('Café & Crème — Déjà vu')).toBe('cafe-creme-deja-vu');
      expect(slugify('Children’s Privacy')).toBe('children-s-privacy');
      expect(slugify('  --Hello--  ')).toBe('hello');
    });

    it('keeps letters of other scripts', () => {
      expect(slugify('Обработка данных')).toBe('обработка-данных');
    });
  });

  describe('when the heading is long', () => {
    it('returns at most 60 characters without a trailing dash', () => {
      expect(slugify('x'.repeat(100))).toHaveLength(60);
      const cut = slugify('a '.repeat(40));
      expect(cut.length).toBeLessThanOrEqual(60);
      expect(cut.endsWith('-')).toBe(false);
    });
  });

  describe('when the heading has no letters or digits', () => {
    it('returns an empty string', () => {
      expect(slugify('🍪 — ***')).toBe('');
    });
  });
});

describe('versionAnchor', () => {
  describe('when given a policy and a version', () => {
    it('returns them joined by a dash', () => {
      expect(versionAnchor('kayako-privacy', '2019-05-11')).toBe('kayako-privacy-2019-05-11');
    });
  });
});

describe('sectionAnchor', () => {
  describe('when given a version id and a key', () => {
    it('returns them joined by two dashes', () => {
      expect(sectionAnchor('kayako-privacy-2019-05-11', '3')).toBe('kayako-privacy-2019-05-11--3');
    });
  });
});

describe('clauseAnchor', () => {
  describe('when given a section anchor and a 0-based index', () => {
    it('returns a 1-based paragraph anchor', () => {
      expect(clauseAnchor('kayako-privacy-2019-05-11--3', 1)).toBe('kayako-privacy-2019-05-11--3--p2');
    });
  });
});
