import { describe, expect, it } from 'vitest';
import { makeQuote, markWords, sliceSpans, type Quote } from '../../src/answer/index.js';
import type { InlineSpan } from '../../src/corpus/index.js';
import { analyze } from '../../src/search/index.js';

const weightsOf = (question: string) => new Map(analyze(question).map((t) => [t, 1] as [string, number]));
const FILLER = 'These words are here to fill the clause and say nothing in particular.';
/** A clause of `before` filler sentences, the sentence `middle`, then `after` filler sentences. */
const clause = (before: number, middle: string, after: number) => [...Array(before).fill(FILLER), middle, ...Array(after).fill(FILLER)].join(' ');

/** Every part of the quote between gaps is text of the clause. */
function expectVerbatim(quote: Quote, text: string): void {
  for (const part of quote.text.split('…').map((p) => p.trim()).filter(Boolean)) expect(text).toContain(part);
  expect(quote.spans.map((s) => s.text).join('')).toBe(quote.text);
}

describe('makeQuote', () => {
  describe('when the clause is short', () => {
    it('returns it whole, with no gap', () => {
      const text = 'We use cookies. They remember your preferences.';
      const quote = makeQuote([{ text }], weightsOf('fee'));
      expect(quote.text).toBe(text);
      expect(quote.whole).toBe(true);
      expect(quote.spans.some((s) => s.gap)).toBe(false);
    });
  });

  describe('when a long clause is one sentence', () => {
    it('returns it whole', () => {
      const text = `We use cookies ${'and more words '.repeat(40)}at the end.`;
      expect(text.length).toBeGreaterThan(420);
      const quote = makeQuote([{ text }], weightsOf('cookies'));
      expect(quote).toMatchObject({ text, whole: true });
    });
  });

  describe('when a long clause has the answer in the middle', () => {
    const text = clause(14, 'We may charge a reasonable fee for access.', 6);
    const quote = makeQuote([{ text }], weightsOf('is there a fee?'));

    it('returns the sentence that answers, with … for what is left out', () => {
      expect(quote.whole).toBe(false);
      expect(quote.text.startsWith('… We may charge a reasonable fee for access.')).toBe(true);
      expect(quote.text.endsWith(' …')).toBe(true);
    });

    it('returns only text of the clause between the gaps', () => {
      expectVerbatim(quote, text);
    });

    it('marks the gaps and the matched words in the spans', () => {
      expect(quote.spans.filter((s) => s.gap).map((s) => s.text)).toEqual(['… ', ' …']);
      expect(quote.spans.filter((s) => s.mark).map((s) => s.text)).toEqual(['fee']);
    });
  });

  describe('when two distant sentences answer', () => {
    it('joins them with " … "', () => {
      const text = clause(0, 'Cookies remember you.', 5) + ' ' + clause(0, 'You can block cookies in your browser.', 3);
      const quote = makeQuote([{ text }], weightsOf('cookies'), { wholeUpTo: 100 });
      expect(quote.text).toContain('Cookies remember you.');
      expect(quote.text).toContain(' … You can block cookies in your browser.');
      expectVerbatim(quote, text);
    });
  });

  describe('when the clause opens with a short label before the answer', () => {
    it('keeps the label', () => {
      const spans: InlineSpan[] = [{ text: 'Right of erasure', strong: true }, { text: `. You may ask us to erase your data. ${clause(0, FILLER, 8)}` }];
      const quote = makeQuote(spans, weightsOf('erase my data'));
      expect(quote.text.startsWith('Right of erasure. You may ask us to erase your data.')).toBe(true);
      expect(quote.spans[0]).toEqual({ text: 'Right of erasure', strong: true });
    });
  });

  describe('when given quote options', () => {
    it('quotes whole up to wholeUpTo characters', () => {
      const text = clause(3, 'We may charge a fee.', 3);
      expect(makeQuote([{ text }], weightsOf('fee'), { wholeUpTo: text.length }).whole).toBe(true);
      expect(makeQuote([{ text }], weightsOf('fee'), { wholeUpTo: 50 }).whole).toBe(false);
    });

    it('keeps selected sentences within maxLength', () => {
      const text = clause(2, 'A fee applies.', 2) + ' ' + clause(0, 'The fee is small.', 2);
      const quote = makeQuote([{ text }], weightsOf('fee'), { wholeUpTo: 10, maxLength: 40 });
      expect(quote.text.replace(/…/g, '').trim().length).toBeLessThanOrEqual(60);
      expectVerbatim(quote, text);
    });
  });

  describe('when the clause is empty', () => {
    it('returns an empty whole quote', () => {
      expect(makeQuote([], weightsOf('fee'))).toEqual({ text: '', spans: [], whole: true });
    });
  });
});

describe('markWords', () => {
  describe('when words match searched terms', () => {
    it('splits them out with mark, keeping the formatting', () => {
      expect(markWords([{ text: 'We use cookies to remember you.', em: true }], weightsOf('cookie'))).toEqual([
        { text: 'We use ', em: true },
        { text: 'cookies', em: true, mark: true },
        { text: ' to remember you.', em: true },
      ]);
    });
  });

  describe('when nothing matches', () => {
    it('returns the spans unchanged', () => {
      expect(markWords([{ text: 'Nothing here.' }], weightsOf('cookie'))).toEqual([{ text: 'Nothing here.' }]);
    });
  });
});

describe('sliceSpans', () => {
  describe('when the range crosses spans', () => {
    it('returns the parts with their formatting', () => {
      expect(sliceSpans([{ text: 'abc' }, { text: 'def', strong: true }], 2, 4)).toEqual([{ text: 'c' }, { text: 'd', strong: true }]);
    });
  });
});
