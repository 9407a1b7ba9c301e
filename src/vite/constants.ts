/** The id a page imports the compile-time index from. */
export const VIRTUAL_INDEX_ID = 'virtual:policy-assistant/index';
/** The resolved id (Vite's convention: `\0` marks a virtual module). */
export const RESOLVED_VIRTUAL_INDEX_ID = '\0' + VIRTUAL_INDEX_ID;
/** The id a page imports the parsed corpus from, to render the policies themselves. */
export const VIRTUAL_CORPUS_ID = 'virtual:policy-assistant/corpus';
/** Resolved id of the corpus module. */
export const RESOLVED_VIRTUAL_CORPUS_ID = '\0' + VIRTUAL_CORPUS_ID;
