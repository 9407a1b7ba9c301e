import { PolicySearch, type PolicyIndex, type StoredIndex } from '../search/index.js';

/** Loads a policy index: the element's `defaultIndex`, for instance the compile-time one. */
export type IndexLoader = () => Promise<PolicyIndex | StoredIndex>;

const fetched = new Map<string, Promise<StoredIndex>>();
const searches = new WeakMap<PolicyIndex | StoredIndex, PolicySearch>();

/**
 * Fetches an index written by `policy-assistant build`, once per URL for the whole page (several
 * elements with the same `src` share one request). A failed load is forgotten, so asking again
 * retries it.
 *
 * @example await fetchIndex('/policy-index.json') // { format: 3, vocabulary: {...}, sections: [...], ... }
 */
export function fetchIndex(src: string, base: string = document.baseURI): Promise<StoredIndex> {
  const url = new URL(src, base).href;
  let loading = fetched.get(url);
  if (!loading) {
    loading = fetch(url, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) {
        throw new Error(`policy-assistant: could not load the index "${src}" (HTTP ${response.status}); check the src attribute`);
      }
      try {
        return (await response.json()) as StoredIndex;
      } catch {
        throw new Error(`policy-assistant: the index "${src}" is not JSON; write it with "policy-assistant build --out FILE"`);
      }
    });
    fetched.set(url, loading);
    loading.catch(() => fetched.delete(url));
  }
  return loading;
}

/**
 * The search of an index (as stored, or as built), made once per index object: loading MiniSearch
 * is the costly step, so elements that share an index share it.
 */
export function searchFor(index: PolicyIndex | StoredIndex): PolicySearch {
  let search = searches.get(index);
  if (!search) {
    search = new PolicySearch(index);
    searches.set(index, search);
  }
  return search;
}
