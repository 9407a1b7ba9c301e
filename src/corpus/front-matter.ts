import { parse as parseYaml, YAMLParseError } from 'yaml';
import { CorpusError } from './errors.js';

/** The keys of our own front matter; any other key (a publisher's own front matter) is ignored. */
export interface PolicyFrontMatter {
  /** Policy id shared by its versions. Default: from the file name. */
  id?: string;
  /** Display title. Default: the first heading. */
  title?: string;
  /** Company name. Default: from the title. */
  company?: string;
  /** Version date `YYYY-MM-DD`. Default: from the file name, an "Effective date" line or an archive note. */
  version?: string;
  /** Effective date `YYYY-MM-DD`. Default: an "Effective date"/"came into effect" line. */
  effective?: string;
  /** Where the text was published. Default: none. */
  source?: string;
}

/** A file split into its front matter and its Markdown body. */
export interface SplitFile {
  /** Our keys found in the front matter. */
  meta: PolicyFrontMatter;
  /** The Markdown after the front matter. */
  body: string;
  /** Number of lines before the body, to report body lines as file lines. */
  bodyLine: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

/**
 * Splits YAML front matter (between `---` lines at the top of the file) from the Markdown body.
 * Unknown keys are ignored, so a publisher's own front matter does no harm.
 *
 * @example splitFrontMatter('---\nid: acme\n---\n# Privacy', 'x.md').meta // { id: 'acme' }
 */
export function splitFrontMatter(text: string, file: string): SplitFile {
  const open = OPEN.exec(text);
  if (!open) return { meta: {}, body: text.replace(/^\uFEFF/, ''), bodyLine: 0 };
  const rest = text.slice(open[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest);
  if (!close) {
    throw new CorpusError(file, 1, 'front matter is not closed; end it with a line "---" or remove the opening "---"');
  }
  const yamlText = rest.slice(0, close.index);
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line + 1 : 1;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CorpusError(file, line, `front matter is not valid YAML (${reason}); fix it or remove it`);
  }
  const afterClose = rest.slice(close.index).replace(/^.*(\r?\n|$)/, '');
  // Opening line, the YAML lines, closing line.
  const bodyLine = 1 + countLines(yamlText) + 1;
  return { meta: readMeta(data, file, yamlText), body: afterClose, bodyLine };
}

function countLines(s: string): number {
  return s.split('\n').length - 1;
}

function readMeta(data: unknown, file: string, yamlText: string): PolicyFrontMatter {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new CorpusError(file, 2, 'front matter must be a list of "key: value" lines; fix it or remove it');
  }
  const record = data as Record<string, unknown>;
  const lineOf = (key: string) => {
    const i = yamlText.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return i < 0 ? 2 : i + 2;
  };
  const meta: PolicyFrontMatter = {};
  for (const key of ['id', 'title', 'company', 'source'] as const) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new CorpusError(file, lineOf(key), `front matter "${key}" must be text; write it as "${key}: …"`);
    }
    meta[key] = String(value).trim();
  }
  for (const key of ['version', 'effective'] as const) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    if (!DATE.test(text) || !isRealDate(text)) {
      throw new CorpusError(file, lineOf(key), `front matter "${key}" must be a date written YYYY-MM-DD, not "${text}"`);
    }
    meta[key] = text;
  }
  if (meta.id !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(meta.id)) {
    throw new CorpusError(file, lineOf('id'), `front matter "id" must be lower-case letters, digits and dashes, not "${meta.id}"`);
  }
  return meta;
}

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
