import type { AsPlainObject } from 'minisearch';

/**
 * MiniSearch's `toJSON()` as an index stores it (`packSearch`): the same object without its
 * document ids, which are their own short ids, and with its field lengths as a list.
 * `unpackSearch` gives back exactly what `toJSON()` gave, for `MiniSearch.loadJS`.
 *
 * The postings (`index`) stay as `toJSON()` writes them: JSON.parse makes their objects, keyed by
 * sparse document ids, with far less memory and time than code could while the index loads. (Gap
 * lists would gzip 1.2 KB smaller for the Kayako corpus, but expanding them doubled what loading
 * allocates, and in a fresh page that costs more garbage collection than it saves in transfer.)
 */
export interface StoredSearch extends Omit<AsPlainObject, 'documentIds' | 'fieldLength'> {
  /** `toJSON().fieldLength` of each document in turn (short ids are 0, 1, 2, …). */
  fieldLength: number[][];
}

/**
 * Stores MiniSearch's `toJSON()`, checking that `unpackSearch` gives it back exactly. The index
 * must hold every document it was given, each with its position as id, as `buildIndex` makes it.
 */
export function packSearch(plain: AsPlainObject): StoredSearch {
  const { documentIds: _, fieldLength, ...rest } = plain;
  const stored: StoredSearch = { ...rest, fieldLength: Array.from({ length: plain.documentCount }, (__, id) => fieldLength[id]!) };
  if (JSON.stringify(unpackSearch(stored)) !== JSON.stringify(plain)) {
    throw new Error('policy-assistant: the search index cannot be stored (documents were removed or have other ids); build it anew with buildIndex');
  }
  return stored;
}

/** MiniSearch's `toJSON()` from its stored form (`packSearch`). */
export function unpackSearch(stored: StoredSearch): AsPlainObject {
  const { documentCount, nextId, fieldIds, averageFieldLength, storedFields, dirtCount, index, serializationVersion } = stored;
  const documentIds: Record<number, number> = {};
  const fieldLength: Record<number, number[]> = {};
  stored.fieldLength.forEach((lengths, id) => {
    documentIds[id] = id;
    fieldLength[id] = lengths;
  });
  // In toJSON()'s order of keys.
  return { documentCount, nextId, documentIds, fieldIds, fieldLength, averageFieldLength, storedFields, dirtCount, index, serializationVersion };
}
