import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/index.js';
import { alignIndex } from '../../src/compare/index.js';
import { buildCorpus } from '../../src/corpus/index.js';
import { buildIndex, changeIntent, PolicySearch } from '../../src/search/index.js';

const OLD = `---
id: acme-privacy
version: 2020-01-01
---
# Privacy

## Cookies

Acme uses cookies to remember your login session.

## Payments

Your card is processed by PayCo on behalf of Acme.

## Bankruptcy

Should Acme go bankrupt, your data will not be sold.
`;

const NEW = `---
id: acme-privacy
version: 2024-01-01
---
# Privacy

## Cookies

Acme uses cookies to remember your login session and your preferences.

## Payments

Your card is processed by PayCo on behalf of our Company.

## Your rights

You may ask us to erase the personal data we hold about you.
`;

function fixture(): PolicySearch {
  const corpus = buildCorpus([
    { path: 'acme-privacy-2020-01-01.md', text: OLD },
    { path: 'acme-privacy-2024-01-01.md', text: NEW },
  ]);
  return new PolicySearch(alignIndex(buildIndex(corpus)));
}

describe('changeIntent', () => {
  it.each([
    ['what changed about cookies?', 'changes'],
    ['did the payment processors change?', 'changes'],
    ['how has the retention policy changed?', 'changes'],
    ["what's new in the 2019 policy?", 'new'],
  ])('reads %j as %j', (question, intent) => {
    expect(changeIntent(question)).toBe(intent);
  });

  it.each(['will the privacy policy change?', 'how do I change my email address?', 'what did the old policy say about cookies?'])(
    'returns null for %j',
    (question) => {
      expect(changeIntent(question)).toBeNull();
    },
  );
});

describe('answerQuestion', () => {
  describe('when the question asks what changed on a topic', () => {
    it('returns the changes on that topic quoted from both versions, with note changes', () => {
      const answer = answerQuestion(fixture(), 'what changed about cookies?');
      expect(answer.answered).toBe(true);
      expect(answer.note).toBe('changes');
      const change = answer.changes?.[0];
      expect(change?.status).toBe('reworded');
      expect(change?.older?.quote).toBe('Acme uses cookies to remember your login session.');
      expect(change?.newer?.quote).toBe('Acme uses cookies to remember your login session and your preferences.');
      expect(change?.diff?.filter((p) => p.op === 'added').map((p) => p.text.trim())).toEqual(['and your preferences']);
      expect(answer.changes?.every((c) => c.categories.length > 0)).toBe(true);
      expect(answer.citations[0]?.clause).toBe(change?.newer?.clause);
    });
  });

  describe('when the question asks what is new', () => {
    it('returns only new clauses', () => {
      const answer = answerQuestion(fixture(), "what's new in the 2024 policy?");
      expect(answer.note).toBe('changes');
      expect(answer.changes?.length).toBeGreaterThan(0);
      expect(answer.changes?.every((c) => c.status === 'new' && c.older === null)).toBe(true);
    });
  });

  describe('when the question asks what is new in something the policy does not know', () => {
    it('does not list the policy\'s changes, and says the policy does not answer', () => {
      const answer = answerQuestion(fixture(), "what's new in the latest release?");
      expect(answer.note).toBe('not-in-policy');
      expect(answer.answered).toBe(false);
    });
  });

  describe('when a quoted clause of the current version was reworded', () => {
    it('carries the earlier wording and the word difference', () => {
      const answer = answerQuestion(fixture(), 'who processes my card?');
      const first = answer.citations[0]!;
      expect(first.version).toBe('2024-01-01');
      expect(first.change?.status).toBe('reworded');
      expect(first.change?.previous?.version).toBe('2020-01-01');
      expect(first.change?.previous?.quote).toBe('Your card is processed by PayCo on behalf of Acme.');
      expect(first.change?.diff?.some((p) => p.op === 'removed' && p.text.includes('Acme'))).toBe(true);
    });
  });

  describe('when the older wording of a clause answers and the current wording of it does not quite', () => {
    const OLDER = `${OLD}\n## Your content\n\nOur websites let you publish content that others can read, such as blogs, message boards and comment threads.\n`;
    const NEWER = `${NEW}\n## Your content\n\nOur websites let you publish content that others can read, such as message boards and comment threads.\n`;
    const search = new PolicySearch(
      alignIndex(buildIndex(buildCorpus([{ path: 'acme-privacy-2020-01-01.md', text: OLDER }, { path: 'acme-privacy-2024-01-01.md', text: NEWER }]))),
    );

    it('quotes the current wording, with the older one as its previous wording', () => {
      const answer = answerQuestion(search, 'will everyone see my blog?');
      expect(answer.answered).toBe(true);
      const first = answer.citations[0]!;
      expect(first.version).toBe('2024-01-01');
      expect(first.quote).toMatch(/^Our websites let you publish content/);
      expect(first.change?.status).toBe('reworded');
      expect(first.change?.previous?.quote).toContain('blogs');
    });
  });

  describe('when a short clause of the current version has only words of a long older clause', () => {
    const OLDER = `${OLD}\n## Sharing\n\nWe may share your information with third parties for security purposes, to comply with the law, or with your consent.\n`;
    const NEWER = `${NEW}\n## Private files\n\nOur staff do not open your private files except for:\n\n* security purposes\n* support requests you make\n`;
    const search = new PolicySearch(
      alignIndex(buildIndex(buildCorpus([{ path: 'acme-privacy-2020-01-01.md', text: OLDER }, { path: 'acme-privacy-2024-01-01.md', text: NEWER }]))),
    );

    it('does not take it for the same clause reworded: the older clause answers', () => {
      const answer = answerQuestion(search, 'what purposes do you share my information for?');
      expect(answer.note).toBe('older-version-only');
      expect(answer.citations[0]!.quote).toMatch(/^We may share your information/);
    });
  });

  describe('when a quoted clause is new in the current version', () => {
    it('says so and has no earlier wording', () => {
      const answer = answerQuestion(fixture(), 'can I have my data erased?');
      const first = answer.citations[0]!;
      expect(first.change).toEqual({ status: 'new', previous: null, diff: null });
    });
  });

  describe('when the index has no alignments (an index written before they existed)', () => {
    it('answers without change information', () => {
      const index = buildIndex(
        buildCorpus([
          { path: 'acme-privacy-2020-01-01.md', text: OLD },
          { path: 'acme-privacy-2024-01-01.md', text: NEW },
        ]),
      );
      const answer = answerQuestion(new PolicySearch(index), 'what changed about cookies?');
      expect(answer.note).not.toBe('changes');
      expect(answer.citations.every((c) => c.change === undefined)).toBe(true);
    });
  });
});
