import type { AsPlainObject } from 'minisearch';

/**
 * MiniSearch's `toJSON()` as an index stores it (`packSearch`): the same object with its terms in
 * one string and its postings in one string per field. `unpackSearch` gives back exactly what
 * `toJSON()` gave, for `MiniSearch.loadJS`.
 */
export interface StoredSearch {
  /** As in `toJSON()`. */
  documentCount: number;
  /** As in `toJSON()`. */
  nextId: number;
  /** As in `toJSON()`. */
  fieldIds: Record<string, number>;
  /** `toJSON().fieldLength` of each document in turn (short ids are 0, 1, 2, …). */
  fieldLength: number[][];
  /** As in `toJSON()`. */
  averageFieldLength: number[];
  /** As in `toJSON()`. */
  storedFields: AsPlainObject['storedFields'];
  /** As in `toJSON()`. */
  dirtCount?: number;
  /** As in `toJSON()`. */
  serializationVersion: number;
  /** The index's terms in `toJSON()` order, separated by spaces. */
  terms: string;
  /**
   * For each field id, the documents each term occurs in, term by term (an empty list where it
   * does not occur): each short id as its gap from the one before, followed by the term's
   * frequency, negated, where it is not 1. Plain JSON arrays, so loading parses no strings.
   */
  postings: number[][][];
}

/**
 * Stores MiniSearch's `toJSON()` compactly (about two thirds of its gzipped size), checking that
 * `unpackSearch` gives it back exactly. The index must hold every document it was given (short id
 * and id alike 0, 1, 2, …), as `buildIndex` makes it.
 */
export function packSearch(plain: AsPlainObject): StoredSearch {
  const { documentCount, nextId, fieldIds, averageFieldLength, storedFields, dirtCount, serializationVersion } = plain;
  const stored: StoredSearch = {
    documentCount,
    nextId,
    fieldIds,
    fieldLength: Array.from({ length: documentCount }, (_, id) => plain.fieldLength[id]!),
    averageFieldLength,
    storedFields,
    dirtCount,
    serializationVersion,
    terms: plain.index.map(([term]) => term).join(' '),
    postings: Object.values(fieldIds).map((field) =>
      plain.index.map(([, data]) => {
        const list: number[] = [];
        let previous = 0;
        for (const [id, frequency] of Object.entries(data[field] ?? {})) {
          list.push(Number(id) - previous);
          if (frequency !== 1) list.push(-frequency);
          previous = Number(id);
        }
        return list;
      }),
    ),
  };
  if (JSON.stringify(unpackSearch(stored)) !== JSON.stringify(plain)) {
    throw new Error('policy-assistant: the search index cannot be stored compactly (documents were removed or a term has a space); build it anew with buildIndex');
  }
  return stored;
}

/** MiniSearch's `toJSON()` from its stored form (`packSearch`). */
export function unpackSearch(stored: StoredSearch): AsPlainObject {
  const { documentCount, nextId, fieldIds, averageFieldLength, storedFields, dirtCount, serializationVersion } = stored;
  const documentIds: Record<number, number> = {};
  const fieldLength: Record<number, number[]> = {};
  stored.fieldLength.forEach((lengths, id) => {
    documentIds[id] = id;
    fieldLength[id] = lengths;
  });
  const index: AsPlainObject['index'] = stored.terms.split(' ').map((term) => [term, {}]);
  Object.values(fieldIds).forEach((field, f) => {
    stored.postings[f]!.forEach((list, t) => {
      if (list.length === 0) return;
      const documents: Record<number, number> = {};
      let id = 0;
      for (const n of list) {
        if (n < 0) documents[id] = -n;
        else documents[(id += n)] = 1;
      }
      index[t]![1][field] = documents;
    });
  });
  return { documentCount, nextId, documentIds, fieldIds, fieldLength, averageFieldLength, storedFields, dirtCount, index, serializationVersion };
}
