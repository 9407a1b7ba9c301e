import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/index.js';
import { analyze, buildIndex, PolicySearch, type PolicyIndex } from '../../src/search/index.js';

const ACME =
  '# Acme Privacy\n\n## Cookies\n\nWe use cookies to remember your preferences.\n\n## Payments\n\nYour card is processed by our payment vendors.\n\n## Children\n\nWe do not collect data from anyone under the age of 13.\n';

const acmeIndex = () => buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: ACME }]));

describe('PolicySearch', () => {
  describe('when given something that is not an index', () => {
    it('throws with what to do', () => {
      const message = 'policy-assistant: the index is not a policy-assistant index (format 3); rebuild it with "policy-assistant build"';
      expect(() => new PolicySearch({} as PolicyIndex)).toThrow(message);
      // Formats 1 and 2 kept the index unpacked.
      expect(() => new PolicySearch({ ...acmeIndex(), format: 2 } as unknown as PolicyIndex)).toThrow(message);
      expect(() => new PolicySearch(null as unknown as PolicyIndex)).toThrow(message);
    });
  });

  describe('when loaded from the JSON of an index', () => {
    it('ranks as the index it was built from', () => {
      const index = acmeIndex();
      const built = new PolicySearch(index);
      const loaded = new PolicySearch(JSON.parse(JSON.stringify(index)) as PolicyIndex);
      for (const question of ['who processes my card?', 'do you use cookies', 'kids']) {
        expect(loaded.rank(loaded.analyze(question))).toEqual(built.rank(built.analyze(question)));
      }
    });

    it('returns the plain text of every clause', () => {
      const search = new PolicySearch(acmeIndex());
      expect(search.texts).toEqual([
        'We use cookies to remember your preferences.',
        'Your card is processed by our payment vendors.',
        'We do not collect data from anyone under the age of 13.',
      ]);
    });
  });

  describe('prepare', () => {
    it('leaves answers as they are', () => {
      const fresh = new PolicySearch(acmeIndex());
      const prepared = new PolicySearch(acmeIndex());
      prepared.prepare();
      prepared.prepare();
      for (const question of ['who processes my card?', 'do you use cookies', 'kids']) {
        expect(prepared.rank(prepared.analyze(question))).toEqual(fresh.rank(fresh.analyze(question)));
      }
    });
  });

  describe('idf', () => {
    describe('when the word is the name of an object property ("constructor")', () => {
      it('weighs it as a word the policy lacks, also after a JSON round trip', () => {
        for (const index of [acmeIndex(), JSON.parse(JSON.stringify(acmeIndex())) as PolicyIndex]) {
          const search = new PolicySearch(index);
          for (const word of ['constructor', 'tostring', 'hasownproperty', '__proto__']) expect(Number.isFinite(search.idf(word))).toBe(true);
          for (const r of search.rank(search.analyze('constructor cookies toString'))) expect(Number.isFinite(r.score)).toBe(true);
        }
      });
    });
  });

  describe('rank', () => {
    describe('when the question names a topic of one clause', () => {
      it('returns that clause first, scores in descending order', () => {
        const search = new PolicySearch(acmeIndex());
        const ranked = search.rank(search.analyze('who processes my card?'));
        expect(search.texts[ranked[0]!.clause]).toBe('Your card is processed by our payment vendors.');
        for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.score).toBeLessThanOrEqual(ranked[i - 1]!.score);
      });
    });

    describe('when the question has no searchable terms', () => {
      it('returns no clause', () => {
        const search = new PolicySearch(acmeIndex());
        expect(search.rank(search.analyze('the and of'))).toEqual([]);
        expect(search.rank(search.analyze(''))).toEqual([]);
      });
    });
  });

  describe('rank, when the question names a concept only in generic words', () => {
    const POLICY =
      '# Acme Privacy\n\n## Records\n\nWe hold identifiable records such as names and email addresses.\n\n' +
      '## Use\n\nWe use what we gather to deliver the services you asked for and to improve them.\n';
    const search = new PolicySearch(buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: POLICY }])));

    it('ranks by the concept named in telling words ("do with"), not by "my personal details"', () => {
      const [first] = search.rank(search.analyze('what will you do with my personal details?'));
      expect(search.texts[first!.clause]).toMatch(/^We use what we gather/);
    });
  });

  describe('rank, when a clause opens with a bold label', () => {
    const POLICY =
      '# Acme Privacy\n\n## Our practices\n\n' +
      '**Cookies**. Our pages place small files in your browser to store your preferences between visits.\n\n' +
      '**Counters**. Partners place small pieces of code on our pages, which can read cookies, to count page views.\n';
    const index = buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: POLICY }]));
    const scoreOf = (search: PolicySearch, question: string, label: string) =>
      search.rank(search.analyze(question)).find((r) => search.texts[r.clause]!.startsWith(label))!.score;

    it('scores the clause whose label names the question\'s word higher, and only that one', () => {
      const withLabel = new PolicySearch(index);
      const without = new PolicySearch(index, { label: 0 });
      expect(scoreOf(withLabel, 'do you use cookies?', 'Cookies')).toBeGreaterThan(scoreOf(without, 'do you use cookies?', 'Cookies'));
      expect(scoreOf(withLabel, 'do you use cookies?', 'Counters')).toBe(scoreOf(without, 'do you use cookies?', 'Counters'));
    });

    it('scores a clause whose label names none of the question\'s words lower, and only that one', () => {
      const search = new PolicySearch(index);
      const lenient = new PolicySearch(index, { labelMismatch: 0 });
      expect(scoreOf(search, 'do you use cookies?', 'Counters')).toBeLessThan(scoreOf(lenient, 'do you use cookies?', 'Counters'));
      expect(scoreOf(search, 'do you use cookies?', 'Cookies')).toBe(scoreOf(lenient, 'do you use cookies?', 'Cookies'));
    });
  });


  describe('rank, when a clause names a topic the visitor asked about in one of the policy\'s phrases for it', () => {
    const POLICY =
      '# Acme Privacy\n\n## Use\n\n' +
      'We show content tailored to your interests on our site.\n\n' +
      'We show ads about our products on our site.\n';
    const index = buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: POLICY }]));
    const scoreOf = (search: PolicySearch, question: string, start: string) =>
      search.rank(search.analyze(question)).find((r) => search.texts[r.clause]!.startsWith(start))!.score;

    it('scores that clause higher, and only that one', () => {
      const question = 'do you pick ads for me based on what i like';
      const search = new PolicySearch(index);
      const without = new PolicySearch(index, { conceptNamed: 0 });
      expect(index.clauses[0]!.concepts).toContain('advertising');
      expect(scoreOf(search, question, 'We show content tailored')).toBeGreaterThan(scoreOf(without, question, 'We show content tailored'));
      expect(scoreOf(search, question, 'We show ads')).toBe(scoreOf(without, question, 'We show ads'));
    });
  });

  describe('rank, when a clause names the question\'s words in different sentences', () => {
    const POLICY =
      '# Acme Privacy\n\n## Practices\n\n' +
      'We publish yearly reports and never sell them. Your email address is used to send you receipts.\n\n' +
      'We do not sell your email address to anyone.\n';
    const search = new PolicySearch(buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: POLICY }])));
    const coverageOf = (start: string) =>
      search.rank(search.analyze('do you sell my email address?')).find((r) => search.texts[r.clause]!.startsWith(start))!.coverage;

    it('covers the question only as far as its best sentence does', () => {
      expect(coverageOf('We do not sell')).toBeCloseTo(1);
      expect(coverageOf('We publish')).toBeLessThan(0.8);
    });
  });
  describe('rank, when the question says something in an idiom ("goes out of business", "write to")', () => {
    const POLICY =
      '# Acme Privacy\n\n## Use\n\nWe use your data to run our business and to write reports.\n\n' +
      '## Changes of owner\n\nIf Acme is acquired or goes bankrupt, your data may be transferred to the new owner.\n\n' +
      '## Contact\n\nYou can contact our privacy team at privacy@acme.example.\n';
    const search = new PolicySearch(buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: POLICY }])));
    const rankOf = (question: string) => search.rank(search.analyze(question)).map((r) => search.texts[r.clause]!);

    it('takes its words for what the idiom means, not for themselves', () => {
      expect(search.analyze('what happens to my data if acme goes out of business').idioms).toEqual(analyze('business'));
      expect(rankOf('what happens to my data if acme goes out of business')[0]).toMatch(/^If Acme is acquired/);
      expect(rankOf('who do I write to about my data?')[0]).toMatch(/^You can contact/);
      // "sent me over" is a referrer, not something sent.
      expect(search.analyze('can you tell which site sent me over?').idioms).toEqual(analyze('sent'));
    });

    it('does not give a clause that has the word itself credit for it', () => {
      const [, business] = search.rank(search.analyze('what happens to my data if acme goes out of business'));
      expect(search.texts[business!.clause]).toMatch(/^We use your data/);
      expect(business!.coverage).toBe(0);
    });
  });

  describe('analyze', () => {
    describe('when the question writes the United States as "US"', () => {
      it('reads the country in capitals, and the pronoun "us" as before', () => {
        const search = new PolicySearch(acmeIndex());
        const country = analyze('United States');
        for (const q of ['is my data sent to the US?', 'do you send data to the U.S.', 'are your servers in the USA?']) expect(search.analyze(q).terms).toEqual(expect.arrayContaining(country));
        expect(search.analyze('can you tell us about cookies?').terms).not.toEqual(expect.arrayContaining(country));
      });
    });

    describe('when the question gives an age', () => {
      it('reads "my 10 year old" as a child, not a year', () => {
        const search = new PolicySearch(acmeIndex());
        for (const q of ['can my 10 year old sign up?', 'is it ok for a 15-year-old?', "I'm 12 yo, can I use it?"]) {
          const analyzed = search.analyze(q);
          expect(analyzed.concepts.map((m) => m.concept.id)).toContain('children');
          expect(analyzed.terms).not.toContain(analyze('year')[0]);
        }
        expect(search.analyze('how many years do you keep my data?').concepts.map((m) => m.concept.id)).not.toContain('children');
      });
    });

    describe('when the question uses a light verb', () => {
      it('does not count "give" as what it is about, though its phrases still name concepts', () => {
        const search = new PolicySearch(acmeIndex());
        const give = analyze('give')[0]!;
        expect(search.analyze('my child gave you their details, what now?').content).not.toContain(give);
        expect(search.analyze('do you give my data to advertisers?').concepts.map((m) => m.concept.id)).toContain('sharing');
      });
    });

    describe('when two words are typed without a space', () => {
      it('splits them ("mydata", "canyou", "onme") and reports it', () => {
        const search = new PolicySearch(acmeIndex());
        const q = search.analyze('canyou delete mydata');
        expect(q.corrections).toEqual([
          { from: 'canyou', to: 'can you' },
          { from: 'mydata', to: 'my data' },
        ]);
        expect(q.terms).toEqual(analyze('can you delete my data'));
      });
    });

    describe('when the question holds a filler phrase', () => {
      it('reads "right now" as neither a right nor the current version', () => {
        const q = new PolicySearch(acmeIndex()).analyze('is the site down right now?');
        expect(q.terms).not.toContain('right');
        expect(q.version).toEqual({ kind: 'any' });
        expect(q.concepts.map((m) => m.concept.id)).not.toContain('rights');
      });
    });

    describe('when a word is misspelt', () => {
      it('returns the correction', () => {
        const search = new PolicySearch(acmeIndex());
        expect(search.analyze('do you use cookeis').corrections).toEqual([{ from: 'cookeis', to: 'cookies' }]);
      });

      it('leaves everyday words that are not misspellings nor two words run together', () => {
        const search = new PolicySearch(acmeIndex());
        for (const q of ['what would become of my data', 'is my inbox scanned', 'do you track me offline', 'share it with whoever you like', 'is it stored somewhere else', 'is my car data shared', 'I left the company, is my data kept', 'can I play games', 'what uptime do you guarantee', 'which integrations do you have']) {
          expect(search.analyze(q).corrections).toEqual([]);
        }
      });

      it('leaves small words of speech that are one letter from a policy word ("besides" / "reside", "though" / "through")', () => {
        const search = new PolicySearch(buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: `${ACME}\n## Residents\n\nIf you reside in the EEA, your data may pass through our servers in the US and may be indexed.\n` }])));
        for (const q of ['who else sees my data besides you', 'though you say you keep it', 'I thought you delete it', 'is it indeed stored', 'despite my request']) {
          expect(search.analyze(q).corrections).toEqual([]);
        }
        expect(search.analyze('do you resdie in the EEA').corrections).toEqual([{ from: 'resdie', to: 'reside' }]);
      });

      it('leaves words of the software a help page is about ("reset" is not "rest", "token" not "taken")', () => {
        const search = new PolicySearch(buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: `${ACME}\n## General\n\nFor the rest, both parties may remove a transaction taken in error.\n` }])));
        for (const q of ['how do I reset my password', 'can I recover my account', 'is my token stored', 'what about the renewal', 'does your bot read my chats', 'do you store translations']) {
          expect(search.analyze(q).corrections).toEqual([]);
        }
      });

      it('leaves a word the vocabulary knows, although one letter swap from a policy word ("compliant", "complaint")', () => {
        const search = new PolicySearch(buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: `${ACME}\n## Complaints\n\nYou may lodge a complaint with us.\n` }])));
        expect(search.analyze('are you GDPR compliant?').corrections).toEqual([]);
        expect(search.analyze('how do I make a complaitn').corrections).toEqual([{ from: 'complaitn', to: 'complaint' }]);
      });
    });

    describe('when the question names the company', () => {
      it('reads the name as "the company", as the vocabulary phrases it', () => {
        const index = acmeIndex();
        const search = new PolicySearch(index);
        const company = index.versions[0]!.company;
        const ids = (q: string) => search.analyze(q).concepts.map((m) => m.concept.id);
        expect(ids(`what happens to my data if ${company} is sold`)).toContain('corporate-change');
        expect(ids('what happens to my data if the company is sold')).toContain('corporate-change');
        expect(ids('what happens to my data if the car is sold')).not.toContain('corporate-change');
      });
    });

    describe('when a small or frame word is misspelt', () => {
      it('corrects it to that word, which then weighs nothing, and reads the intent from the corrected words', () => {
        const search = new PolicySearch(acmeIndex());
        const q = search.analyze('whree does the peevious policy say it keeps cookies?');
        expect(q.corrections).toEqual([
          { from: 'whree', to: 'where' },
          { from: 'peevious', to: 'previous' },
        ]);
        expect(q.content).toEqual(analyze('keeps cookies'));
        expect(q.version).toEqual({ kind: 'older' });
      });
    });

    describe('when the question names something in capitals', () => {
      const search = new PolicySearch(acmeIndex());

      it('lists an acronym that neither the policy nor the vocabulary knows, as written', () => {
        expect(search.analyze('Is Acme HIPAA compliant?').unknownAcronyms).toEqual(['HIPAA']);
        expect(search.analyze('are you SOC 2 or ISO 27001 certified').unknownAcronyms).toEqual(['SOC', 'ISO']);
      });

      it('leaves out acronyms it knows, "I", stop words and names in lower case', () => {
        for (const q of ['What are my rights under GDPR?', 'Do you respond to Do Not Track?', "I'm in the EU, is it safe?", 'IS MY PASSWORD ENCRYPTED', 'is acme hipaa compliant', 'do you log my OS and IDFA', 'are BCRs used']) {
          expect(search.analyze(q).unknownAcronyms).toEqual([]);
        }
      });
    });

    describe('when the question names a version', () => {
      it('returns the version intent', () => {
        const search = new PolicySearch(acmeIndex());
        expect(search.analyze('what did the 2015 policy say').version).toEqual({ kind: 'year', year: '2015' });
      });
    });
  });

  describe('suggest', () => {
    describe('when the prefix is blank', () => {
      it('returns no suggestion', () => {
        const search = new PolicySearch(acmeIndex());
        expect(search.suggest('')).toEqual([]);
        expect(search.suggest('   ')).toEqual([]);
      });
    });

    // Bug: suggestions are MiniSearch's stemmed index terms ("cooki"), not words a visitor can read.
    describe('when the prefix starts a word of the policy', () => {
      it('returns the word as written', () => {
        const search = new PolicySearch(acmeIndex());
        expect(search.suggest('cook')).toContain('cookies');
      });
    });
  });
});
