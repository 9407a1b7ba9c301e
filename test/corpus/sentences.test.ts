import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/index.js';

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  describe('when the text has several sentences', () => {
    it('returns each without the space between them', () => {
      expect(sentences('Cookies. We use them for login. Done.')).toEqual(['Cookies.', 'We use them for login.', 'Done.']);
    });

    it('splits at question and exclamation marks', () => {
      expect(sentences('Is it safe? Yes! We think so.')).toEqual(['Is it safe?', 'Yes!', 'We think so.']);
    });

    it('keeps closing quotes and brackets with their sentence', () => {
      expect(sentences('We say “yes.” (We mean it.) "Really." Next.')).toEqual(['We say “yes.”', '(We mean it.)', '"Really."', 'Next.']);
    });

    it('returns ranges that cover the text but the spaces between sentences', () => {
      const text = 'One. Two? Three! Four';
      expect(sentences(text).join(' ')).toBe(text);
    });
  });

  describe('when a full stop ends an abbreviation', () => {
    it.each([
      ['We use them, e.g. for login. Done.', ['We use them, e.g. for login.', 'Done.']],
      ['Small files, i.e. cookies. They expire.', ['Small files, i.e. cookies.', 'They expire.']],
      ['Acme Inc. and Beta Ltd. share it. Fine.', ['Acme Inc. and Beta Ltd. share it.', 'Fine.']],
      ['Dr. Smith agrees. Mr. Jones too.', ['Dr. Smith agrees.', 'Mr. Jones too.']],
      ['J. R. R. Tolkien wrote it. Fine.', ['J. R. R. Tolkien wrote it.', 'Fine.']],
    ])('does not split %j', (text, expected) => {
      expect(sentences(text)).toEqual(expected);
    });
  });

  describe('when a dot is inside a number', () => {
    it('does not split', () => {
      expect(sentences('Section 1798.83 permits it. Version 2.5 too.')).toEqual(['Section 1798.83 permits it.', 'Version 2.5 too.']);
    });
  });

  describe('when the next word is lower case', () => {
    it('does not split', () => {
      expect(sentences('first part. second part. Third.')).toEqual(['first part. second part.', 'Third.']);
    });
  });

  describe('when the text has no closing punctuation', () => {
    it('returns it whole', () => {
      expect(sentences('One sentence without a stop')).toEqual(['One sentence without a stop']);
    });
  });

  describe('when the text is blank', () => {
    it('returns no sentence', () => {
      expect(splitSentences('')).toEqual([]);
      expect(splitSentences('   ')).toEqual([]);
    });
  });
});
