import { describe, expect, it } from 'vitest';
import { buildCorpus, spansText } from '../../src/corpus/index.js';
import { buildIndex } from '../../src/search/index.js';

const indexOf = (body: string) => {
  const index = buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: `# Acme Privacy\n\n${body}` }]));
  const text = (i: number) => spansText(index.clauses[i]!.spans);
  /** Each clause's text with the text of its lead-in, or null. */
  return index.clauses.map((c, i) => [text(i), c.lead >= 0 ? text(c.lead) : null]);
};

describe('buildIndex', () => {
  describe('when a paragraph ending with a colon introduces a list', () => {
    it('gives each item of the list that paragraph as its lead-in, and nothing after the list', () => {
      expect(indexOf('## Use\n\nWe use your data to:\n\n- deliver our services;\n- **Billing**. Charge you.\n\nWe never sell it.\n')).toEqual([
        ['We use your data to:', null],
        ['deliver our services;', 'We use your data to:'],
        ['Billing. Charge you.', 'We use your data to:'],
        ['We never sell it.', null],
      ]);
    });
  });

  describe('when the items of a list lost their bullets (a policy copied from a web page)', () => {
    it('reads paragraphs in lower case or ending with a semicolon as its items, up to the first that is neither', () => {
      expect(indexOf('## Use\n\nWe use your data to:\n\ndeliver our services;\n\nManage accounts; and\n\nProvide support.\n\nhelp improve them.\n')).toEqual([
        ['We use your data to:', null],
        ['deliver our services;', 'We use your data to:'],
        ['Manage accounts; and', 'We use your data to:'],
        ['Provide support.', null],
        ['help improve them.', null],
      ]);
    });
  });

  describe('when a list follows a paragraph that does not end with a colon', () => {
    it('gives its items no lead-in', () => {
      expect(indexOf('## Use\n\nWe use your data.\n\n- to deliver services\n').map(([, lead]) => lead)).toEqual([null, null]);
    });
  });

  describe('when a list item says nothing of its topic itself', () => {
    it("tags it with the categories of its list's lead-in", () => {
      const index = buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: '# Acme Privacy\n\n## Misc\n\nWe may disclose your personal data to third parties to:\n\n- enforce our terms and conditions;\n\nEnforce our terms and conditions.\n' }]));
      const categories = index.clauses.map((c) => c.categories);
      expect(categories[0]).toContain('third-party-sharing');
      expect(categories[1]).toEqual(expect.arrayContaining(categories[0]!));
      // The same words outside the list: no topic of their own.
      expect(categories[2]).not.toContain('third-party-sharing');
    });
  });
});
