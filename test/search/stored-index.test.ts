import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { alignIndex } from '../../src/compare/index.js';
import { buildCorpus } from '../../src/corpus/index.js';
import { readCorpus } from '../../src/node/index.js';
import {
  buildIndex,
  INDEX_OPTIONS,
  openIndex,
  packIndex,
  packSearch,
  PolicySearch,
  unpackIndex,
  unpackSearch,
  type ClauseDocument,
  type StoredIndex,
} from '../../src/search/index.js';
import { GITHUB_CORPUS, HAS_GITHUB_CORPUS } from '../github-corpus.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const ACME =
  '# Acme Privacy\n\n## Cookies\n\n**Cookies**. We use cookies to remember your preferences.\n\n### Your choices\n\nYou can [block them](https://example.com/help).\n\n## Payments\n\nYour card is processed by our payment vendors.\n';
const acme = () => buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: ACME }]));

const INDEXES = [
  ['Kayako', alignIndex(buildIndex(readCorpus(`${ROOT}corpus`)))],
  // GitHub's statement lives next to the project (../shared); without it, it is left out.
  ...(HAS_GITHUB_CORPUS ? ([['GitHub', alignIndex(buildIndex(readCorpus(GITHUB_CORPUS)))]] as const) : []),
  ['a small policy', acme()],
] as const;

/** The stored index as a page gets it: through JSON. */
const stored = (index: Parameters<typeof packIndex>[0]) => JSON.parse(JSON.stringify(packIndex(index))) as StoredIndex;

describe('packSearch', () => {
  describe.each(INDEXES)('when given the search index of %s', (_, index) => {
    it("gives back exactly MiniSearch's toJSON()", () => {
      const back = unpackSearch(JSON.parse(JSON.stringify(packSearch(index.search))));
      expect(JSON.stringify(back)).toBe(JSON.stringify(index.search));
    });

    it('loads into MiniSearch as toJSON() does', () => {
      const load = (plain: typeof index.search) => JSON.stringify(MiniSearch.loadJS<ClauseDocument>(plain, INDEX_OPTIONS).toJSON());
      expect(load(unpackSearch(packSearch(index.search)))).toBe(load(index.search));
    });
  });

  describe('when given the search index of a whole policy', () => {
    it('stores it in fewer bytes, gzipped, than toJSON()', () => {
      for (const [, { search }] of INDEXES.slice(0, 2)) {
        expect(gzipSync(JSON.stringify(packSearch(search))).length).toBeLessThan(gzipSync(JSON.stringify(search)).length);
      }
    });
  });

  describe('when documents were removed from the index', () => {
    it('throws with what to do', () => {
      const mini = new MiniSearch<ClauseDocument>(INDEX_OPTIONS);
      mini.addAll([
        { id: 0, text: 'cookies', heading: '', label: '' },
        { id: 1, text: 'payments', heading: '', label: '' },
      ]);
      mini.discard(0);
      expect(() => packSearch(mini.toJSON())).toThrow(
        'policy-assistant: the search index cannot be stored (documents were removed or have other ids); build it anew with buildIndex',
      );
    });
  });
});

describe('packIndex', () => {
  describe.each(INDEXES)('when given the index of %s', (_, index) => {
    it('stores what unpackIndex gives back, through JSON', () => {
      expect(unpackIndex(stored(index))).toEqual(index);
    });

    it('answers as the index it was built from', () => {
      const built = new PolicySearch(index);
      const loaded = new PolicySearch(stored(index));
      for (const question of ['who processes my card?', 'do you use cookies', 'what changed about cookies?', 'kids', 'asdfgh']) {
        expect(loaded.rank(loaded.analyze(question))).toEqual(built.rank(built.analyze(question)));
      }
    });
  });

  describe('when the index is not as buildIndex makes it', () => {
    it('throws with what to do', () => {
      const index = acme();
      index.sections[2]!.path = ['Your choices'];
      expect(() => packIndex(index)).toThrow(
        'policy-assistant: the index cannot be stored: its sections, clauses or terms are not as buildIndex makes them; build it anew',
      );
    });
  });

  describe('when a clause is one unformatted span', () => {
    it('stores its text alone', () => {
      const { clauses } = packIndex(acme());
      expect(clauses.spans[2]).toBe('Your card is processed by our payment vendors.');
      expect(clauses.spans[0]).toEqual([{ text: 'Cookies', strong: true }, { text: '. We use cookies to remember your preferences.' }]);
    });
  });
});

describe('openIndex', () => {
  it('opens an index as built or as stored', () => {
    const index = acme();
    expect(openIndex(index)).toBe(index);
    expect(openIndex(stored(index))).toEqual(index);
  });

  it('opens an index stored before list lead-ins were stored, with no lead-ins', () => {
    const index = buildIndex(buildCorpus([{ path: 'corpus/acme-privacy-2024-01-01.md', text: '# Acme\n\n## Use\n\nWe use data to:\n\n- sell ads\n' }]));
    expect(index.clauses.map((c) => c.lead)).toEqual([-1, 0]);
    const { leads: _, ...older } = stored(index).clauses;
    expect(openIndex({ ...stored(index), clauses: older }).clauses.map((c) => c.lead)).toEqual([-1, -1]);
    expect(openIndex(stored(index)).clauses.map((c) => c.lead)).toEqual([-1, 0]);
  });

  it('refuses anything else', () => {
    const message = 'policy-assistant: the index is not a policy-assistant index (format 3); rebuild it with "policy-assistant build"';
    expect(() => openIndex({ ...packIndex(acme()), format: 2 } as unknown as StoredIndex)).toThrow(message);
    expect(() => openIndex({ format: 1, clauses: [] } as unknown as StoredIndex)).toThrow(message);
    expect(() => openIndex([] as unknown as StoredIndex)).toThrow(message);
    expect(() => openIndex('index.json' as unknown as StoredIndex)).toThrow(message);
  });
});
