export { main, DEFAULT_CORPUS_DIR, type CliIo } from './main.js';
export { formatAnswer, formatCitation } from './format.js';
export { formatDate } from '../answer/index.js';
