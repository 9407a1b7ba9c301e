import { describe, expect, it } from 'vitest';
import { buildCorpus, compareVersions, CorpusError, type Corpus, type CorpusFile } from '../../src/corpus/index.js';

const POLICY = '# Acme Privacy\n\n## Cookies\n\nWe use cookies.\n';

/** The CorpusError building `files` throws, and what the call returned (nothing, when it throws). */
function buildError(files: CorpusFile[]): { error: CorpusError; returned: Corpus | undefined } {
  let returned: Corpus | undefined;
  try {
    returned = buildCorpus(files);
  } catch (error) {
    if (error instanceof CorpusError) return { error, returned };
    throw error;
  }
  throw new Error('buildCorpus returned instead of throwing');
}

describe('buildCorpus', () => {
  describe('when files are versions of one policy', () => {
    it('returns the versions newest first', () => {
      const corpus = buildCorpus([
        { path: 'corpus/acme-privacy-2019-05-11.md', text: POLICY },
        { path: 'corpus/acme-privacy-2024-02-01.md', text: POLICY },
        { path: 'corpus/acme-privacy-2015-12-29.md', text: POLICY },
      ]);
      expect(corpus.versions.map((v) => v.version)).toEqual(['2024-02-01', '2019-05-11', '2015-12-29']);
      expect(new Set(corpus.versions.map((v) => v.policy))).toEqual(new Set(['acme-privacy']));
    });
  });

  describe('when files are different policies', () => {
    it('groups them by policy in name order', () => {
      const corpus = buildCorpus([
        { path: 'corpus/zeta-privacy-2020-01-01.md', text: POLICY },
        { path: 'corpus/acme-privacy-2020-01-01.md', text: POLICY },
        { path: 'corpus/acme-privacy-2021-01-01.md', text: POLICY },
      ]);
      expect(corpus.versions.map((v) => v.id)).toEqual(['acme-privacy-2021-01-01', 'acme-privacy-2020-01-01', 'zeta-privacy-2020-01-01']);
    });
  });

  describe('when two files give the same version of a policy', () => {
    it('throws naming the second file and the first', () => {
      const text = `---\nid: acme\nversion: 2024-01-01\n---\n${POLICY}`;
      const { error } = buildError([
        { path: 'corpus/b.md', text },
        { path: 'corpus/a.md', text },
      ]);
      expect(error.message).toBe(
        'policy-assistant: corpus/b.md:1: version "2024-01-01" of policy "acme" is also in corpus/a.md; give each version its own date',
      );
    });

    it('throws when the dates come from the file names', () => {
      const { error } = buildError([
        { path: 'corpus/acme-privacy-2024-01-01.md', text: POLICY },
        { path: 'corpus/acme-privacy_2024-01-01.md', text: POLICY },
      ]);
      expect(error.message).toBe(
        'policy-assistant: corpus/acme-privacy-2024-01-01.md:1: version "2024-01-01" of policy "acme-privacy" is also in corpus/acme-privacy_2024-01-01.md; give each version its own date',
      );
    });
  });

  describe('when there are no files', () => {
    it('throws "no policy files found"', () => {
      expect(buildError([]).error.message).toBe('policy-assistant: corpus: no policy files found; add Markdown files (*.md) to the corpus folder');
    });
  });

  describe('when one file of several is broken', () => {
    it('throws for that file and returns nothing, not the good versions', () => {
      const { error, returned } = buildError([
        { path: 'corpus/acme-privacy-2019-05-11.md', text: POLICY },
        { path: 'corpus/acme-privacy-2024-02-01.md', text: `${POLICY}\n## \n\nText.\n` },
        { path: 'corpus/acme-privacy-2015-12-29.md', text: POLICY },
      ]);
      expect(returned).toBeUndefined();
      expect(error.message).toBe('policy-assistant: corpus/acme-privacy-2024-02-01.md:7: heading has no text; write the heading or remove the line');
    });

    it('throws for the first broken file in path order', () => {
      const { error } = buildError([
        { path: 'corpus/b-privacy-2020-01-01.md', text: '' },
        { path: 'corpus/a-privacy-2020-01-01.md', text: 'No heading here.\n' },
      ]);
      expect(error.file).toBe('corpus/a-privacy-2020-01-01.md');
    });
  });
});

describe('compareVersions', () => {
  describe('when both are dates', () => {
    it('returns their order', () => {
      expect(compareVersions('2015-12-29', '2019-05-11')).toBeLessThan(0);
      expect(compareVersions('2019-05-11', '2015-12-29')).toBeGreaterThan(0);
      expect(compareVersions('2019-05-11', '2019-05-11')).toBe(0);
    });
  });

  describe('when one is "current"', () => {
    it('returns "current" as the newest', () => {
      expect(compareVersions('current', '2099-01-01')).toBeGreaterThan(0);
      expect(compareVersions('2099-01-01', 'current')).toBeLessThan(0);
    });
  });
});
