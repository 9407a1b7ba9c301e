import { describe, expect, it } from 'vitest';
import { analyze, analyzePhrase, normalizeText, processToken, processTokenKeepingStopWords, stem, STOP_WORDS, tokenize } from '../../src/search/index.js';

describe('normalizeText', () => {
  describe('when the text has compatibility forms', () => {
    it('returns their plain forms (NFKC)', () => {
      expect(normalizeText('Ｅ-mail')).toBe('e-mail');
      expect(normalizeText('ﬁle')).toBe('file');
      expect(normalizeText('Ⅳ')).toBe('iv');
    });
  });

  describe('when the text has capitals', () => {
    it('returns it in lower case', () => {
      expect(normalizeText('COOKIES and Cookies')).toBe('cookies and cookies');
    });
  });

  describe('when Latin letters carry diacritics', () => {
    it('returns the letters without them', () => {
      expect(normalizeText('Café naïve résumé ÀÉÎÕÜ')).toBe('cafe naive resume aeiou');
    });

    it('keeps letters of other scripts whole', () => {
      expect(normalizeText('Обработка данных')).toBe('обработка данных');
    });
  });

  describe('when the text has typographic quotes and dashes', () => {
    it('returns straight quotes and hyphens', () => {
      expect(normalizeText('‘don’t’ “cookies” a—b a–b')).toBe('\'don\'t\' "cookies" a-b a-b');
    });
  });
});

describe('tokenize', () => {
  describe('when given a question', () => {
    it('returns its words, normalised and unstemmed', () => {
      expect(tokenize('Who processes my e-mail?')).toEqual(['who', 'processes', 'my', 'e-mail']);
    });

    it('keeps inner apostrophes, hyphens and dots', () => {
      expect(tokenize('Don’t sell data; sub-processors, section 1798.83.')).toEqual(['don\'t', 'sell', 'data', 'sub-processors', 'section', '1798.83']);
    });

    it('returns words of any script', () => {
      expect(tokenize('个人数据 بيانات')).toEqual(['个人数据', 'بيانات']);
    });
  });

  describe('when the text has no words', () => {
    it('returns an empty list', () => {
      expect(tokenize('?! … 🍪 ')).toEqual([]);
      expect(tokenize('')).toEqual([]);
    });
  });
});

describe('processToken', () => {
  describe('when the token is a stop word', () => {
    it('returns no terms, whatever its case', () => {
      expect(processToken('the')).toEqual([]);
      expect(processToken('THE')).toEqual([]);
      expect(processToken("don't")).toEqual([]);
    });
  });

  describe('when the token is an inflected word', () => {
    it('returns its stem, the same for each form', () => {
      expect(['processing', 'processes', 'processed', 'process'].map(processToken)).toEqual([['process'], ['process'], ['process'], ['process']]);
      expect(processToken('cookies')).toEqual(processToken('cookie'));
      expect(processToken('deletion')).toEqual(processToken('deleted'));
      // The stemmer leaves the noun apart from the verb: "analysis" / "analyze".
      for (const form of ['analysis', 'analyses', 'analysing', 'analyzing']) expect(processToken(form)).toEqual(processToken('analyze'));
    });
  });

  describe('when the word is spelt the British way, in -ise', () => {
    it('returns the stem of its -ize spelling', () => {
      for (const [british, american] of [['organisation', 'organization'], ['authorised', 'authorized'], ['minimise', 'minimize'], ['anonymised', 'anonymized'], ['analysed', 'analyzed']]) {
        expect(processToken(british!)).toEqual(processToken(american!));
      }
    });

    it('leaves words that end in -ise in both spellings as the stemmer has them', () => {
      expect(['advertise', 'exercise', 'otherwise'].map(processToken)).toEqual([['advertis'], ['exercis'], ['otherwis']]);
    });
  });

  describe('when the token is a possessive', () => {
    it('returns the word without "\'s"', () => {
      expect(processToken("Kayako's")).toEqual(['kayako']);
    });
  });

  describe('when the token is a hyphenated compound', () => {
    it('returns the parts and the joined word, stemmed', () => {
      expect(processToken('sub-processors')).toEqual(['sub', 'processor', 'subprocessor']);
      expect(processToken('third-party')).toEqual(['third', 'parti', 'thirdparti']);
    });

    it('returns one joined term when a part is a single letter', () => {
      expect(processToken('e-mail')).toEqual(['email']);
      expect(processToken('e-mail')).toEqual(processToken('email'));
    });
  });

  describe('when the token is a dotted number', () => {
    it('returns it unchanged', () => {
      expect(processToken('1798.83')).toEqual(['1798.83']);
    });
  });

  describe('when the token is longer than 40 characters', () => {
    it('returns no terms', () => {
      expect(processToken('a'.repeat(41))).toEqual([]);
      expect(processToken('a'.repeat(40))).toHaveLength(1);
    });
  });

  describe('when the token is not Latin', () => {
    it('returns it unstemmed', () => {
      expect(processToken('данных')).toEqual(['данных']);
      expect(stem('данных')).toBe('данных');
    });
  });
});

describe('analyze', () => {
  describe('when given a question', () => {
    it('returns its content terms, stemmed, in order', () => {
      expect(analyze('Do you sell my personal data?')).toEqual(['sell', 'person', 'data']);
    });
  });

  describe('when the text is only stop words', () => {
    it('returns an empty list', () => {
      expect(analyze('the and of to')).toEqual([]);
    });
  });

  describe('when the same word is written differently', () => {
    it('returns the same terms', () => {
      const expected = analyze('cookies cafe e-mail');
      expect(analyze('ＣＯＯＫＩＥＳ Café E‑mail')).toEqual(expected);
      expect(analyze('Cookies CAFÉ e-mail')).toEqual(expected);
    });
  });
});

describe('processTokenKeepingStopWords', () => {
  describe('when the token is a stop word', () => {
    it('returns it as a term', () => {
      expect(processTokenKeepingStopWords('The')).toEqual(['the']);
      expect(processTokenKeepingStopWords("don't")).toEqual(['dont']);
    });
  });

  describe('when the token is any other word', () => {
    it('returns what processToken returns', () => {
      for (const word of ['cookies', 'sub-processors', "Kayako's", '1798.83', 'данных']) {
        expect(processTokenKeepingStopWords(word)).toEqual(processToken(word));
      }
    });
  });
});

describe('analyzePhrase', () => {
  describe('when given a phrase', () => {
    it('returns its stems with the stop words kept, in order', () => {
      expect(analyzePhrase('Who I am')).toEqual(['who', 'i', 'am']);
      expect(analyzePhrase('take me off the list')).toEqual(['take', 'me', 'off', 'the', 'list']);
    });

    it('returns the terms of analyze when there are no stop words', () => {
      expect(analyzePhrase('Credit cards processed')).toEqual(analyze('Credit cards processed'));
    });
  });
});

describe('STOP_WORDS', () => {
  describe('when read as data', () => {
    it('holds only lower-case entries without spaces', () => {
      for (const word of STOP_WORDS) expect(word).toMatch(/^[a-z']+$/);
    });

    it('keeps the words that carry privacy meaning', () => {
      for (const word of ['sell', 'share', 'delete', 'cookies', 'keep', 'children', 'track']) expect(STOP_WORDS.has(word)).toBe(false);
    });
  });

  describe('when the text writes "until" short', () => {
    it('reads "till" and "til" as "until", so phrases match either way', () => {
      expect(analyzePhrase('how long till I get it')).toEqual(analyzePhrase('how long until I get it'));
      expect(analyzePhrase('wait til then')).toEqual(analyzePhrase('wait until then'));
    });
  });
});
