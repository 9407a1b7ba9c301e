export { readCorpus, readCorpusFiles } from './read-corpus.js';
