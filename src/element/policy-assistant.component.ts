import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { answerQuestion, type Answer, type Citation, type CitationChange, type PreviousWording } from '../answer/index.js';
import type { ChangeCitation, ClauseChange } from '../compare/index.js';
import { CATEGORIES, CATEGORY_INFO, MAX_QUESTION_LENGTH, type Category, type PolicyIndex, type PolicySearch, type StoredIndex } from '../search/index.js';
import { topicCounts, topicItems, type TopicCount, type TopicItem } from './browse-topics.js';
import { copyToClipboard, escapeHtml } from './clipboard.js';
import { completeQuestion, wordlistOf, writtenForm } from './completions.js';
import { PolicyAssistantAnswerEvent, PolicyAssistantCopyEvent, PolicyAssistantErrorEvent } from './events.js';
import { fetchIndex, searchFor, type IndexLoader } from './load-index.js';
import { styles } from './policy-assistant.styles.js';
import { renderDiff, worthMarking } from './render-diff.js';
import { renderSpans } from './render-spans.js';
import { citationText, STRINGS, versionYear } from './strings.js';
import { formatDate } from '../answer/index.js';

/** How the element shows itself: a panel in the page, or a floating button that opens one. */
export type PolicyAssistantMode = 'inline' | 'launcher';

/** One question and what became of it. */
interface QuestionExchange {
  kind: 'question';
  id: number;
  question: string;
  /** `null` while the index loads. */
  answer: Answer | null;
  /** The index could not be loaded. */
  failed: boolean;
}

/** The list of topics, asked for with "Browse topics". */
interface TopicsExchange {
  kind: 'topics';
  id: number;
}

/** A topic the visitor chose, with its clauses. */
interface TopicExchange {
  kind: 'topic';
  id: number;
  category: Category;
  /** `null` while the index loads. */
  items: TopicItem[] | null;
  /** The version listed first: the visitor's choice, else the newest; `null` while the index loads. */
  version: { date: string; current: boolean } | null;
  /** The index could not be loaded. */
  failed: boolean;
}

/** An entry of the conversation. */
type Exchange = QuestionExchange | TopicsExchange | TopicExchange;

/** How a citation is shown. */
interface CitationView {
  /** The answer's first quote, in full size. */
  primary: boolean;
  /** A tag after the citation ("2015 version"), or `null`. */
  tag: string | null;
  /** The question to offer a link to, or `null` for none. */
  question: string | null;
}

/** Questions offered on an empty conversation: topics nearly every privacy policy covers. */
const SUGGESTED: readonly Category[] = ['third-party-sharing', 'first-party-collection', 'user-access', 'data-retention'];
/** Older exchanges are dropped beyond this many, so a long session stays light. */
const MAX_EXCHANGES = 30;
/** How long "Copied" stays on a copy button. */
const COPIED_MS = 2500;
/** Clauses of a topic shown before "Show more". */
const TOPIC_PAGE = 8;

/** A version date's year, or the date as written when it has none. */
const yearOf = (version: string): string => versionYear(version) ?? formatDate(version);

const ICON_CHAT = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path fill="currentColor" fill-rule="evenodd" d="M5 3h14a3 3 0 0 1 3 3v9a3 3 0 0 1-3 3h-8l-5 4v-4H5a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3Zm2 6.5a1.5 1.5 0 1 0 3 0 1.5 1.5 0 0 0-3 0Zm3.5 0a1.5 1.5 0 1 0 3 0 1.5 1.5 0 0 0-3 0Zm3.5 0a1.5 1.5 0 1 0 3 0 1.5 1.5 0 0 0-3 0Z" />
</svg>`;
const ICON_CLOSE = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M6 6l12 12M18 6 6 18" />
</svg>`;
const ICON_COPY = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path fill="none" stroke="currentColor" stroke-width="2" d="M9 9h10v12H9zM5 15H4V3h11v1" />
</svg>`;
const ICON_TOPICS = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01" />
</svg>`;
const ICON_CHECK = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" d="m5 12.5 4.5 4.5L19 7.5" />
</svg>`;

// Marks for measuring from outside (`npm run bench`): `policy-assistant:load` (index load) and
// `policy-assistant:answer` (Enter to rendered answer). A page that cleared the marks loses only them.
function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // No User Timing here.
  }
}

function measure(name: string, start: string, end?: string): void {
  try {
    performance.measure(name, start, end);
  } catch {
    // The start mark was cleared by the page.
  }
}

/** Runs `task` when the browser is idle, or soon where it cannot tell. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task());
  else setTimeout(task, 0);
}

/**
 * Answers visitors' questions about a privacy policy with verbatim quotes and citations that link
 * to the clause, entirely in the browser.
 *
 * @tagname policy-assistant
 * @summary A question box for a privacy policy that answers with quoted, cited clauses.
 *
 * @fires {PolicyAssistantAnswerEvent} policy-assistant-answer - An answer was shown to a question the visitor asked (typed, picked or opened as a `#ask=` link). Detail: `question`, `answered`, `citations`, `note`.
 * @fires {PolicyAssistantCopyEvent} policy-assistant-copy - The visitor copied a citation (`kind: "citation"`, with `text`, `html` and `citation`), both versions of a changed clause (`kind: "change"`, with `change`) or a link to an answer (`kind: "link"`).
 * @fires {PolicyAssistantErrorEvent} policy-assistant-error - The index could not be loaded. Detail: `message`.
 *
 * @csspart base - The element's wrapper.
 * @csspart launcher - The floating button (`mode="launcher"`).
 * @csspart panel - The panel holding heading, conversation and form.
 * @csspart header - The panel's header.
 * @csspart heading - The panel's heading.
 * @csspart version - The version picker (a `select`), shown when the policy has several versions.
 * @csspart browse - The Browse topics button in the header.
 * @csspart close - The close button (`mode="launcher"`).
 * @csspart log - The conversation.
 * @csspart suggestion - A suggested question or topic button.
 * @csspart topic - A topic to browse, with how many passages it has.
 * @csspart question - A question the visitor asked.
 * @csspart answer - An answer.
 * @csspart quote - A quoted clause (`blockquote`).
 * @csspart context - The sentence that introduces a quoted list item ("… may use information that we collect about you to:").
 * @csspart citation - The link from a quote to its clause.
 * @csspart badge - "New in 2019" or "Reworded since 2015" beside a citation.
 * @csspart change - One change in an answer about what changed: both versions side by side.
 * @csspart action - A button under a quote (copy, show section, show the earlier wording, copy link) or a topic's Show more.
 * @csspart form - The question form.
 * @csspart input - The question input.
 * @csspart submit - The Ask button.
 * @csspart listbox - The completions list.
 * @csspart option - A completion.
 *
 * @cssprop [--accent-color=light-dark(#1d4ed8, #9bb8ff)] - Links, buttons, the visitor's questions, focus rings.
 * @cssprop [--accent-contrast-color=light-dark(#ffffff, #0b1220)] - Text on the accent colour.
 * @cssprop [--background-color=light-dark(#ffffff, #16181d)] - Panel background.
 * @cssprop [--surface-color=light-dark(#f3f5f9, #22252c)] - Quote background.
 * @cssprop [--text-color=light-dark(#1a1d23, #e9ebef)] - Text.
 * @cssprop [--muted-color=light-dark(#545b68, #aab1bd)] - Secondary text.
 * @cssprop [--border-color=light-dark(#d5dae3, #3a3f4b)] - Borders.
 * @cssprop [--mark-color=light-dark(#fde68a, #5b4a0c)] - Background of the words that matched the question.
 * @cssprop [--mark-text-color=light-dark(#1a1d23, #fff6d5)] - Text of the words that matched.
 * @cssprop [--removed-color=light-dark(#fde1e1, #4d1f22)] - Background of removed words (also struck through).
 * @cssprop [--added-color=light-dark(#d6f2de, #173f28)] - Background of added words (also underlined) and of "New" labels.
 * @cssprop [--font-family=system-ui, …] - Font.
 * @cssprop [--font-size=1rem] - Base font size.
 * @cssprop [--radius=0.75rem] - Corner radius.
 * @cssprop [--shadow=0 0.75rem 2.5rem rgb(0 0 0 / 0.18)] - Shadow of the launcher and its panel.
 * @cssprop [--panel-width=26rem] - Width of the launcher's panel.
 * @cssprop [--panel-height=36rem] - Largest height of the panel; the conversation scrolls inside.
 * @cssprop [--launcher-offset=1.25rem] - Distance of the launcher from the corner of the window.
 * @cssprop [--z-index=1000] - Stacking of the launcher and its panel.
 */
export class PolicyAssistant extends LitElement {
  static override styles = styles;

  /**
   * Where an element with neither `index` nor `src` gets its index. Importing `policy-assistant`
   * (with its Vite plugin) or the single-file bundle sets it to the compile-time index;
   * `policy-assistant/element` leaves it `null`. Default `null`.
   */
  static defaultIndex: IndexLoader | null = null;

  private loading: Promise<PolicySearch | null> | null = null;
  private history: string[] = [];
  private historyPosition = 0;
  private draft = '';
  private nextId = 1;
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;
  private hashQuestion: string | null = null;
  private readonly focusListener = () => this.handleFocusIn();
  private readonly hashListener = () => this.handleHashChange();
  private countsCache: { search: PolicySearch; version: string | null; counts: TopicCount[] } | null = null;

  @query('#input') private input?: HTMLInputElement;
  @query('#log') private log?: HTMLElement;
  @query('#launcher') private launcherButton?: HTMLButtonElement;
  @query('#version') private versionSelect?: HTMLSelectElement;

  @state() private search: PolicySearch | null = null;
  /** The index: not loaded (or loading: `loading` is set), loaded, or failed to load. */
  @state() private status: 'idle' | 'ready' | 'failed' = 'idle';
  @state() private exchanges: Exchange[] = [];
  @state() private completions: string[] = [];
  @state() private activeCompletion = -1;
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private copied: { key: string; ok: boolean } | null = null;

  /** The index to answer from, as an object (as written by `policy-assistant build`, or as built by `buildIndex`); wins over `src`. Default: none. */
  @property({ attribute: false }) index: StoredIndex | PolicyIndex | undefined;

  /** URL of an index written by `policy-assistant build`, loaded on first focus or open. Default: none (the compile-time index). */
  @property() src: string | undefined;

  /** Version to answer from when a question names none: a version date (`2015-12-29`) or year (`2015`). Default `''`: the newest. */
  @property() version = '';

  /** `inline` (a panel in the page) or `launcher` (a floating button that opens the panel). Default `inline`. */
  @property() mode: PolicyAssistantMode = 'inline';

  /** Whether the launcher's panel is open. Default `false`. */
  @property({ type: Boolean }) open = false;

  /** Placeholder of the question input. Default `e.g. Who processes my card?`. */
  @property() placeholder: string = STRINGS.placeholder;

  /** Heading of the panel. Default `Ask about our privacy policy`. */
  @property() heading: string = STRINGS.heading;

  /** Page that shows the policy with its anchors; citations link to `<policy-url>#<anchor>`. Default `''`: this page. */
  @property({ attribute: 'policy-url' }) policyUrl = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusin', this.focusListener);
    window.addEventListener('hashchange', this.hashListener);
    // After the first render, so `#ask=` answers into a rendered log.
    void this.updateComplete.then(() => this.handleHashChange());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.focusListener);
    window.removeEventListener('hashchange', this.hashListener);
    clearTimeout(this.copiedTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new index source: forget the loaded one; the next focus or question loads the new one.
    if ((changed.has('index') || changed.has('src')) && (this.status !== 'idle' || this.loading)) {
      this.loading = null;
      this.search = null;
      this.status = 'idle';
    }
    if (changed.has('open') && this.open && this.mode === 'launcher') void this.load();
  }

  protected override updated(): void {
    if (this.versionSelect) this.versionSelect.value = this.selectedVersion();
  }

  private handleFocusIn(): void {
    void this.load();
  }

  private handleHashChange(): void {
    const match = /^#ask=(.*)$/s.exec(window.location.hash);
    if (!match) {
      this.hashQuestion = null;
      return;
    }
    let question: string;
    try {
      question = decodeURIComponent(match[1]!.replace(/\+/g, ' ')).trim();
    } catch {
      return;
    }
    // The same link is answered once, even when the element is moved in the page.
    if (!question || question === this.hashQuestion) return;
    this.hashQuestion = question;
    if (this.mode === 'launcher') this.open = true;
    void this.answer(question, true);
  }

  private handleLauncherClick(): void {
    if (this.open) void this.close(true);
    else void this.show(true);
  }

  private handlePanelKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.mode === 'launcher' && this.open) {
      event.preventDefault();
      void this.close(true);
    }
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.input;
    if (!input) return;
    const question = input.value;
    if (!question.trim()) return;
    input.value = '';
    void this.answer(question, true);
  }

  private handleInput(): void {
    this.historyPosition = this.history.length;
    if (this.search) this.updateCompletions();
    else void this.load().then(() => this.updateCompletions());
  }

  private handleInputKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const count = this.completions.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (count > 0) this.activeCompletion = (this.activeCompletion + 1) % count;
        else this.recall(+1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count > 0) this.activeCompletion = this.activeCompletion <= 0 ? count - 1 : this.activeCompletion - 1;
        else this.recall(-1);
        break;
      case 'Enter':
        if (count > 0 && this.activeCompletion >= 0) {
          event.preventDefault();
          this.acceptCompletion(this.completions[this.activeCompletion]!);
        }
        break;
      case 'Escape':
        if (count > 0) {
          // Closes the list only; a second Escape closes the launcher's panel.
          event.preventDefault();
          event.stopPropagation();
          this.closeCompletions();
        }
        break;
    }
  }

  private handleInputBlur(): void {
    this.closeCompletions();
  }

  private handleSuggestion(question: string): void {
    // The button may leave with the welcome text: keep focus in the element, on the conversation,
    // without opening a phone's keyboard as focusing the input would.
    this.log?.focus({ preventScroll: true });
    void this.answer(question, true);
  }

  private handleVersionChange(event: Event): void {
    this.version = (event.target as HTMLSelectElement).value;
  }

  private handleToggle(key: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(key)) next.add(key);
    this.expanded = next;
  }

  private async handleCopyCitation(citation: Citation, key: string): Promise<void> {
    const link = this.absoluteLink(citation.clause);
    const source = citationText(citation);
    // A list item is pasted with the sentence that introduces its list, as one quote with a gap.
    const quote = citation.lead ? `${citation.lead} … ${citation.quote}` : citation.quote;
    const text = `“${quote}”\n${source}\n${link}`;
    const htmlText =
      `<blockquote cite="${escapeHtml(link)}"><p>“${escapeHtml(quote).replace(/\n/g, '<br>')}”</p></blockquote>` +
      `<p><a href="${escapeHtml(link)}">${escapeHtml(source)}</a></p>`;
    const ok = await copyToClipboard(text, htmlText);
    this.showCopied(key, ok);
    if (ok) this.dispatchEvent(new PolicyAssistantCopyEvent({ kind: 'citation', text, html: htmlText, citation, change: null }));
  }

  private async handleCopyChange(change: ClauseChange, key: string): Promise<void> {
    const sides = [change.older, change.newer].filter((c): c is ChangeCitation => c !== null);
    const text = sides
      .map((c) => `${STRINGS.sideLabel(yearOf(c.version))}\n“${c.quote}”\n${this.changeSource(c)}\n${this.absoluteLink(c.clause)}`)
      .join('\n\n');
    const htmlText = sides
      .map((c) => {
        const link = escapeHtml(this.absoluteLink(c.clause));
        return (
          `<p>${escapeHtml(STRINGS.sideLabel(yearOf(c.version)))}</p>` +
          `<blockquote cite="${link}"><p>“${escapeHtml(c.quote).replace(/\n/g, '<br>')}”</p></blockquote>` +
          `<p><a href="${link}">${escapeHtml(this.changeSource(c))}</a></p>`
        );
      })
      .join('');
    const ok = await copyToClipboard(text, htmlText);
    this.showCopied(key, ok);
    if (ok) this.dispatchEvent(new PolicyAssistantCopyEvent({ kind: 'change', text, html: htmlText, citation: null, change }));
  }

  private handleBrowse(): void {
    void this.browse(null);
  }

  private handleTopic(category: Category): void {
    void this.browse(category);
  }

  private async handleShowMore(id: number): Promise<void> {
    this.handleToggle(`${id}-more`);
    await this.updateComplete;
    // The button is gone: focus goes to the first clause it revealed.
    this.shadowRoot
      ?.querySelector<HTMLElement>(`[data-exchange="${id}"] .pa__related > li:nth-child(${TOPIC_PAGE + 1}) [part="citation"]`)
      ?.focus();
  }

  private async handleCopyLink(question: string, key: string): Promise<void> {
    const url = new URL(window.location.href);
    url.hash = `ask=${encodeURIComponent(question)}`;
    const text = url.href;
    const ok = await copyToClipboard(text);
    this.showCopied(key, ok);
    if (ok) this.dispatchEvent(new PolicyAssistantCopyEvent({ kind: 'link', text, html: null, citation: null, change: null }));
  }

  /**
   * Asks a question as if the visitor had typed it (opening the launcher's panel), without firing
   * `policy-assistant-answer`, which is kept for the visitor's own questions.
   *
   * @example await el.ask('Who processes my card?') // the answer is in the conversation
   */
  async ask(question: string): Promise<void> {
    if (this.mode === 'launcher') this.open = true;
    await this.answer(question, false);
  }

  /** Opens the launcher's panel and, when `focus` is true, moves focus to the question input. */
  private async show(focus: boolean): Promise<void> {
    this.open = true;
    void this.load();
    if (!focus) return;
    await this.updateComplete;
    this.input?.focus();
  }

  /** Closes the launcher's panel; when `returnFocus` is true, focus goes back to the launcher. */
  private async close(returnFocus: boolean): Promise<void> {
    this.open = false;
    this.closeCompletions();
    if (!returnFocus) return;
    await this.updateComplete;
    this.launcherButton?.focus();
  }

  /** Loads the index once (index > src > the default), on first focus, open or question. */
  private load(): Promise<PolicySearch | null> {
    if (this.loading) return this.loading;
    // Nothing shows that the index is loading until a question waits for it: a state change here
    // would re-render the element while the page handles the focus, for nothing.
    mark('policy-assistant:load-start');
    const source = this.index;
    const loading = (source ? Promise.resolve(source) : this.src ? fetchIndex(this.src) : this.loadDefaultIndex())
      .then((index) => {
        const search = searchFor(index);
        if (this.loading !== loading) return search;
        measure('policy-assistant:load', 'policy-assistant:load-start');
        this.search = search;
        this.status = 'ready';
        // What only questions need is made while the visitor is still typing the first one.
        whenIdle(() => search.prepare());
        return search;
      })
      .catch((error: unknown) => {
        if (this.loading !== loading) return null;
        this.status = 'failed';
        const message = error instanceof Error ? error.message : String(error);
        this.dispatchEvent(new PolicyAssistantErrorEvent({ message }));
        return null;
      });
    this.loading = loading;
    return loading;
  }

  private loadDefaultIndex(): Promise<StoredIndex | PolicyIndex> {
    const loader = (this.constructor as typeof PolicyAssistant).defaultIndex;
    if (loader) return loader();
    return Promise.reject(
      new Error(
        'policy-assistant: <policy-assistant> has no index; set its "src" attribute to an index written by "policy-assistant build", set its "index" property, or import "policy-assistant" with the Vite plugin "policy-assistant/vite"',
      ),
    );
  }

  /** Answers a question into the conversation; `fromUser` says whether to fire the answer event. */
  private async answer(question: string, fromUser: boolean): Promise<void> {
    const text = question.trim().slice(0, MAX_QUESTION_LENGTH);
    if (!text) return;
    mark('policy-assistant:ask');
    if (this.history[this.history.length - 1] !== text) this.history.push(text);
    this.historyPosition = this.history.length;
    this.draft = '';
    this.closeCompletions();
    const exchange: QuestionExchange = { kind: 'question', id: this.nextId++, question: text, answer: null, failed: false };
    this.exchanges = [...this.exchanges, exchange].slice(-MAX_EXCHANGES);
    // A failed load is retried when the visitor asks again.
    if (this.status === 'failed') this.loading = null;
    const search = await this.load();
    const answer = search ? answerQuestion(search, text, { version: this.preferredVersion(search) }) : null;
    this.exchanges = this.exchanges.map((e) => (e.id === exchange.id ? { ...exchange, answer, failed: !answer } : e));
    await this.updateComplete;
    mark('policy-assistant:rendered');
    measure('policy-assistant:answer', 'policy-assistant:ask', 'policy-assistant:rendered');
    this.scrollToExchange(exchange.id);
    if (fromUser && answer) {
      const { answered, citations, note } = answer;
      this.dispatchEvent(new PolicyAssistantAnswerEvent({ question: text, answered, citations, note }));
    }
  }

  /** Lists the topics (`null`) or one topic's clauses into the conversation, and moves focus to its lead. */
  private async browse(category: Category | null): Promise<void> {
    const id = this.nextId++;
    const entry: Exchange =
      category === null ? { kind: 'topics', id } : { kind: 'topic', id, category, items: null, version: null, failed: false };
    this.closeCompletions();
    this.exchanges = [...this.exchanges, entry].slice(-MAX_EXCHANGES);
    if (this.status === 'failed') this.loading = null;
    const search = await this.load();
    if (category !== null) {
      const preferred = search ? this.preferredVersion(search) : null;
      const items = search ? topicItems(search, category, preferred) : null;
      const date = preferred ?? search?.index.versions.find((v) => v.age === 0)?.version;
      const version = date ? { date, current: preferred === null } : null;
      this.exchanges = this.exchanges.map((e) => (e.id === id ? { kind: 'topic', id, category, items, version, failed: !items } : e));
    }
    await this.updateComplete;
    this.scrollToExchange(id);
    // Focus follows the visitor's choice (the button chosen may be gone with the welcome text), so
    // the next Tab reaches the first topic or clause; the log announces the entry as well.
    this.shadowRoot?.querySelector<HTMLElement>(`#lead-${id}`)?.focus({ preventScroll: true });
  }

  private updateCompletions(): void {
    const input = this.input;
    const focused = input !== undefined && this.shadowRoot?.activeElement === input;
    this.completions = this.search && focused ? completeQuestion(this.search, input.value) : [];
    this.activeCompletion = -1;
  }

  private closeCompletions(): void {
    this.completions = [];
    this.activeCompletion = -1;
  }

  private acceptCompletion(text: string): void {
    const input = this.input;
    if (!input) return;
    input.value = `${text} `;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    this.closeCompletions();
  }

  /** Up and Down walk through earlier questions, like a shell; past the newest is the draft. */
  private recall(step: -1 | 1): void {
    const input = this.input;
    if (!input || this.history.length === 0) return;
    if (this.historyPosition === this.history.length) this.draft = input.value;
    const position = Math.min(this.history.length, Math.max(0, this.historyPosition + step));
    if (position === this.historyPosition) return;
    this.historyPosition = position;
    input.value = position === this.history.length ? this.draft : this.history[position]!;
    input.setSelectionRange(input.value.length, input.value.length);
  }

  private showCopied(key: string, ok: boolean): void {
    clearTimeout(this.copiedTimer);
    this.copied = { key, ok };
    this.copiedTimer = setTimeout(() => (this.copied = null), COPIED_MS);
  }

  private scrollToExchange(id: number): void {
    const log = this.log;
    const item = log?.querySelector<HTMLElement>(`[data-exchange="${id}"]`);
    // Scrolls the conversation only, never the host page.
    if (log && item && log.scrollHeight > log.clientHeight) log.scrollTop = item.offsetTop - 12;
  }

  /** The version date the host or visitor prefers, or `null` for the newest. */
  private preferredVersion(search: PolicySearch): string | null {
    const wanted = this.version.trim();
    if (!wanted) return null;
    const match = search.index.versions.find((v) => v.version === wanted) ?? search.index.versions.find((v) => v.version.startsWith(wanted));
    return match && match.age > 0 ? match.version : null;
  }

  private selectedVersion(): string {
    return this.search ? (this.preferredVersion(this.search) ?? '') : '';
  }

  /** Link to an anchor: in this page, or in the `policy-url` page. */
  private linkTo(anchor: string): string {
    if (!this.policyUrl) return `#${anchor}`;
    try {
      const url = new URL(this.policyUrl, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return `#${anchor}`;
      url.hash = anchor;
      return url.href;
    } catch {
      return `#${anchor}`;
    }
  }

  private absoluteLink(anchor: string): string {
    return new URL(this.linkTo(anchor), window.location.href).href;
  }

  /** Title of the policy version an anchor belongs to. */
  private titleOf(anchor: string): string {
    return this.search?.index.versions.find((v) => anchor.startsWith(`${v.id}--`))?.title ?? '';
  }

  /** Where a quote of a change comes from, as shown and copied. */
  private changeSource(c: ChangeCitation | PreviousWording, title = this.titleOf(c.clause)): string {
    return citationText({ title, version: c.version, section: c.section, path: 'path' in c ? c.path : [c.heading] });
  }

  /** The topics the index covers, remembered per index and version. */
  private topics(search: PolicySearch): TopicCount[] {
    const version = this.preferredVersion(search);
    const cache = this.countsCache;
    if (cache && cache.search === search && cache.version === version) return cache.counts;
    const counts = topicCounts(search, version);
    this.countsCache = { search, version, counts };
    return counts;
  }

  private lead(answer: Answer): string {
    const first = answer.citations[0]!;
    const year = versionYear(first.version);
    if (answer.note === 'older-version-only') return STRINGS.leadOlderOnly(year);
    if (answer.note === 'named-version-missing') return STRINGS.leadMissing(year);
    return first.current ? STRINGS.leadCurrent(year) : STRINGS.leadVersion(year);
  }

  private renderVersionPicker(): TemplateResult | typeof nothing {
    const versions = this.search?.index.versions;
    if (!versions) return nothing;
    const policy = versions.find((v) => v.age === 1)?.policy;
    if (!policy) return nothing;
    const own = versions.filter((v) => v.policy === policy);
    const years = own.map((v) => versionYear(v.version));
    const label = (version: string, i: number) => {
      const year = years[i] ?? null;
      return year && years.indexOf(year) === years.lastIndexOf(year) ? year : formatDate(version);
    };
    return html`<div class="pa__version">
      <label for="version">${STRINGS.version}</label>
      <select id="version" part="version" @change=${this.handleVersionChange}>
        ${own.map(
          (v, i) =>
            html`<option value=${v.age === 0 ? '' : v.version}>${v.age === 0 ? STRINGS.currentVersion(years[i] ?? null) : label(v.version, i)}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderBrowseButton(): TemplateResult {
    return html`<button type="button" part="browse" class="pa__action pa__browse" @click=${this.handleBrowse}>${ICON_TOPICS}${STRINGS.browseTopics}</button>`;
  }

  /** The topic buttons; before the index is loaded, every topic, without counts. */
  private renderTopicList(labelledBy: string): TemplateResult {
    const topics: Array<{ category: Category; count: number | null }> = this.search
      ? this.topics(this.search)
      : CATEGORIES.map((category) => ({ category, count: null }));
    return html`<ul class="pa__chips" aria-labelledby=${labelledBy}>
      ${topics.map(
        ({ category, count }) =>
          html`<li>
            <button type="button" part="topic" class="pa__chip pa__topic" @click=${() => this.handleTopic(category)}>
              ${CATEGORY_INFO[category].label} ${count === null
                ? nothing
                : html`<span class="pa__count" aria-hidden="true">${count}</span><span class="visually-hidden">, ${STRINGS.passages(count)}</span>`}
            </button>
          </li>`,
      )}
    </ul>`;
  }

  private renderWelcome(): TemplateResult {
    return html`<div class="pa__welcome">
      <p id="try">${STRINGS.tryAsking}</p>
      <ul class="pa__chips" aria-labelledby="try">
        ${SUGGESTED.map(
          (category) =>
            html`<li>
              <button type="button" part="suggestion" class="pa__chip" @click=${() => this.handleSuggestion(CATEGORY_INFO[category].example)}>
                ${CATEGORY_INFO[category].example}
              </button>
            </li>`,
        )}
      </ul>
      <p id="browse">${STRINGS.orBrowse}</p>
      ${this.renderTopicList('browse')}
    </div>`;
  }

  private renderPending(failed: boolean): TemplateResult {
    return failed || this.status === 'failed'
      ? html`<p class="pa__status">${STRINGS.loadFailed}</p>`
      : html`<p class="pa__status pa__status--pending">${STRINGS.loading}</p>`;
  }

  private renderExchange(exchange: Exchange): TemplateResult {
    if (exchange.kind === 'topics') {
      return html`<div class="pa__exchange" data-exchange=${exchange.id}>
        <p class="pa__question" part="question"><span class="visually-hidden">${STRINGS.youChose}: </span>${STRINGS.browseTopics}</p>
        ${this.search
          ? html`<div class="pa__answer" part="answer">
              <p class="pa__lead" id="lead-${exchange.id}" tabindex="-1">${STRINGS.topicsLead}</p>
              ${this.renderTopicList(`lead-${exchange.id}`)}
            </div>`
          : this.renderPending(false)}
      </div>`;
    }
    if (exchange.kind === 'topic') return this.renderTopic(exchange);
    const { answer } = exchange;
    return html`<div class="pa__exchange" data-exchange=${exchange.id}>
      <p class="pa__question" part="question" dir="auto"><span class="visually-hidden">${STRINGS.you}: </span>${exchange.question}</p>
      ${exchange.failed
        ? html`<p class="pa__status">${STRINGS.loadFailed}</p>`
        : answer
          ? this.renderAnswer(exchange, answer)
          : html`<p class="pa__status pa__status--pending">${STRINGS.loading}</p>`}
    </div>`;
  }

  private renderTopic(exchange: TopicExchange): TemplateResult {
    const { id, items } = exchange;
    let body: TemplateResult;
    if (!items) body = this.renderPending(exchange.failed);
    else {
      const shown = items.filter((item) => item.only === null).length;
      const { version } = exchange;
      const year = version ? versionYear(version.date) : null;
      const which = !version || version.current ? STRINGS.currentPolicy(year) : STRINGS.versionPolicy(year);
      const all = this.expanded.has(`${id}-more`) || items.length <= TOPIC_PAGE + 2;
      const visible = all ? items : items.slice(0, TOPIC_PAGE);
      body = html`<article class="pa__answer" part="answer" aria-labelledby="lead-${id}">
        <p class="pa__lead" id="lead-${id}" tabindex="-1">${STRINGS.topicLead(shown, items.length - shown, which)}</p>
        <ul class="pa__related">
          ${visible.map(
            (item, i) =>
              html`<li>
                ${this.renderCitation(item.citation, `${id}-${i}`, {
                  primary: false,
                  tag: item.only ? STRINGS.onlyIn(yearOf(item.only)) : null,
                  question: null,
                })}
              </li>`,
          )}
        </ul>
        ${all
          ? nothing
          : html`<button type="button" part="action" class="pa__action pa__more" @click=${() => this.handleShowMore(id)}>
              ${STRINGS.showMore(items.length - visible.length)}
            </button>`}
      </article>`;
    }
    return html`<div class="pa__exchange" data-exchange=${id}>
      <p class="pa__question" part="question"><span class="visually-hidden">${STRINGS.youChose}: </span>${CATEGORY_INFO[exchange.category].label}</p>
      ${body}
    </div>`;
  }

  private renderAnswer(exchange: QuestionExchange, answer: Answer): TemplateResult {
    const list = this.search ? wordlistOf(this.search.index) : null;
    const corrections =
      answer.corrections.length > 0 && list
        ? html`<p class="pa__note">${answer.corrections.map((c) => STRINGS.correction(c.from, writtenForm(list, c.to))).join(' ')}</p>`
        : nothing;
    if (!answer.answered) {
      return html`${corrections}
        <div class="pa__answer" part="answer">
          <p class="pa__none">${answer.unmentioned?.length ? STRINGS.notMentioned(answer.unmentioned) : STRINGS.notInPolicy}</p>
          ${answer.suggestions.length > 0
            ? html`<p>${STRINGS.itCovers}</p>
                <ul class="pa__chips">
                  ${answer.suggestions.map(
                    (s) =>
                      html`<li>
                        <button type="button" part="suggestion" class="pa__chip" @click=${() => this.handleSuggestion(s.example)}>${s.label}</button>
                      </li>`,
                  )}
                </ul>`
            : nothing}
        </div>`;
    }
    if (answer.note === 'changes' && answer.changes && answer.changes.length > 0) {
      return html`${corrections}${this.renderChanges(exchange, answer.changes)}`;
    }
    const [first, ...rest] = answer.citations as [Citation, ...Citation[]];
    const tag = (c: Citation) => (c.version === first.version ? null : STRINGS.otherVersion(versionYear(c.version)));
    return html`${corrections}
      <article class="pa__answer" part="answer" aria-labelledby="lead-${exchange.id}">
        <p class="pa__lead" id="lead-${exchange.id}">${this.lead(answer)}</p>
        ${this.renderCitation(first, `${exchange.id}-0`, { primary: true, tag: null, question: exchange.question })}
        ${rest.length > 0
          ? html`<h3 class="pa__also">${STRINGS.alsoRelevant}</h3>
              <ul class="pa__related">
                ${rest.map(
                  (c, i) => html`<li>${this.renderCitation(c, `${exchange.id}-${i + 1}`, { primary: false, tag: tag(c), question: null })}</li>`,
                )}
              </ul>`
          : nothing}
      </article>`;
  }

  /** An answer about what changed: each change with both versions side by side. */
  private renderChanges(exchange: QuestionExchange, changes: ClauseChange[]): TemplateResult {
    const newer = changes.find((c) => c.newer)?.newer?.version;
    const older = changes.find((c) => c.older)?.older?.version;
    const lead =
      newer && (!older || changes.every((c) => c.status === 'new'))
        ? STRINGS.leadNew(yearOf(newer))
        : STRINGS.leadChanges(older ? yearOf(older) : '', newer ? yearOf(newer) : '');
    const key = `${exchange.id}-changes`;
    return html`<article class="pa__answer" part="answer" aria-labelledby="lead-${exchange.id}">
      <p class="pa__lead" id="lead-${exchange.id}">${lead}</p>
      <ol class="pa__changes">
        ${changes.map((change, i) => html`<li>${this.renderChange(change, `${key}-${i}`, older ?? '', newer ?? '')}</li>`)}
      </ol>
      <div class="pa__actions">
        ${this.renderCopyButton(`${key}-link`, STRINGS.copyLink, () => this.handleCopyLink(exchange.question, `${key}-link`))}
      </div>
    </article>`;
  }

  private renderChange(change: ClauseChange, key: string, older: string, newer: string): TemplateResult {
    const topic = change.categories[0];
    return html`<div part="change" class="pa__change">
      <p class="pa__change-head">
        <span class="pa__tag pa__badge pa__badge--${change.status}">${STRINGS.status[change.status]}</span>
        ${topic ? html`<span class="pa__change-topic">${CATEGORY_INFO[topic].label}</span>` : nothing}
      </p>
      <div class="pa__sides">
        ${this.renderSide(change, 'older', change.older?.version ?? older)}
        ${this.renderSide(change, 'newer', change.newer?.version ?? newer)}
      </div>
      <div class="pa__actions">
        ${this.renderCopyButton(`${key}-copy`, change.older && change.newer ? STRINGS.copyCitations : STRINGS.copyCitation, () =>
          this.handleCopyChange(change, `${key}-copy`),
        )}
      </div>
    </div>`;
  }

  /** One version's side of a change: its wording, with what it lacks or adds marked, and its citation. */
  private renderSide(change: ClauseChange, side: 'older' | 'newer', version: string): TemplateResult {
    const c = change[side];
    const year = yearOf(version);
    const href = c ? this.linkTo(c.clause) : '';
    return html`<div class="pa__side pa__side--${side}">
      <p class="pa__side-label">${STRINGS.sideLabel(year)}</p>
      ${c
        ? html`<figure class="pa__citation">
            <blockquote class="pa__quote pa__quote--related" part="quote" cite=${href}>
              <p>${change.diff && worthMarking(change.diff) ? renderDiff(change.diff, side) : renderSpans(c.spans)}</p>
            </blockquote>
            <figcaption class="pa__source"><a part="citation" href=${href}>${this.changeSource(c)}</a></figcaption>
          </figure>`
        : html`<p class="pa__absent">${STRINGS.notInVersion(year)}</p>`}
    </div>`;
  }

  /** The previous version's wording of a reworded clause, with the changes marked. */
  private renderWording(citation: Citation, previous: PreviousWording, change: CitationChange['diff']): TemplateResult {
    const href = this.linkTo(previous.clause);
    const diff = change && worthMarking(change) ? change : null;
    const label = diff ? STRINGS.wordingLabel(yearOf(previous.version), yearOf(citation.version)) : STRINGS.wordingPlain(yearOf(previous.version));
    return html`<p class="pa__wording-label">${label}</p>
      <blockquote class="pa__quote pa__quote--related pa__quote--older" part="quote" cite=${href}>
        <p>${diff ? renderDiff(diff, 'both') : renderSpans(previous.spans)}</p>
      </blockquote>
      ${diff
        ? html`<p class="pa__legend" aria-hidden="true"><del>${STRINGS.legendRemoved}</del> <ins>${STRINGS.legendAdded}</ins></p>`
        : nothing}
      <p class="pa__source"><a part="citation" href=${href}>${this.changeSource(previous, this.titleOf(previous.clause) || citation.title)}</a></p>`;
  }

  private renderCitation(citation: Citation, key: string, view: CitationView): TemplateResult {
    const href = this.linkTo(citation.clause);
    const { primary } = view;
    const expanded = this.expanded.has(key);
    const change = citation.change;
    const previous = change?.status === 'reworded' ? change.previous : null;
    const badge =
      change?.status === 'new' ? STRINGS.newIn(yearOf(citation.version)) : previous ? STRINGS.rewordedSince(yearOf(previous.version)) : null;
    const wordingKey = `${key}-wording`;
    const wording = this.expanded.has(wordingKey);
    return html`<figure class="pa__citation">
      ${citation.lead ? html`<p class="pa__context" part="context">${citation.lead}</p>` : nothing}
      <blockquote class="pa__quote ${primary ? '' : 'pa__quote--related'}" part="quote" cite=${href}>
        <p>${renderSpans(citation.spans)}</p>
      </blockquote>
      <figcaption class="pa__source">
        <a part="citation" href=${href}>${citationText(citation)}</a>${view.tag
          ? html`<span class="pa__tag">${view.tag}</span>`
          : nothing}${badge ? html`<span part="badge" class="pa__tag pa__badge pa__badge--${change!.status}">${badge}</span>` : nothing}
      </figcaption>
      <div class="pa__actions">
        ${this.renderCopyButton(`${key}-citation`, STRINGS.copyCitation, () => this.handleCopyCitation(citation, `${key}-citation`))}
        <button
          type="button"
          part="action"
          class="pa__action"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="section-${key}"
          @click=${() => this.handleToggle(key)}
        >
          ${expanded ? STRINGS.hideSection : STRINGS.showSection}
        </button>
        ${previous
          ? html`<button
              type="button"
              part="action"
              class="pa__action"
              aria-expanded=${wording ? 'true' : 'false'}
              aria-controls="wording-${key}"
              @click=${() => this.handleToggle(wordingKey)}
            >
              ${(wording ? STRINGS.hideWording : STRINGS.showWording)(yearOf(previous.version))}
            </button>`
          : nothing}
        ${view.question !== null
          ? this.renderCopyButton(`${key}-link`, STRINGS.copyLink, () => this.handleCopyLink(view.question!, `${key}-link`))
          : nothing}
      </div>
      <div class="pa__section" id="section-${key}" ?hidden=${!expanded}>${expanded ? this.renderSection(citation) : nothing}</div>
      ${previous
        ? html`<div class="pa__wording" id="wording-${key}" ?hidden=${!wording}>
            ${wording ? this.renderWording(citation, previous, change!.diff) : nothing}
          </div>`
        : nothing}
    </figure>`;
  }

  private renderCopyButton(key: string, label: string, onClick: () => void): TemplateResult {
    const copied = this.copied?.key === key ? this.copied : null;
    return html`<button
      type="button"
      part="action"
      class="pa__action ${copied?.ok ? 'pa__action--done' : ''}"
      @click=${onClick}
    >
      ${copied?.ok ? ICON_CHECK : ICON_COPY}${copied ? (copied.ok ? STRINGS.copied : STRINGS.copyFailed) : label}
    </button>`;
  }

  private renderSection(citation: Citation): TemplateResult[] {
    const index = this.search?.index;
    const section = index?.sections.find((s) => s.anchor === citation.anchor);
    if (!index || !section) return [];
    return index.clauses
      .slice(section.first, section.first + section.count)
      .map(
        (clause) =>
          html`<p class="pa__clause ${clause.anchor === citation.clause ? 'pa__clause--cited' : ''}">${renderSpans(clause.spans)}</p>`,
      );
  }

  private renderForm(): TemplateResult {
    const expanded = this.completions.length > 0;
    const active = this.activeCompletion >= 0 ? `option-${this.activeCompletion}` : undefined;
    return html`<form part="form" class="pa__form" role="search" aria-labelledby="heading" @submit=${this.handleSubmit}>
      <label class="visually-hidden" for="input">${STRINGS.inputLabel}</label>
      <div class="pa__row">
        <div class="pa__field">
          <input
            id="input"
            part="input"
            class="pa__input"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="listbox"
            aria-activedescendant=${ifDefined(active)}
            aria-describedby="hint"
            autocomplete="off"
            enterkeyhint="send"
            maxlength=${MAX_QUESTION_LENGTH}
            dir="auto"
            placeholder=${this.placeholder}
            @input=${this.handleInput}
            @keydown=${this.handleInputKeydown}
            @blur=${this.handleInputBlur}
          />
          <ul
            id="listbox"
            part="listbox"
            class="pa__listbox"
            role="listbox"
            aria-label=${STRINGS.completions}
            ?hidden=${!expanded}
            @mousedown=${(e: Event) => e.preventDefault()}
          >
            ${this.completions.map(
              (completion, i) =>
                html`<li
                  id="option-${i}"
                  part="option"
                  class="pa__option"
                  role="option"
                  aria-selected=${i === this.activeCompletion ? 'true' : 'false'}
                  dir="auto"
                  @click=${() => this.acceptCompletion(completion)}
                >
                  ${completion}
                </li>`,
            )}
          </ul>
        </div>
        <button part="submit" class="pa__submit" type="submit">${STRINGS.ask}</button>
      </div>
      <p class="pa__hint" id="hint">${STRINGS.hint}</p>
    </form>`;
  }

  override render(): TemplateResult {
    const launcher = this.mode === 'launcher';
    // Class strings, not classMap: only the template sets these classes.
    return html`<div part="base" class="pa ${launcher ? 'pa--launcher' : ''} ${this.open ? 'pa--open' : ''}">
      ${launcher
        ? html`<button
            id="launcher"
            part="launcher"
            class="pa__launcher"
            type="button"
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls="panel"
            @click=${this.handleLauncherClick}
          >
            ${ICON_CHAT}<span>${STRINGS.launcher}</span>
          </button>`
        : nothing}
      <section
        id="panel"
        part="panel"
        class="pa__panel"
        role=${ifDefined(launcher ? 'dialog' : undefined)}
        aria-labelledby="heading"
        ?hidden=${launcher && !this.open}
        @keydown=${this.handlePanelKeydown}
      >
        <header part="header" class="pa__header">
          <h2 id="heading" part="heading" class="pa__heading">${this.heading}</h2>
          ${launcher
            ? html`<button part="close" class="pa__close" type="button" aria-label=${STRINGS.close} @click=${() => this.close(true)}>
                ${ICON_CLOSE}
              </button>`
            : nothing}
          <div class="pa__tools">${this.renderVersionPicker()} ${this.renderBrowseButton()}</div>
        </header>
        <div id="log" part="log" class="pa__log" role="log" aria-live="polite" aria-label=${STRINGS.log} tabindex="0">
          ${this.exchanges.length === 0
            ? this.renderWelcome()
            : repeat(
                this.exchanges,
                (e) => e.id,
                // Earlier exchanges are not re-rendered when a new question comes in.
                (e) => guard([e, this.expanded, this.copied, this.search, this.status, this.policyUrl, this.version], () => this.renderExchange(e)),
              )}
        </div>
        ${this.renderForm()}
      </section>
    </div>`;
  }
}
