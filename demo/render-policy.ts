import type { Clause, Corpus, InlineSpan, PolicyVersion, Section } from '../src/corpus/index.js';
import { formatDate } from '../src/answer/index.js';

const SAFE_URL = /^(?:https?:|mailto:)/i;

/** Appends spans as DOM nodes: text stays text, links only to http(s) and mailto. */
function appendSpans(parent: HTMLElement, spans: readonly InlineSpan[]): void {
  for (const span of spans) {
    // A hard line break in the policy ("\n": an address's lines) is a <br>.
    let node: Node = document.createDocumentFragment();
    span.text.split('\n').forEach((line, i) => {
      if (i > 0) node.appendChild(document.createElement('br'));
      node.appendChild(document.createTextNode(line));
    });
    for (const [flag, tag] of [
      [span.code, 'code'],
      [span.em, 'em'],
      [span.strong, 'strong'],
    ] as const) {
      if (!flag) continue;
      const wrapper = document.createElement(tag);
      wrapper.append(node);
      node = wrapper;
    }
    if (span.href && SAFE_URL.test(span.href)) {
      const a = document.createElement('a');
      a.href = span.href;
      a.rel = 'noopener noreferrer';
      a.append(node);
      node = a;
    }
    parent.append(node);
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function renderClauses(parent: HTMLElement, clauses: readonly Clause[]): void {
  let list: HTMLUListElement | null = null;
  for (const clause of clauses) {
    if (clause.kind === 'list-item') {
      if (!list) {
        list = element('ul', 'clause-list');
        parent.append(list);
      }
      const li = element('li', 'clause');
      li.id = clause.anchor;
      appendSpans(li, clause.spans);
      list.append(li);
      continue;
    }
    list = null;
    const p = element('p', clause.kind === 'table-row' ? 'clause clause--row' : 'clause');
    p.id = clause.anchor;
    appendSpans(p, clause.spans);
    parent.append(p);
  }
}

function sectionTitle(section: Section): string {
  return section.number ? `${section.number}. ${section.heading}` : section.heading;
}

function renderVersion(version: PolicyVersion, current: boolean): HTMLElement {
  const article = element('article', current ? 'policy policy--current' : 'policy');
  article.id = version.id;
  article.setAttribute('aria-labelledby', `${version.id}--title`);

  const header = element('header', 'policy__header');
  const title = element('h2', 'policy__title');
  title.id = `${version.id}--title`;
  title.append(version.title, ' ', element('span', current ? 'badge badge--current' : 'badge', current ? 'Current' : 'Archived'));
  const meta = element('p', 'policy__meta');
  meta.append(version.version === 'current' ? 'Current version' : `Version of ${formatDate(version.version)}`);
  if (version.effective && version.effective !== version.version) meta.append(` · effective ${formatDate(version.effective)}`);
  if (version.source && SAFE_URL.test(version.source)) {
    const a = element('a', undefined, 'source');
    a.href = version.source;
    a.rel = 'noopener noreferrer';
    meta.append(' · ', a);
  }
  header.append(title, meta);

  const contents = element('details', 'toc');
  contents.append(element('summary', undefined, 'Contents'));
  const tocList = element('ol');
  for (const section of version.sections) {
    if (section.depth === 0 || section.clauses.length === 0) continue;
    const li = element('li');
    const a = element('a', undefined, sectionTitle(section));
    a.href = `#${section.anchor}`;
    li.append(a);
    tocList.append(li);
  }
  contents.append(tocList);
  article.append(header, contents);

  const depths = version.sections.map((s) => s.depth).filter((d) => d > 0);
  const top = depths.length > 0 ? Math.min(...depths) : 1;
  for (const section of version.sections) {
    const block = element('section', 'policy__section');
    block.id = section.anchor;
    if (section.depth > 0 && section.heading) {
      const level = Math.min(6, 3 + section.depth - top);
      block.append(element(`h${level}` as 'h3', 'policy__heading', sectionTitle(section)));
    }
    renderClauses(block, section.clauses);
    article.append(block);
  }
  return article;
}

/** Renders every version of every policy, newest first, with a navigation between versions. */
export function renderCorpus(corpus: Corpus, container: HTMLElement, nav: HTMLElement): void {
  const seen = new Set<string>();
  const list = element('ul', 'versions__list');
  for (const version of corpus.versions) {
    const current = !seen.has(version.policy);
    seen.add(version.policy);
    container.append(renderVersion(version, current));
    const li = element('li');
    const a = element('a', undefined, `${current ? 'Current' : 'Previous'}: ${version.version === 'current' ? version.title : formatDate(version.version)}`);
    a.href = `#${version.id}`;
    li.append(a);
    list.append(li);
  }
  nav.append(list);
}
