import { clauseAnchor, type InlineSpan } from '../corpus/index.js';
import type { Category } from './categories.js';
import type { IndexedVocabulary } from './compiled-vocabulary.js';
import { packSearch, unpackSearch, type StoredSearch } from './stored-search.js';
import type { IndexedClause, IndexedSection, IndexedVersion, PolicyIndex, VersionAlignment } from './types.js';

/** The format `packIndex` writes; loading refuses any other. */
export const INDEX_FORMAT = 3;

/**
 * The index as stored: what `policy-assistant build` writes, the Vite plugin's module holds and
 * the element's `src` loads. It is the `PolicyIndex` less what loading derives: clause anchors
 * and sections, section paths and first clauses, and the number of clauses each term occurs in.
 */
export interface StoredIndex {
  /** Format of this object: `INDEX_FORMAT`. */
  format: typeof INDEX_FORMAT;
  /** As in `PolicyIndex`. */
  vocabulary: IndexedVocabulary;
  /** Sections of all versions, in clause order, without `path` and `first`. */
  sections: Array<Omit<IndexedSection, 'path' | 'first'>>;
  /** The clauses, field by field. */
  clauses: StoredClauses;
  /** As in `PolicyIndex`. */
  versions: IndexedVersion[];
  /** MiniSearch's `toJSON()`, stored compactly. */
  search: StoredSearch;
  /** As in `PolicyIndex`. */
  alignments: VersionAlignment[];
}

/** The clauses of a stored index, one entry per clause in each list. */
export interface StoredClauses {
  /** Display content: the text itself when it is one unformatted span. */
  spans: Array<string | InlineSpan[]>;
  /** Data-practice categories, separated by spaces. */
  categories: string[];
  /** Concepts named, as positions in `vocabulary.concepts` separated by spaces. */
  concepts: string[];
  /**
   * For each clause, when it is a list item, how many clauses back the paragraph that introduces
   * its list is; 0 for none. Absent in indexes written before it was stored: no lead-ins then.
   */
  leads?: number[];
}

/**
 * Stores an index (for `policy-assistant build` and the Vite plugin), checking that `unpackIndex`
 * gives it back.
 *
 * @example JSON.stringify(packIndex(alignIndex(buildIndex(corpus)))) // '{"format":3,"vocabulary":{…},…}'
 */
export function packIndex(index: PolicyIndex): StoredIndex {
  const concepts = new Map(index.vocabulary.concepts.map((c, i) => [c.id, i]));
  // In the order that gzips smallest: the vocabulary's words next to the policy's.
  const stored: StoredIndex = {
    format: INDEX_FORMAT,
    vocabulary: index.vocabulary,
    sections: index.sections.map(({ path: _, first: __, ...section }) => section),
    clauses: {
      spans: index.clauses.map(({ spans }) => (spans.length === 1 && Object.keys(spans[0]!).length === 1 ? spans[0]!.text : spans)),
      categories: index.clauses.map((c) => c.categories.join(' ')),
      concepts: index.clauses.map((c) => c.concepts.map((id) => concepts.get(id)).join(' ')),
      leads: index.clauses.map((c, i) => (c.lead >= 0 ? i - c.lead : 0)),
    },
    versions: index.versions,
    search: packSearch(index.search),
    alignments: index.alignments,
  };
  if (canonical(unpackIndex(stored)) !== canonical(index)) {
    throw new Error('policy-assistant: the index cannot be stored: its sections, clauses or terms are not as buildIndex makes them; build it anew');
  }
  return stored;
}

/** An index from its stored form (`packIndex`). */
export function unpackIndex(stored: StoredIndex): PolicyIndex {
  const { versions, alignments, vocabulary } = stored;
  const sections: IndexedSection[] = [];
  const clauses: IndexedClause[] = [];
  const split = (list: string) => (list ? list.split(' ') : []);
  for (const section of stored.sections) {
    const s = sections.length;
    const parent = sections[section.parent];
    const { anchor, number, heading, version, depth, count } = section;
    const path = parent ? [...parent.path, heading] : [heading];
    sections.push({ anchor, number, heading, path, version, parent: section.parent, depth, first: clauses.length, count });
    for (let k = 0; k < count; k++) {
      const i = clauses.length;
      const spans = stored.clauses.spans[i]!;
      clauses.push({
        anchor: clauseAnchor(anchor, k),
        section: s,
        spans: typeof spans === 'string' ? [{ text: spans }] : spans,
        categories: split(stored.clauses.categories[i]!) as Category[],
        concepts: split(stored.clauses.concepts[i]!).map((c) => vocabulary.concepts[Number(c)]!.id),
        lead: stored.clauses.leads?.[i] ? i - stored.clauses.leads[i]! : -1,
      });
    }
  }
  const search = unpackSearch(stored.search);
  let df: Record<string, number> | undefined;
  return {
    versions,
    sections,
    clauses,
    // Derived when first read (the first question), so that loading stays fast.
    get df() {
      return (df ??= documentFrequencies(search));
    },
    search,
    alignments,
    vocabulary,
  };
}

/**
 * An index as built (`buildIndex`) or as stored (`packIndex`), ready to search.
 *
 * @example openIndex(JSON.parse(readFileSync('index.json', 'utf8'))).clauses.length // 82
 */
export function openIndex(index: PolicyIndex | StoredIndex): PolicyIndex {
  if (index && typeof index === 'object') {
    if ('format' in index) {
      if (index.format === INDEX_FORMAT) return unpackIndex(index);
    } else if (Array.isArray(index.clauses) && index.vocabulary) {
      return index;
    }
  }
  throw new Error(`policy-assistant: the index is not a policy-assistant index (format ${INDEX_FORMAT}); rebuild it with "policy-assistant build"`);
}

/** Number of clauses each term occurs in, text or headings (not the lead-in label, which is text too). */
function documentFrequencies(search: PolicyIndex['search']): Record<string, number> {
  const df: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [term, data] of search.index) {
    const text = data[search.fieldIds.text!] ?? {};
    let n = Object.keys(text).length;
    for (const id in data[search.fieldIds.heading!]) if (!(id in text)) n++;
    if (n > 0) df[term] = n;
  }
  return df;
}

/** JSON with object keys in order, to compare values whatever order their keys were set in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}
