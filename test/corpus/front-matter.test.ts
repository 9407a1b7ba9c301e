import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/corpus/index.js';

describe('splitFrontMatter', () => {
  describe('when the file starts with front matter', () => {
    it('returns our keys, the body and the number of lines before it', () => {
      expect(splitFrontMatter('---\nid: acme\nlayout: legal\n---\n# Privacy\n', 'x.md')).toEqual({
        meta: { id: 'acme' },
        body: '# Privacy\n',
        bodyLine: 4,
      });
    });

    it('accepts "..." as the closing line', () => {
      expect(splitFrontMatter('---\nversion: 2024-01-01\n...\n# Privacy\n', 'x.md').meta).toEqual({ version: '2024-01-01' });
    });

    it('returns a number id as text', () => {
      expect(splitFrontMatter('---\nid: 42\n---\n# P\n', 'x.md').meta).toEqual({ id: '42' });
    });

    it('returns no keys for empty front matter', () => {
      expect(splitFrontMatter('---\n---\n# Privacy\n', 'x.md')).toEqual({ meta: {}, body: '# Privacy\n', bodyLine: 2 });
    });
  });

  describe('when the file has no front matter', () => {
    it('returns the text as the body, without a byte-order mark', () => {
      expect(splitFrontMatter('\uFEFF# Privacy\n', 'x.md')).toEqual({ meta: {}, body: '# Privacy\n', bodyLine: 0 });
    });

    it('does not take a thematic break further down for front matter', () => {
      expect(splitFrontMatter('# Privacy\n\n---\n\nText\n', 'x.md').body).toBe('# Privacy\n\n---\n\nText\n');
    });
  });
});
