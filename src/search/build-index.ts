import MiniSearch from 'minisearch';
import { spansText, type ClauseKind, type Corpus, type InlineSpan } from '../corpus/index.js';
import { analyze, analyzePhrase } from './analyze.js';
import { conceptsNamedIn, STORED_VOCABULARY, tagCategories } from './concepts.js';
import { INDEX_OPTIONS, type ClauseDocument } from './index-options.js';
import type { IndexedClause, IndexedSection, IndexedVersion, PolicyIndex } from './types.js';

/**
 * Builds the search index of a parsed corpus: tags every clause with its data-practice categories
 * and indexes clause text with its section's headings.
 *
 * @example buildIndex(buildCorpus(files)).clauses.length // 112
 */
export function buildIndex(corpus: Corpus): PolicyIndex {
  const versions: IndexedVersion[] = [];
  const sections: IndexedSection[] = [];
  const clauses: IndexedClause[] = [];
  const documents: ClauseDocument[] = [];
  const df: Record<string, number> = Object.create(null) as Record<string, number>;
  const ages = new Map<string, number>();

  for (const version of corpus.versions) {
    const age = ages.get(version.policy) ?? 0;
    ages.set(version.policy, age + 1);
    const v = versions.length;
    versions.push({
      policy: version.policy,
      version: version.version,
      id: version.id,
      title: version.title,
      company: version.company,
      effective: version.effective,
      source: version.source,
      age,
    });
    const sectionIndex = new Map<string, number>();
    for (const section of version.sections) {
      const s = sections.length;
      sectionIndex.set(section.anchor, s);
      sections.push({
        anchor: section.anchor,
        number: section.number,
        heading: section.heading,
        path: section.path,
        version: v,
        parent: section.parent === null ? -1 : (sectionIndex.get(section.parent) ?? -1),
        depth: section.depth,
        first: clauses.length,
        count: section.clauses.length,
      });
      const heading = section.path.join(' ');
      const headingTerms = analyze(heading);
      const headingPhrase = analyzePhrase(heading);
      let introduces = -1;
      for (const clause of section.clauses) {
        const text = spansText(clause.spans);
        const terms = analyze(text);
        for (const term of new Set([...terms, ...headingTerms])) df[term] = (df[term] ?? 0) + 1;
        // A bold lead-in ("**Cookies**. Many of our…") is the clause's own heading.
        const label = leadInLabel(clause.spans);
        documents.push({ id: clauses.length, text, heading, label: label ?? '' });
        const phrase = analyzePhrase(text);
        // A list item is about what its list's lead-in says ("We may use information we collect
        // about you to:" → "enforce our terms and conditions;" is a use of collected data).
        const lead = introduces >= 0 && isListItem(clause.kind, text) ? introduces : -1;
        clauses.push({
          anchor: clause.anchor,
          section: s,
          spans: clause.spans,
          categories: lead >= 0 ? union(tagCategories(phrase, headingPhrase), clauses[lead]!.categories) : tagCategories(phrase, headingPhrase),
          concepts: conceptsNamedIn(phrase),
          lead,
        });
        // A paragraph that ends with a colon introduces the items after it, until one that is not.
        if (!isListItem(clause.kind, text)) introduces = text.trimEnd().endsWith(':') ? clauses.length - 1 : -1;
      }
    }
  }

  const search = new MiniSearch<ClauseDocument>(INDEX_OPTIONS);
  search.addAll(documents);
  return {
    versions,
    sections,
    clauses,
    df,
    search: search.toJSON(),
    alignments: [],
    vocabulary: STORED_VOCABULARY,
  };
}

/** The items of both lists, each once: those of the first, then the new ones of the second. */
function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/**
 * Whether a clause reads as an item of a list: a list item, or a paragraph written as one ("manage
 * our business; and" — policies copied from web pages often lose their bullets): it starts in
 * lower case or ends with a semicolon.
 */
function isListItem(kind: ClauseKind, text: string): boolean {
  return kind === 'list-item' || /^\p{Ll}/u.test(text) || /;(?:\s*(?:and|or))?\s*$/.test(text);
}

/** The bold words a clause opens with, when they are a short label such as "Right of erasure". */
export function leadInLabel(spans: readonly InlineSpan[]): string | null {
  const first = spans[0];
  if (!first?.strong) return null;
  const label = first.text.replace(/[\s.:–—-]+$/, '').trim();
  return label.length > 0 && label.length <= 60 ? label : null;
}
