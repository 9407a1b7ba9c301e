export { main, DEFAULT_CORPUS_DIR, type CliIo } from './main.js';
export { formatAnswer, formatCitation, formatDate } from './format.js';
