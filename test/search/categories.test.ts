import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/index.js';
import { analyzePhrase, buildIndex, tagCategories } from '../../src/search/index.js';

const tag = (clause: string, heading = '') => tagCategories(analyzePhrase(clause), analyzePhrase(heading));

describe('tagCategories', () => {
  describe('when the clause uses a policy phrase of one category', () => {
    it.each([
      ['We use cookies and web beacons.', 'first-party-collection'],
      ['We may share your data with third parties.', 'third-party-sharing'],
      ['We retain your data for as long as necessary.', 'data-retention'],
      ['We take reasonable measures to prevent unauthorized access.', 'data-security'],
      ['We do not collect data from anyone under the age of 13.', 'specific-audiences'],
    ])('returns its category for %j', (clause, category) => {
      expect(tag(clause)).toContain(category);
    });
  });

  describe('when the clause names no data practice', () => {
    it('returns no category', () => {
      expect(tag('The weather is nice today.')).toEqual([]);
      expect(tag('')).toEqual([]);
    });
  });

  describe('when the clause has a single weak word only', () => {
    it('returns no category', () => {
      expect(tag('We respect your choices.')).toEqual([]);
    });
  });

  describe('when the section heading names a practice', () => {
    it('counts the heading double, so it leads', () => {
      expect(tag('They sign a confidentiality agreement.', 'Security')[0]).toBe('data-security');
    });

    it('tags a clause that only refers back to it', () => {
      expect(tag('You can remove them in your browser.')).toEqual([]);
      expect(tag('You can remove them in your browser.', 'Cookies and web beacons')).toContain('first-party-collection');
      expect(tag('Tell us and we will remove it.', 'Children')).toContain('specific-audiences');
    });
  });
});

describe('buildIndex', () => {
  describe('when given a small policy', () => {
    it('tags every clause with the categories of its words and heading', () => {
      const index = buildIndex(
        buildCorpus([
          {
            path: 'corpus/acme-privacy-2024-01-01.md',
            text: '# Acme Privacy\n\n## Cookies\n\nWe use cookies to remember your preferences.\n\n## Children\n\nWe do not collect data from anyone under the age of 13.\n\n## Weather\n\nIt is sunny.\n',
          },
        ]),
      );
      expect(index.clauses.map((c) => [c.anchor, c.categories])).toEqual([
        ['acme-privacy-2024-01-01--cookies--p1', ['first-party-collection']],
        ['acme-privacy-2024-01-01--children--p1', ['specific-audiences']],
        ['acme-privacy-2024-01-01--weather--p1', []],
      ]);
    });
  });
});
