import { Lexer, type Token, type Tokens } from 'marked';
import { clauseAnchor, sectionAnchor, slugify, versionAnchor } from './anchors.js';
import { findDate } from './dates.js';
import { CorpusError } from './errors.js';
import { splitFrontMatter } from './front-matter.js';
import { joinSameFormat, spansText, toSpans } from './inline.js';
import type { Clause, ClauseKind, InlineSpan, PolicyVersion, Section } from './types.js';

/** Heading text `1\.  Our Collection` → number `1`, heading `Our Collection`. */
const NUMBERED = /^(?:§\s*|[Ss]ection\s+)?(?:(\d+(?:\.\d+)*)[.):]?|([IVXLC]+)[.):])\s+(\S.*)$/;
const DATED_NAME = /^(.*?)[-_ ]?(\d{4}-\d{2}-\d{2})$/;
const EFFECTIVE = /\b(?:effective(?:\s+date)?|(?:came|comes)\s+into\s+effect|last\s+(?:updated|modified|revised))\b/i;
/** A note that says where a text was archived, e.g. "…that was archived on 2015-12-29…". */
const ARCHIVE_NOTE = /\barchived\s+on\s+(\d{4}-\d{2}-\d{2})\b/i;
/** Paragraphs this short without closing punctuation are lines of an address or a signature. */
const SHORT_LINE = 60;

interface Block {
  kind: ClauseKind;
  spans: InlineSpan[];
  line: number;
}

interface Draft {
  section: Omit<Section, 'anchor' | 'parent' | 'clauses'> & { key: string };
  parentIndex: number | null;
  blocks: Block[];
}

/**
 * Parses one policy file into a version: sections from headings (numbered where the heading is),
 * clauses from paragraphs, list items and table rows, with stable anchors.
 * Throws a {@link CorpusError} naming the file and line when the file cannot be used.
 *
 * @example parsePolicy({ path: 'acme-privacy-2024-01-01.md', text: '# Privacy\n\n## Cookies\n\nWe use cookies.' })
 *   .sections[1].clauses[0].anchor // 'acme-privacy-2024-01-01--cookies--p1'
 */
export function parsePolicy(file: { path: string; text: string }): PolicyVersion {
  const { path } = file;
  if (!file.text.trim()) throw new CorpusError(path, 1, 'file is empty; write the policy as Markdown with at least one heading');
  const { meta, body, bodyLine } = splitFrontMatter(file.text, path);
  if (!body.trim()) throw new CorpusError(path, bodyLine + 1, 'file has front matter but no policy text; write the policy below it');

  const tokens = new Lexer({ gfm: true }).lex(body.replace(/\r\n?/g, '\n'));
  const lineStarts = computeLineStarts(body.replace(/\r\n?/g, '\n'));
  const lineAt = (offset: number) => bodyLine + 1 + upperBound(lineStarts, offset) - 1;
  const base = meta.source && /^https?:/i.test(meta.source) ? meta.source : null;

  // Walk the top-level tokens once, collecting headings and blocks with their lines.
  const headings: Array<{ token: Tokens.Heading; line: number }> = [];
  const drafts: Draft[] = [];
  const intro: Block[] = [];
  let archiveDate: string | null = null;
  let offset = 0;
  let current: Draft | null = null;
  const stack: number[] = [];
  const topHeadingDepths = tokens.filter((t): t is Tokens.Heading => t.type === 'heading').map((t) => t.depth);
  const firstDepth = topHeadingDepths[0];
  // A lone top-level heading at the start is the document's title: its text is the introduction.
  const titleIsFirst = firstDepth === 1 && topHeadingDepths.filter((d) => d === 1).length === 1 && tokens.find((t) => t.type === 'heading') !== undefined;
  let documentTitle: string | null = null;
  let seenHeading = false;

  for (const token of tokens) {
    const line = lineAt(offset);
    offset += token.raw.length;
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      const text = spansText(toSpans(heading.tokens, base)).trim();
      if (!seenHeading && titleIsFirst) {
        seenHeading = true;
        if (!text) throw new CorpusError(path, line, 'heading has no text; write the heading or remove the line');
        documentTitle = text;
        continue;
      }
      seenHeading = true;
      headings.push({ token: heading, line });
      const match = NUMBERED.exec(text);
      // Arabic numbers with or without a stop ("1\.", "2.1"); Roman ones only with it ("IV."),
      // so that "CV and job applications" keeps its first word.
      const number = match ? (match[1] ?? match[2]!) : null;
      const title = match ? match[3]!.trim() : text;
      if (!title && !number) throw new CorpusError(path, line, 'heading has no text; write the heading or remove the line');
      while (stack.length > 0 && drafts[stack[stack.length - 1]!]!.section.depth >= heading.depth) stack.pop();
      const parentIndex = stack.length > 0 ? stack[stack.length - 1]! : null;
      const parentPath = parentIndex === null ? [] : drafts[parentIndex]!.section.path;
      const heading2 = title || `Section ${number}`;
      const draft: Draft = {
        section: { key: number ?? headingKey(heading2), number, heading: heading2, path: [...parentPath, heading2], depth: heading.depth, line },
        parentIndex,
        blocks: [],
      };
      drafts.push(draft);
      stack.push(drafts.length - 1);
      current = draft;
      continue;
    }
    const blocks = collectBlocks(token, line, base, body, offset - token.raw.length, lineAt);
    if (!current && blocks.length > 0 && drafts.length === 0 && !archiveDate && token.type === 'blockquote') {
      // A leading note about where the text was archived is metadata, not policy text.
      const note = ARCHIVE_NOTE.exec(blocks.map((b) => spansText(b.spans)).join(' '));
      if (note) {
        archiveDate = note[1]!;
        continue;
      }
    }
    (current ? current.blocks : intro).push(...blocks);
  }

  if (drafts.length === 0 && !documentTitle) {
    throw new CorpusError(path, bodyLine + 1, 'no heading found; a policy needs headings for its sections, e.g. "## Cookies"');
  }

  // Identity: our front matter, else the file name, else the text itself.
  const fileName = path.split(/[\\/]/).pop()!.replace(/\.(md|markdown)$/i, '');
  const named = DATED_NAME.exec(fileName);
  const allText = [...intro, ...drafts.flatMap((d) => d.blocks)].map((b) => spansText(b.spans));
  const effectiveLine = allText.slice(0, 12).find((t) => EFFECTIVE.test(t) && findDate(t));
  const effective = meta.effective ?? (effectiveLine ? findDate(effectiveLine) : null);
  const policy = meta.id ?? slugify(named ? named[1]! : fileName) ?? 'policy';
  const version = meta.version ?? named?.[2] ?? archiveDate ?? effective ?? 'current';
  const title = meta.title ?? documentTitle ?? drafts[0]?.section.heading ?? policy;
  const company = meta.company ?? guessCompany(title);
  const id = versionAnchor(policy || 'policy', version);

  const sections: Section[] = [];
  const seen = new Map<string, number>();
  const claim = (anchor: string, line: number) => {
    const other = seen.get(anchor);
    if (other !== undefined) {
      throw new CorpusError(path, line, `duplicate anchor "${anchor}" (also at line ${other}); give the headings distinct text or numbers`);
    }
    seen.set(anchor, line);
  };
  if (intro.length > 0 || documentTitle) {
    const anchor = sectionAnchor(id, 'intro');
    claim(anchor, bodyLine + 1);
    sections.push(makeSection(anchor, null, 'Introduction', ['Introduction'], null, 0, intro[0]?.line ?? bodyLine + 1, intro));
  }
  const anchors: string[] = [];
  for (const draft of drafts) {
    const s = draft.section;
    const parentAnchor = draft.parentIndex === null ? null : anchors[draft.parentIndex]!;
    let anchor = sectionAnchor(id, s.key || `line-${s.line}`);
    if (seen.has(anchor) && parentAnchor) anchor = `${parentAnchor}--${s.key}`;
    claim(anchor, s.line);
    anchors.push(anchor);
    sections.push(makeSection(anchor, s.number, s.heading, s.path, parentAnchor, s.depth, s.line, draft.blocks));
  }
  for (const section of sections) for (const clause of section.clauses) claim(clause.anchor, clause.line);

  return { policy, version, id, title, company, effective, source: meta.source ?? null, file: fileName, sections };
}

function makeSection(
  anchor: string,
  number: string | null,
  heading: string,
  path: string[],
  parent: string | null,
  depth: number,
  line: number,
  blocks: Block[],
): Section {
  const clauses: Clause[] = mergeShortLines(blocks).map((block, index) => ({
    anchor: clauseAnchor(anchor, index),
    section: anchor,
    index,
    kind: block.kind,
    text: spansText(block.spans),
    spans: block.spans,
    line: block.line,
    categories: [],
  }));
  return { anchor, number, heading, path, parent, depth, line, clauses };
}

/** Consecutive short paragraphs without closing punctuation (an address) make one clause. */
function mergeShortLines(blocks: Block[]): Block[] {
  const out: Block[] = [];
  const isLine = (b: Block) => {
    const text = spansText(b.spans);
    return b.kind === 'paragraph' && text.length < SHORT_LINE && !/[.:;!?]$/.test(text);
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    let j = i;
    while (j + 1 < blocks.length && isLine(blocks[j]!) && isLine(blocks[j + 1]!)) j++;
    if (j === i) {
      out.push(block);
      continue;
    }
    const spans: InlineSpan[] = [];
    for (let k = i; k <= j; k++) {
      if (k > i) spans.push({ text: ' ' });
      spans.push(...blocks[k]!.spans);
    }
    out.push({ kind: 'paragraph', spans: joinSameFormat(spans), line: block.line });
    i = j;
  }
  return out.filter((b) => spansText(b.spans).trim());
}

/** Paragraphs, list items (nested lists flattened, each item its own clause) and table rows. */
function collectBlocks(
  token: Token,
  line: number,
  base: string | null,
  body: string,
  start: number,
  lineAt: (offset: number) => number,
): Block[] {
  switch (token.type) {
    case 'paragraph':
      return block('paragraph', toSpans((token as Tokens.Paragraph).tokens, base), line);
    case 'text':
      return block('paragraph', toSpans((token as Tokens.Text).tokens ?? [token], base), line);
    case 'code':
      return block('paragraph', [{ text: (token as Tokens.Code).text.replace(/\s+/g, ' ').trim(), code: true }], line);
    case 'html': {
      // Block HTML is structure (a comment, a <div>): keep only its words, as text.
      const text = (token as Tokens.HTML).raw.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
      return text ? [{ kind: 'paragraph', spans: [{ text }], line }] : [];
    }
    case 'blockquote':
      return subBlocks((token as Tokens.Blockquote).tokens, line, base);
    case 'list': {
      const out: Block[] = [];
      let cursor = start;
      for (const item of (token as Tokens.List).items) {
        const at = body.indexOf(item.raw, cursor);
        const itemLine = at >= 0 ? lineAt(at) : line;
        if (at >= 0) cursor = at + item.raw.length;
        const own = item.tokens.filter((t) => t.type !== 'list');
        const spans = own.flatMap((t) =>
          t.type === 'text' || t.type === 'paragraph'
            ? [...toSpans((t as Tokens.Text).tokens ?? [t], base), { text: ' ' }]
            : [],
        );
        out.push(...block('list-item', tidy(spans), itemLine));
        for (const nested of item.tokens.filter((t) => t.type === 'list')) {
          out.push(...collectBlocks(nested, itemLine + 1, base, body, at >= 0 ? at : cursor, lineAt));
        }
      }
      return out;
    }
    case 'table': {
      const table = token as Tokens.Table;
      return table.rows.flatMap((row, r) => {
        const spans: InlineSpan[] = [];
        row.forEach((cell, c) => {
          const cellSpans = toSpans(cell.tokens, base);
          if (cellSpans.length === 0) return;
          if (spans.length > 0) spans.push({ text: ' | ' });
          spans.push(...cellSpans);
          void c;
        });
        return block('table-row', joinSameFormat(spans), line + 2 + r);
      });
    }
    default:
      return [];
  }
}

function subBlocks(tokens: Token[], line: number, base: string | null): Block[] {
  return tokens.flatMap((t) => collectBlocks(t, line, base, '', 0, () => line));
}

function tidy(spans: InlineSpan[]): InlineSpan[] {
  const merged = joinSameFormat(spans);
  const last = merged[merged.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return merged.filter((s) => s.text);
}

function block(kind: ClauseKind, spans: InlineSpan[], line: number): Block[] {
  return spansText(spans).trim() ? [{ kind, spans, line }] : [];
}

function guessCompany(title: string): string {
  const cut = title.split(/\s*[|:–—-]\s*/).map((s) => s.trim()).filter(Boolean);
  // "Privacy Policy | Kayako" names the company after the bar; "GitHub Privacy Statement" before the words.
  const named = cut.find((s) => !/privacy|policy|statement|notice/i.test(s));
  if (named) return named;
  const before = title.split(/\s+(?:general\s+|global\s+)?(?:privacy|data)\b/i)[0]!.trim();
  return before || title;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Number of line starts at or before `offset` (so the 1-based line of that offset). */
function upperBound(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The anchor key of an unnumbered heading; "intro" is the introduction's, so a heading of that name gets another. */
function headingKey(heading: string): string {
  const slug = slugify(heading);
  return slug === 'intro' ? 'intro-section' : slug;
}
