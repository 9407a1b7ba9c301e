import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/corpus/index.js';

describe('findDate', () => {
  describe('when the text has a date', () => {
    it.each([
      ['This policy came into effect and was laste updated on the 19th March 2010.', '2010-03-19'],
      ['Effective date: February 1, 2024', '2024-02-01'],
      ['Updated 1 Feb 2024.', '2024-02-01'],
      ['on the 3rd of June, 2019', '2019-06-03'],
      ['version 2019-05-11', '2019-05-11'],
    ])('returns %j as %s', (text, date) => {
      expect(findDate(text)).toBe(date);
    });
  });

  describe('when the text has several dates', () => {
    it('returns the first', () => {
      expect(findDate('2019-05-11 replaces 2015-12-29')).toBe('2019-05-11');
    });

    it('skips one that is no calendar date', () => {
      expect(findDate('Updated 2024-02-30, then March 3, 2021')).toBe('2021-03-03');
    });
  });

  describe('when the text has no date', () => {
    it('returns null', () => {
      expect(findDate('We use cookies.')).toBeNull();
      expect(findDate('February 30, 2024')).toBeNull();
    });
  });
});
