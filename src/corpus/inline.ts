import type { Token, Tokens } from 'marked';
import type { InlineSpan } from './types.js';

const SAFE_URL = /^(?:https?:|mailto:)/i;
const BR = /^<br\s*\/?>$/i;
/** Stands for a hard line break (`<br>`, two trailing spaces) while white space is collapsed. */
const HARD_BREAK = '\u2028';
const COMMENT = /^<!--[\s\S]*?-->$/;

/** The named references that occur in policies converted from HTML. */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c', sbquo: '\u201a', bdquo: '\u201e',
  mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', sect: '\u00a7', para: '\u00b6', deg: '\u00b0',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2',
  laquo: '\u00ab', raquo: '\u00bb', times: '\u00d7', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c',
  eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0', iacute: '\u00ed', oacute: '\u00f3',
  uacute: '\u00fa', ntilde: '\u00f1', ccedil: '\u00e7', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4', szlig: '\u00df',
};

/** Decodes the HTML character references marked leaves in text (`&amp;`, `&#39;`, `&#x2019;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Resolves a link target to an absolute `http(s):`/`mailto:` URL, or `undefined` when it is not
 * safe to link (`javascript:`, `data:`) or cannot be resolved (a relative link with no base).
 */
export function safeHref(href: string, base: string | null): string | undefined {
  const trimmed = href.trim();
  if (SAFE_URL.test(trimmed)) return trimmed;
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('#')) return undefined;
  try {
    const url = new URL(trimmed, base);
    return SAFE_URL.test(url.href) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

interface Marks {
  strong?: boolean;
  em?: boolean;
  href?: string;
}

/**
 * Flattens marked's inline tokens into spans of plain text with their formatting. Inline HTML is
 * kept as literal text (it is shown, never interpreted), except `<br>`, which is a line break
 * ("\n" in the text: the lines of an address), and comments, which are dropped. Other white space,
 * the source's own line breaks included, becomes single spaces.
 */
export function toSpans(tokens: readonly Token[] | undefined, base: string | null): InlineSpan[] {
  const out: InlineSpan[] = [];
  walk(tokens ?? [], {}, base, out);
  return mergeSpans(out);
}

function push(out: InlineSpan[], text: string, marks: Marks, code = false): void {
  if (!text) return;
  const span: InlineSpan = { text };
  if (marks.strong) span.strong = true;
  if (marks.em) span.em = true;
  if (code) span.code = true;
  if (marks.href) span.href = marks.href;
  out.push(span);
}

function walk(tokens: readonly Token[], marks: Marks, base: string | null, out: InlineSpan[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length > 0) walk(t.tokens, marks, base, out);
        else push(out, decodeEntities(t.text), marks);
        break;
      }
      case 'escape':
        push(out, (token as Tokens.Escape).text, marks);
        break;
      case 'strong':
        walk((token as Tokens.Strong).tokens, { ...marks, strong: true }, base, out);
        break;
      case 'em':
        walk((token as Tokens.Em).tokens, { ...marks, em: true }, base, out);
        break;
      case 'del':
        walk((token as Tokens.Del).tokens, marks, base, out);
        break;
      case 'codespan':
        push(out, decodeEntities((token as Tokens.Codespan).text), marks, true);
        break;
      case 'br':
        push(out, HARD_BREAK, marks);
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const href = safeHref(link.href, base);
        walk(link.tokens, href ? { ...marks, href } : marks, base, out);
        break;
      }
      case 'image':
        push(out, (token as Tokens.Image).text, marks);
        break;
      case 'html': {
        const raw = (token as Tokens.HTML).raw.trim();
        if (BR.test(raw)) push(out, HARD_BREAK, marks);
        else if (!COMMENT.test(raw)) push(out, raw, marks);
        break;
      }
      default: {
        const generic = token as Tokens.Generic;
        if (Array.isArray(generic.tokens)) walk(generic.tokens as Token[], marks, base, out);
        else if (typeof generic.text === 'string') push(out, generic.text, marks);
      }
    }
  }
}

/** Joins neighbouring spans with the same formatting (copies; the input is left as it is). */
export function joinSameFormat(spans: readonly InlineSpan[]): InlineSpan[] {
  const out: InlineSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && last.strong === span.strong && last.em === span.em && last.code === span.code && last.href === span.href) {
      last.text += span.text;
    } else out.push({ ...span });
  }
  return out;
}

/**
 * Joins neighbouring spans with the same formatting and collapses white space: each run of it is
 * one space, or one "\n" when it holds a hard line break; none at the start or the end.
 */
function mergeSpans(spans: InlineSpan[]): InlineSpan[] {
  const merged = joinSameFormat(spans);
  for (const span of merged) span.text = span.text.replace(/\s+/g, (run) => (run.includes(HARD_BREAK) ? '\n' : ' '));
  // Runs that meet across spans ("a " + "\nb") are one run too.
  const kept: InlineSpan[] = [];
  for (const span of merged) {
    const previous = kept[kept.length - 1];
    const last = previous ? previous.text[previous.text.length - 1] : '\n';
    let text = span.text;
    if (last === '\n') text = text.replace(/^[ \n]+/, '');
    else if (last === ' ') {
      if (text.startsWith('\n') && previous) previous.text = previous.text.slice(0, -1);
      else text = text.replace(/^ /, '');
    }
    span.text = text;
    if (previous && !previous.text) kept.pop();
    if (text) kept.push(span);
  }
  const last = kept[kept.length - 1];
  if (last) last.text = last.text.replace(/[ \n]+$/, '');
  return kept.filter((s) => s.text);
}

/** Plain text of spans. */
export function spansText(spans: readonly InlineSpan[]): string {
  return spans.map((s) => s.text).join('');
}
