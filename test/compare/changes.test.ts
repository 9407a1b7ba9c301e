import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildAlignments,
  DEFAULT_CHANGES_OPTIONS,
  namesConcept,
  resolveChangesOptions,
  resolveTopic,
  summarizeChanges,
  type ClauseChange,
} from '../../src/compare/index.js';
import { readCorpus } from '../../src/node/index.js';
import { analyzePhrase, buildIndex, CATEGORIES } from '../../src/search/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INDEX = buildIndex(readCorpus(`${ROOT}corpus`));
const ALIGNMENTS = buildAlignments(INDEX);

const N = 'kayako-privacy-2019-05-11--';
const O = 'kayako-privacy-2015-12-29--';

const allChanges = (topics: Array<{ changes: ClauseChange[] }>) => topics.flatMap((t) => t.changes);

describe('summarizeChanges', () => {
  describe('without a topic', () => {
    const summary = summarizeChanges(INDEX, ALIGNMENTS);
    const comparison = summary.comparisons[0]!;

    it('names the two versions compared', () => {
      expect(summary.topic).toBeNull();
      expect(summary.concept).toBeNull();
      expect(summary.comparisons).toHaveLength(1);
      expect(comparison.policy).toBe('kayako-privacy');
      expect(comparison.title).toBe('Kayako Privacy Policy');
      expect(comparison.newer).toEqual({ index: 0, version: '2019-05-11', id: 'kayako-privacy-2019-05-11' });
      expect(comparison.older).toEqual({ index: 1, version: '2015-12-29', id: 'kayako-privacy-2015-12-29' });
    });

    it('lists every link of the alignment but the unchanged ones once, and counts them all', () => {
      const links = ALIGNMENTS[0]!.links;
      for (const status of ['unchanged', 'reworded', 'new', 'merged', 'removed'] as const) {
        expect(comparison.counts[status], status).toBe(links.filter((l) => l.status === status).length);
      }
      expect(allChanges(comparison.topics)).toHaveLength(links.filter((l) => l.status !== 'unchanged').length);
    });

    it('lists topics in the order of CATEGORIES, each change under its first category', () => {
      const order = comparison.topics.map((t) => CATEGORIES.indexOf(t.category));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const t of comparison.topics) {
        expect(t.changes.length).toBeGreaterThan(0);
        for (const c of t.changes) expect(c.categories[0] ?? 'other').toBe(t.category);
      }
    });

    it('quotes both versions of a reworded clause, with citations and the word difference', () => {
      const change = allChanges(comparison.topics).find((c) => c.newer?.clause === `${N}3--p2`)!;
      expect(change.status).toBe('reworded');
      expect(change.newer).toMatchObject({
        version: '2019-05-11',
        section: '3',
        heading: 'Our Disclosure of your Personal data to Third Parties',
        anchor: 'kayako-privacy-2019-05-11--3',
      });
      expect(change.newer!.quote).toMatch(/^Your transaction may be processed .* on behalf of our Company\. /);
      expect(change.older).toMatchObject({ version: '2015-12-29', section: null, heading: 'Credit card information', clause: `${O}credit-card-information--p1` });
      expect(change.older!.quote).toContain('on behalf of Kayako.');
      expect(change.diff!.filter((p) => p.op !== 'same')).toEqual([
        { op: 'removed', text: 'Kayako' },
        { op: 'added', text: 'our Company' },
      ]);
    });

    it('quotes a removed clause from the older version only', () => {
      const change = allChanges(comparison.topics).find((c) => c.older?.clause === `${O}protection-of-personally-identifiable-information--p8`)!;
      expect(change).toMatchObject({ status: 'removed', newer: null, diff: null, score: 0 });
      expect(change.older!.quote).toBe('Should Kayako cease trading or file for bankruptcy, information held about you will not be transferred to a third party.');
    });

    it('quotes a new clause from the newer version only', () => {
      const change = allChanges(comparison.topics).find((c) => c.newer?.clause === `${N}12--p2`)!;
      expect(change).toMatchObject({ status: 'new', older: null, diff: null });
      expect(change.newer!.quote).toMatch(/^Right of erasure\./);
    });
  });

  describe('with a topic', () => {
    it('lists under it every change whose clauses have its category', () => {
      const summary = summarizeChanges(INDEX, ALIGNMENTS, { topic: 'third-party-sharing' });
      const comparison = summary.comparisons[0]!;
      expect(summary.topic).toBe('third-party-sharing');
      expect(comparison.topics.map((t) => t.category)).toEqual(['third-party-sharing']);
      expect(comparison.topics[0]!.label).toBe('Sharing with others');
      const changes = comparison.topics[0]!.changes;
      for (const c of changes) expect(c.categories).toContain('third-party-sharing');
      expect(changes.some((c) => c.newer?.clause === `${N}3--p2`)).toBe(true);
    });
  });

  describe('with a concept', () => {
    it('lists only changes whose clauses name it', () => {
      const comparison = summarizeChanges(INDEX, ALIGNMENTS, { concept: 'cookies' }).comparisons[0]!;
      const changes = allChanges(comparison.topics);
      expect(changes.length).toBeGreaterThan(0);
      for (const c of changes) {
        const named = [c.newer, c.older].some((side) => side !== null && namesConcept(analyzePhrase(side.quote), 'cookies'));
        expect(named, c.newer?.clause ?? c.older?.clause).toBe(true);
      }
      expect(changes.some((c) => c.newer?.clause === `${N}5--p1`)).toBe(true);
      expect(changes.some((c) => c.newer?.clause === `${N}3--p2`)).toBe(false);
    });
  });

  describe('with no alignments', () => {
    it('returns no comparisons', () => {
      expect(summarizeChanges(INDEX, [])).toEqual({ topic: null, concept: null, comparisons: [] });
    });
  });

  describe("when given a concept the index's vocabulary lacks", () => {
    it('throws with what to do', () => {
      expect(() => summarizeChanges(INDEX, ALIGNMENTS, { concept: 'biscuits' })).toThrow(
        'policy-assistant: unknown concept "biscuits"; give the id of a concept of the vocabulary, e.g. "cookies"',
      );
    });
  });
});

describe('resolveChangesOptions', () => {
  it('fills in the defaults', () => {
    expect(resolveChangesOptions()).toEqual(DEFAULT_CHANGES_OPTIONS);
    expect(resolveChangesOptions({ topic: 'data-retention' })).toEqual({ topic: 'data-retention', concept: null });
  });

  it('refuses an unknown category', () => {
    expect(() => resolveChangesOptions({ topic: 'cookies' as never })).toThrow(
      `policy-assistant: unknown topic "cookies"; give one of ${CATEGORIES.join(', ')}`,
    );
  });
});

describe('resolveTopic', () => {
  describe('when given a category id or label', () => {
    it.each([
      ['data-retention', 'data-retention'],
      ['Do Not Track', 'do-not-track'],
      ['do not track', 'do-not-track'],
      ['Security', 'data-security'],
    ])('returns all of the category for %j', (word, category) => {
      expect(resolveTopic(word)).toEqual({ category, concept: null });
    });
  });

  describe('when given a word of the vocabulary', () => {
    it.each([
      ['cookies', 'first-party-collection', 'cookies'],
      ['cookie', 'first-party-collection', 'cookies'],
      ['retention', 'data-retention', 'retention'],
      ['sharing', 'third-party-sharing', 'sharing'],
      ['children', 'specific-audiences', 'children'],
      ['kids', 'specific-audiences', 'children'],
      ['GDPR', 'specific-audiences', 'europe'],
      ['payment', 'first-party-collection', 'payment'],
    ])('returns the concept %j names', (word, category, concept) => {
      expect(resolveTopic(word)).toEqual({ category, concept });
    });
  });

  describe('when given a word the vocabulary lacks', () => {
    it('returns null', () => {
      expect(resolveTopic('xyzzy')).toBeNull();
      expect(resolveTopic('  ')).toBeNull();
    });
  });
});

describe('namesConcept', () => {
  it('tells whether a text uses one of the concept\'s policy phrases', () => {
    expect(namesConcept(analyzePhrase('All major browsers allow you to block or delete cookies.'), 'cookies')).toBe(true);
    expect(namesConcept(analyzePhrase('We use web beacons.'), 'cookies')).toBe(true);
    expect(namesConcept(analyzePhrase('We keep your data for a year.'), 'cookies')).toBe(false);
    expect(namesConcept(analyzePhrase('We use cookies.'), 'no-such-concept')).toBe(false);
  });
});
