/** One run of inline text with its formatting; a clause's display content is a list of spans. */
export interface InlineSpan {
  /** The text, verbatim from the policy (Markdown markup removed). */
  text: string;
  /** Bold in the source. Default `false`. */
  strong?: boolean;
  /** Italic in the source. Default `false`. */
  em?: boolean;
  /** Inline code in the source. Default `false`. */
  code?: boolean;
  /** Link target; only `http:`, `https:` and `mailto:` URLs are kept. Default: no link. */
  href?: string;
}

/** What kind of block a clause came from. */
export type ClauseKind = 'paragraph' | 'list-item' | 'table-row';

/** The smallest quotable unit of a policy: a paragraph, a list item or a table row. */
export interface Clause {
  /** Stable anchor, unique in the corpus, e.g. `kayako-privacy-2019-05-11--3--p2`. */
  anchor: string;
  /** Anchor of the section holding the clause. */
  section: string;
  /** Position in its section, from 0. */
  index: number;
  /** Where it came from. */
  kind: ClauseKind;
  /** Plain text, verbatim apart from Markdown markup and white space. */
  text: string;
  /** The same text as formatted spans, for display. */
  spans: InlineSpan[];
  /** 1-based line in the source file. */
  line: number;
  /** Data-practice categories, filled in by the search module at build time. Default `[]`. */
  categories: string[];
}

/** A heading and the clauses under it (not those of its sub-sections). */
export interface Section {
  /** Stable anchor, e.g. `kayako-privacy-2019-05-11--3`. */
  anchor: string;
  /** Section number as printed in the heading (`"3"`, `"2.1"`), or `null` when unnumbered. */
  number: string | null;
  /** Heading text without its number. */
  heading: string;
  /** Headings from the top section down to this one, for citations such as `A › B`. */
  path: string[];
  /** Anchor of the enclosing section, or `null` for a top-level section. */
  parent: string | null;
  /** Heading depth in the source (1–6); 0 for the introduction. */
  depth: number;
  /** 1-based line of the heading in the source file. */
  line: number;
  /** Clauses directly under this heading, in order. */
  clauses: Clause[];
}

/** One version of one policy, parsed from one Markdown file. */
export interface PolicyVersion {
  /** Policy id shared by all its versions, e.g. `kayako-privacy`. */
  policy: string;
  /** Version date `YYYY-MM-DD` (archive or publication date), or `"current"` when the file gives none. */
  version: string;
  /** Anchor prefix of this version, e.g. `kayako-privacy-2019-05-11`. */
  id: string;
  /** Display title, e.g. `Kayako Privacy Policy`. */
  title: string;
  /** Company name. */
  company: string;
  /** Date the text says it took effect (`YYYY-MM-DD`), or `null`. */
  effective: string | null;
  /** Where the text was published, or `null`. */
  source: string | null;
  /** File name the version was read from. */
  file: string;
  /** Sections in document order; the introduction (text before the first heading) comes first. */
  sections: Section[];
}

/** All versions of all policies in a corpus folder. */
export interface Corpus {
  /** Versions, grouped by policy, newest version first within a policy. */
  versions: PolicyVersion[];
}

/** A corpus file's contents with the name it is reported under in errors. */
export interface CorpusFile {
  /** Path shown in messages, e.g. `corpus/kayako-privacy-2019-05-11.md`. */
  path: string;
  /** File contents. */
  text: string;
}
