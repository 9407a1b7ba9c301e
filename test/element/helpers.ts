/// <reference types="mocha" />
import { oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { alignIndex } from '../../src/compare/index.js';
import { buildCorpus } from '../../src/corpus/index.js';
import { buildIndex, type PolicyIndex, type StoredIndex } from '../../src/search/index.js';
import type { PolicyAssistant } from '../../src/element/policy-assistant.js';
import type { PolicyAssistantAnswerEvent } from '../../src/element/events.js';

/** The Kayako index written by `npm run test:browser` before the run. */
export const KAYAKO_INDEX_URL = '/test/element/fixtures/kayako-index.json';

let kayako: Promise<StoredIndex> | null = null;

/** The Kayako index as an object, as stored (fetched once per test file). */
export function kayakoIndex(): Promise<StoredIndex> {
  kayako ??= fetch(KAYAKO_INDEX_URL).then((r) => r.json() as Promise<StoredIndex>);
  return kayako;
}

/** A small index built in the browser from policy Markdown, one file per entry. */
export function indexFrom(files: Record<string, string>): PolicyIndex {
  return buildIndex(buildCorpus(Object.entries(files).map(([path, text]) => ({ path, text }))));
}

/** A small index built in the browser from policy Markdown, with its versions aligned as the build does. */
export function alignedIndexFrom(files: Record<string, string>): PolicyIndex {
  return alignIndex(indexFrom(files));
}

/** The element's shadow root. */
export function shadow(el: PolicyAssistant): ShadowRoot {
  return el.shadowRoot!;
}

/** One element of the shadow root, failing the test when it is missing. */
export function part<T extends Element = HTMLElement>(el: PolicyAssistant, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no "${selector}" in the shadow root`);
  return found;
}

/** The question input. */
export function input(el: PolicyAssistant): HTMLInputElement {
  return part<HTMLInputElement>(el, '[part="input"]');
}

/** Focuses the input, types a question with real key presses and presses Enter; resolves with the answer event. */
export async function askByKeyboard(el: PolicyAssistant, question: string): Promise<PolicyAssistantAnswerEvent> {
  input(el).focus();
  await sendKeys({ type: question });
  const answered = oneEvent(el, 'policy-assistant-answer') as Promise<PolicyAssistantAnswerEvent>;
  await sendKeys({ press: 'Enter' });
  const event = await answered;
  await el.updateComplete;
  return event;
}

/** Waits until the last exchange in the log has its answer rendered. */
export async function settled(el: PolicyAssistant): Promise<void> {
  await waitUntil(() => {
    const exchanges = el.shadowRoot!.querySelectorAll('.pa__exchange');
    const last = exchanges[exchanges.length - 1];
    return last !== undefined && last.querySelector('.pa__status--pending') === null;
  }, 'the answer was not rendered');
  await el.updateComplete;
}

/** Text with white space collapsed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What went wrong in the page while a test ran: console errors, uncaught errors, CSP violations. */
export interface PageErrors {
  /** The errors seen so far. */
  readonly messages: string[];
  /** Stops watching and restores `console.error`. */
  stop(): void;
}

/** Watches the page for console errors, uncaught errors, rejected promises and CSP violations. */
export function watchErrors(): PageErrors {
  const messages: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    messages.push(`console.error: ${args.map(String).join(' ')}`);
  };
  const onError = (e: ErrorEvent) => messages.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => messages.push(`unhandled rejection: ${String(e.reason)}`);
  const onViolation = (e: SecurityPolicyViolationEvent) => messages.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onViolation);
  return {
    messages,
    stop() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('securitypolicyviolation', onViolation);
    },
  };
}

/** A stand-in for `navigator.clipboard` that records what was written. */
export interface ClipboardStub {
  /** Plain text written, by `write` or `writeText`. */
  texts: string[];
  /** HTML written by `write`. */
  htmls: string[];
  /** Puts the real clipboard back. */
  restore(): void;
}

/** Replaces `navigator.clipboard`; `rich: false` leaves out `write`, as older browsers do. */
export function stubClipboard(options: { rich?: boolean } = {}): ClipboardStub {
  const texts: string[] = [];
  const htmls: string[] = [];
  const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  const stub: Partial<Clipboard> = {
    writeText: async (value: string) => {
      texts.push(value);
    },
  };
  if (options.rich !== false) {
    stub.write = async (items: ClipboardItems) => {
      for (const item of items) {
        texts.push(await (await item.getType('text/plain')).text());
        if (item.types.includes('text/html')) htmls.push(await (await item.getType('text/html')).text());
      }
    };
  }
  Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => stub });
  return {
    texts,
    htmls,
    restore() {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (descriptor) Object.defineProperty(Navigator.prototype, 'clipboard', descriptor);
    },
  };
}
