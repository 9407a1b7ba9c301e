// Types of the virtual modules the plugin serves; reference this file (or the package's
// `policy-assistant/virtual` types) from a host project's tsconfig.
declare module 'virtual:policy-assistant/index' {
  const index: import('../search/stored-index.js').StoredIndex;
  export default index;
}

declare module 'virtual:policy-assistant/corpus' {
  const corpus: import('../corpus/types.js').Corpus;
  export default corpus;
}
