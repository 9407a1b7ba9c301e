import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion, type Answer } from '../../src/answer/index.js';
import { buildCorpus } from '../../src/corpus/index.js';
import { readCorpus } from '../../src/node/index.js';
import { buildIndex, CATEGORIES, PolicySearch } from '../../src/search/index.js';
import { GITHUB_CORPUS, HAS_GITHUB_CORPUS } from '../github-corpus.js';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
const QUESTIONS = fileURLToPath(new URL('../eval/questions.jsonl', import.meta.url));

const kayako = new PolicySearch(buildIndex(readCorpus(CORPUS)));
const ask = (question: string) => answerQuestion(kayako, question);

/** Questions both Kayako versions answer. */
const BOTH_VERSIONS = [
  'do you use cookies?',
  'do you collect data from children?',
  'can I delete my data?',
  'is my data secure?',
  'who has access to my data?',
  'do you share my data with the police?',
  'will you tell me if the policy changes?',
];
/** Questions only the 2015 version answers. */
const ONLY_2015 = ['is this policy under a creative commons license?', 'do you publish my feedback?'];
/** Questions that name the 2015 version. */
const NAMING_2015 = [
  'In the 2015 policy, what were cookies used for?',
  'what did the old policy say about cookies?',
  'what did the original policy say about children?',
  'what did the 2010 policy say about cookies?',
];
/** Questions the policy does not address. */
const UNANSWERABLE = ["what's the weather like today?", 'asdfgh', 'how much is the enterprise plan?'];

/** Every quote of the answer, split at its gaps, is text of the clause it cites. */
function unquoted(search: PolicySearch, answer: Answer): string[] {
  const problems: string[] = [];
  for (const citation of answer.citations) {
    const id = search.index.clauses.findIndex((c) => c.anchor === citation.clause);
    const text = search.texts[id];
    if (text === undefined) {
      problems.push(`${answer.question}: no clause ${citation.clause}`);
      continue;
    }
    for (const part of citation.quote.split('…').map((p) => p.trim()).filter(Boolean)) {
      if (!text.includes(part)) problems.push(`${answer.question}: "${part}" is not in ${citation.clause}`);
    }
    if (citation.whole && citation.quote !== text) problems.push(`${answer.question}: whole quote differs from ${citation.clause}`);
  }
  return problems;
}

describe('answerQuestion', () => {
  describe('when asked the questions of the project question set', () => {
    const answers = readFileSync(QUESTIONS, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => ask((JSON.parse(l) as { q: string }).q));

    it('quotes every clause verbatim', () => {
      expect(answers.length).toBeGreaterThan(200);
      expect(answers.flatMap((a) => unquoted(kayako, a))).toEqual([]);
    });

    it('keeps every quote under 1,200 characters', () => {
      const long = answers.flatMap((a) => a.citations.filter((c) => c.quote.length > 1200).map((c) => `${a.question}: ${c.clause}`));
      expect(long).toEqual([]);
    });
  });

  describe('when the question is answered', () => {
    const answers = [...BOTH_VERSIONS, ...ONLY_2015, ...NAMING_2015].map(ask);

    it('returns answered: true with citations and no suggestions', () => {
      for (const answer of answers) {
        expect(answer.answered).toBe(true);
        expect(answer.citations.length).toBeGreaterThan(0);
        expect(answer.suggestions).toEqual([]);
      }
    });

    it('cites policy, version, section, heading and anchors of the index', () => {
      for (const answer of answers) {
        for (const c of answer.citations) {
          const clause = kayako.index.clauses.find((x) => x.anchor === c.clause)!;
          const section = kayako.index.sections[clause.section]!;
          const version = kayako.index.versions[section.version]!;
          expect(c).toMatchObject({
            policy: 'kayako-privacy',
            version: version.version,
            section: section.number,
            heading: section.heading,
            path: section.path,
            anchor: section.anchor,
            title: 'Kayako Privacy Policy',
            company: 'Kayako',
            current: version.version === '2019-05-11',
          });
          expect(c.clause.startsWith(`${c.anchor}--p`)).toBe(true);
          expect(c.path[c.path.length - 1]).toBe(c.heading);
        }
      }
    });

    it('returns at most 4 citations, each a different clause', () => {
      for (const answer of answers) {
        expect(answer.citations.length).toBeLessThanOrEqual(4);
        expect(new Set(answer.citations.map((c) => c.clause)).size).toBe(answer.citations.length);
      }
    });

    it('returns the question as asked', () => {
      expect(answers.map((a) => a.question)).toEqual([...BOTH_VERSIONS, ...ONLY_2015, ...NAMING_2015]);
    });
  });

  describe('when the question names no version and both versions answer it', () => {
    it.each(BOTH_VERSIONS)('cites 2019 first for %j, with no note', (question) => {
      const answer = ask(question);
      expect(answer.citations[0]?.version).toBe('2019-05-11');
      expect(answer.note).toBeNull();
    });

    // Bug: the 2015 clause sits under "Credit card information" and outscores the same sentence in
    // 2019 § 3 by more than olderMargin, so the answer says only the older version addresses it.
    it('cites 2019 first for "who processes my card?"', () => {
      const answer = ask('who processes my card?');
      expect(answer.citations[0]?.clause).toBe('kayako-privacy-2019-05-11--3--p2');
      expect(answer.note).toBeNull();
    });
  });

  describe('when the question names no version and the older version answers it in other words', () => {
    const question = 'who do you share my data with';

    it("cites the older version's best answer after the newest version's citations", () => {
      const versions = ask(question).citations.map((c) => c.version);
      expect(versions[0]).toBe('2019-05-11');
      expect(versions).toContain('2015-12-29');
      expect(versions).toEqual([...versions].sort().reverse()); // 2019 citations, then 2015
    });

    it('leaves it out when it must score as high as the first citation', () => {
      const versions = answerQuestion(kayako, question, { otherVersionRatio: 1 }).citations.map((c) => c.version);
      expect(versions).not.toContain('2015-12-29');
    });

    it('leaves it out when the question names a version', () => {
      const versions = ask('who does the current policy say you share my data with').citations.map((c) => c.version);
      expect(versions).not.toContain('2015-12-29');
    });
  });

  describe('when only the 2015 version answers the question', () => {
    it.each(ONLY_2015)('answers %j from 2015 with note older-version-only', (question) => {
      const answer = ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.citations[0]?.version).toBe('2015-12-29');
      expect(answer.citations[0]?.current).toBe(false);
      expect(answer.note).toBe('older-version-only');
    });

    it('answers "bankruptcy" from 2015 with note older-version-only', () => {
      const answer = ask('bankruptcy');
      expect(answer.citations[0]?.quote).toContain('cease trading or file for bankruptcy');
      expect(answer.note).toBe('older-version-only');
    });

    // Bug: 2019 § 3 (acquirers, merger partner) is taken to answer "go bankrupt" through the
    // vocabulary, so the 2015 clause ("cease trading or file for bankruptcy") is not cited first.
    it('answers from 2015 when its clause covers the question as well and shares its topic, scoring clearly higher than the best 2019 clause', () => {
      // Only the 2015 policy mentions location; a 2019 clause on contact information shares "record".
      const answer = ask('is my location recorded');
      expect(answer.note).toBe('older-version-only');
      expect(answer.citations[0]!.quote).toContain('approximation of your location');
    });

    it('answers "what happens to my data if you go bankrupt?" from 2015 with note older-version-only', () => {
      const answer = ask('what happens to my data if you go bankrupt?');
      expect(answer.citations[0]?.quote).toContain('cease trading or file for bankruptcy');
      expect(answer.note).toBe('older-version-only');
    });
  });

  describe('when the question names the 2015 version', () => {
    it.each(NAMING_2015)('cites 2015 first for %j, with note named-version', (question) => {
      const answer = ask(question);
      expect(answer.citations[0]?.version).toBe('2015-12-29');
      expect(answer.note).toBe('named-version');
    });

    it('lists the further citations of that version before those of the other', () => {
      const versions = ask('In the 2015 policy, what were cookies used for?').citations.map((c) => c.version);
      expect(versions.slice(0, 2)).toEqual(['2015-12-29', '2015-12-29']);
      expect(versions).toEqual([...versions].sort()); // 2015 citations, then 2019 ones
    });
  });

  describe('when the question names the current version', () => {
    it('cites 2019 first, with note named-version', () => {
      const answer = ask('what does the current policy say about cookies?');
      expect(answer.citations[0]?.version).toBe('2019-05-11');
      expect(answer.note).toBe('named-version');
    });
  });

  describe('when the question names the older version and the newer one says more on the topic', () => {
    it('measures the older version\'s clauses against each other, not against the newer wording', () => {
      // The 2019 transfer clause names many of the policy's words for transfers; the 2015 one, few.
      const answer = ask('what did the old policy say about moving my data overseas?');
      expect(answer.answered).toBe(true);
      expect(answer.citations[0]!.version).toBe('2015-12-29');
      expect(answer.citations[0]!.quote).toContain('outside of your home country');
    });
  });

  describe('when the question names a year no version has', () => {
    it('answers from the newest version with note named-version-missing', () => {
      const answer = ask('what did the 2001 policy say about cookies?');
      expect(answer.citations[0]?.version).toBe('2019-05-11');
      expect(answer.note).toBe('named-version-missing');
    });
  });

  describe('when the host prefers a version', () => {
    it('cites that version first for a question that names none', () => {
      const answer = answerQuestion(kayako, 'do you collect data from children?', { version: '2015-12-29' });
      expect(answer.citations[0]?.version).toBe('2015-12-29');
    });
  });

  describe('when a word is misspelt', () => {
    it('answers the corrected question and reports the correction', () => {
      const answer = ask('do you use cookeis');
      expect(answer.answered).toBe(true);
      expect(answer.corrections).toEqual([{ from: 'cookeis', to: 'cookies' }]);
    });
  });

  describe('when a question about a privacy topic has a word the policy lacks', () => {
    // "talk" is not the policy's word; the clause answers "contact … to exercise … rights".
    const question = 'who do I talk to about using my GDPR rights';

    it('answers from a clause that covers the rest of it', () => {
      expect(ask(question).citations[0]?.quote).toMatch(/^If you would like to exercise any of the above rights/);
    });

    it('refuses when a question about a topic needs as much coverage as any other', () => {
      expect(answerQuestion(kayako, question, { anchoredMinCoverage: 0.45 }).answered).toBe(false);
    });
  });

  describe('when the policy does not address the question', () => {
    it.each(UNANSWERABLE)('returns answered: false for %j, with no citation', (question) => {
      const answer = ask(question);
      expect(answer).toMatchObject({ question, answered: false, citations: [], note: 'not-in-policy' });
    });

    it('says which names the policy never mentions, when the question gives one', () => {
      expect(ask('Is Kayako HIPAA compliant?')).toMatchObject({ answered: false, note: 'not-in-policy', unmentioned: ['HIPAA'], corrections: [] });
      expect(ask('how much is the enterprise plan?').unmentioned).toBeUndefined();
    });

    it('suggests up to 5 topics the policy covers, each with a label and an example', () => {
      const covered = new Set(kayako.index.clauses.flatMap((c) => c.categories));
      for (const question of UNANSWERABLE) {
        const { suggestions } = ask(question);
        expect(suggestions.length).toBeGreaterThan(0);
        expect(suggestions.length).toBeLessThanOrEqual(5);
        for (const s of suggestions) {
          expect(CATEGORIES).toContain(s.category);
          expect(covered.has(s.category)).toBe(true);
          expect(s.label).not.toBe('');
          expect(s.example.endsWith('?')).toBe(true);
        }
      }
    });
  });

  describe('when the question asks how to do something with the product', () => {
    const question = 'Can I install Kayako on my own server instead of using the cloud?';

    it('refuses, although it names a privacy topic (hosting) and a clause shares it', () => {
      expect(kayako.analyze(question).categories.size).toBeGreaterThan(0);
      expect(ask(question).answered).toBe(false);
    });
  });

  describe('when the question asks a fact about the company', () => {
    it.each(['is kayako hiring', "what's kayako's annual revenue", 'is kayako a publicly traded company'])('refuses %j, whatever words it shares with a clause', (question) => {
      const answer = ask(question);
      expect(answer.answered).toBe(false);
      expect(answer.suggestions.length).toBeGreaterThan(0);
    });
  });

  describe('when the question is empty', () => {
    it.each(['', '   ', '\n\t'])('returns answered: false with note empty-question for %j', (question) => {
      const answer = ask(question);
      expect(answer).toMatchObject({ answered: false, citations: [], note: 'empty-question' });
      expect(answer.suggestions.length).toBeGreaterThan(0);
    });
  });

  describe('when the question asks for a count', () => {
    it('answers from a clause that gives a number', () => {
      const answer = ask('how many years old do I have to be to use this?');
      expect(answer.answered).toBe(true);
      expect(answer.citations[0]!.quote).toMatch(/\d/);
    });

    it('refuses when the clause it would quote gives none', () => {
      expect(ask('how many employees do you have?')).toMatchObject({ answered: false, note: 'not-in-policy' });
      expect(ask('how many government data requests did you get last year?').answered).toBe(false);
    });
  });

  describe('when the best-scoring clause does not answer but a close second does', () => {
    // The EEA legal-basis clause shares the topics and the word "collect", not the children (when
    // naming "children" in the policy's phrase does not count: with it, the children clause is first).
    const question = 'do you collect data about kids';
    const unnamed = new PolicySearch(kayako.index, { conceptNamed: 0 });

    it('quotes the close second', () => {
      expect(unnamed.rank(unnamed.analyze(question))[0]!.coverage).toBeLessThan(0.45);
      const answer = answerQuestion(unnamed, question);
      expect(answer.answered).toBe(true);
      expect(answer.citations[0]!.quote).toMatch(/under the age of (13|thirteen)/);
    });

    it('refuses when close seconds are not considered', () => {
      expect(answerQuestion(unnamed, question, { closeRatio: 2 }).answered).toBe(false);
    });
  });

  describe('when the answer is an item of a list', () => {
    it('gives the sentence that introduces the list as the citation\'s lead, and none for a paragraph', () => {
      const [item] = ask('do you use my data to enforce your terms?').citations;
      expect(item!.quote).toBe('enforce our terms and conditions;');
      expect(item!.lead).toBe('Our Company may use information that we collect about you to:');
      expect(ask('who processes my card?').citations[0]!.lead).toBeUndefined();
    });
  });

  describe('when a long clause answers with one of its sentences', () => {
    // Six sentences, over the length quoted whole here; each but the fourth says "your personal data".
    const POLICY =
      '# Acme Privacy\n\n## Your access\n\n' +
      'You may ask for access to your personal data at any time through our help centre, which answers most requests. ' +
      'We answer requests about your personal data within one month of receiving them, or tell you why we need longer. ' +
      'If we cannot give you your personal data, we explain why in writing and tell you how to complain about it. ' +
      'We may charge a reasonable fee for copying and posting what you asked for when a request is large or repeated. ' +
      'You can correct your personal data yourself by signing in to your account and editing your profile page. ' +
      'We keep a record of each request about your personal data, with what we did and when, for as long as the law asks of us.\n';
    const acme = new PolicySearch(buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: POLICY }])));

    it('quotes the sentence with the question\'s own words, not those that only share its generic words', () => {
      const answer = answerQuestion(acme, 'is there a fee to get my personal data?', { quote: { wholeUpTo: 400 } });
      expect(answer.citations[0]!.quote).toContain('reasonable fee');
      expect(answer.citations[0]!.quote).toContain('…');
    });
  });

  describe('when the question has no words', () => {
    it('returns answered: false with note not-in-policy', () => {
      expect(ask('?!')).toMatchObject({ answered: false, citations: [], note: 'not-in-policy' });
    });
  });

  describe.skipIf(!HAS_GITHUB_CORPUS)("when asked of GitHub's privacy statement (../shared/corpora/github)", () => {
    const github = HAS_GITHUB_CORPUS ? new PolicySearch(buildIndex(readCorpus(GITHUB_CORPUS))) : null!;

    it('answers from the newest GitHub version, verbatim', () => {
      for (const question of ['do you sell my data?', 'how long do you keep my data?', 'do you honor do not track signals?']) {
        const answer = answerQuestion(github, question);
        expect(answer.answered).toBe(true);
        expect(answer.citations[0]).toMatchObject({ policy: 'github-privacy-statement', version: '2024-02-01', company: 'GitHub' });
        expect(unquoted(github, answer)).toEqual([]);
      }
    });

    // Bug: the question is also read as a collection question (see intent.test.ts), which halves
    // its topic score; with "respond" missing from the statement, the DNT clause falls below
    // minCoverage and the question is refused.
    it('answers "do you respond to do not track?" from the DNT clause', () => {
      const answer = answerQuestion(github, 'do you respond to do not track?');
      expect(answer.answered).toBe(true);
      expect(answer.citations[0]?.quote).toContain('Do Not Track');
    });

    it('refuses what the statement does not address', () => {
      expect(answerQuestion(github, "what's the weather like today?").answered).toBe(false);
    });
  });
});
