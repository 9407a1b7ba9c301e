// In-page half of the browser bench (`npm run bench`, test/bench/browser.ts): the same measurements
// for the engine page and the plain MiniSearch page. Each page says where its input is, which event
// says it has shown an answer and which `performance.measure` says its index is loaded; this file
// does the timing, and test/bench/browser.ts drives it through Chrome DevTools Protocol (the Enter
// key is a real key press, so the form's implicit submission runs as it does for a visitor).

/** What a bench page tells the harness. */
export interface BenchTarget {
  /** The question input. */
  input: HTMLInputElement;
  /** Where `answerEvent` fires. */
  host: EventTarget;
  /** Fired once the answer is in the DOM, e.g. `policy-assistant-answer` (after Lit's update). */
  answerEvent: string;
  /** `performance.measure` name whose end is "the index is loaded, questions can be answered". */
  loadMeasure: string;
  /** `performance.measure` name of the page's own work on one answer, if it has one (to split the time). */
  answerMeasure?: string;
}

/** Index load after the first focus, in milliseconds from just before `input.focus()`. */
export interface LoadTiming {
  /** To the end of `loadMeasure`: the index is parsed and loaded, a question can be answered. */
  ready: number;
  /** To the first task after the focus: the load and any re-render it caused are done. */
  idle: number;
}

/** One question, in milliseconds from the Enter keydown (its first listener, capturing on `window`). */
export interface AnswerTiming {
  /** To the answer being in the DOM, styled and laid out (forced with a layout read): rendered but not yet painted. */
  rendered: number;
  /** To the first task after the next animation frame: roughly, the answer painted (includes waiting for the frame). */
  frame: number;
  /** Where `answerMeasure` starts and ends, from the keydown; `null` without one. */
  measure: { start: number; end: number } | null;
}

/** The harness, as `window.bench`. */
export interface Bench {
  /** Focuses the input for the first time and times the index load it starts. */
  load(): Promise<LoadTiming>;
  /** Puts `question` in the focused input and waits for the Enter the driver presses next. */
  arm(question: string): Promise<void>;
  /** The timing of the question armed last, once its answer is rendered. */
  answered(): Promise<AnswerTiming>;
}

declare global {
  interface Window {
    bench: Bench;
  }
}

/** How long a question may take before the bench reports the page as broken. */
const ANSWER_TIMEOUT_MS = 5000;

/** Resolves in the next task, with its time: all microtasks queued before it have run. */
function nextTask(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves once the page is idle after loading: a visitor focuses the input later, not mid-load. */
function settled(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 1000 })));
  });
}

/** The first `performance.measure` entry named `name` from now on. */
function nextMeasure(name: string): Promise<PerformanceEntry> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntriesByName(name, 'measure')[0];
      if (!entry) return;
      observer.disconnect();
      resolve(entry);
    });
    observer.observe({ type: 'measure' });
  });
}

/** Installs `window.bench` for the page's target, once the page has it ready. */
export function installBench(target: Promise<BenchTarget>): void {
  let pending: Promise<AnswerTiming> | null = null;

  window.bench = {
    async load() {
      const { input, loadMeasure } = await target;
      if (performance.getEntriesByName(loadMeasure, 'measure').length > 0) {
        throw new Error(`bench: the index was loaded before the first focus ("${loadMeasure}" exists)`);
      }
      await settled();
      const measured = nextMeasure(loadMeasure);
      const start = performance.now();
      input.focus();
      const idle = await nextTask();
      const entry = await measured;
      const ready = entry.startTime + entry.duration;
      return { ready: ready - start, idle: Math.max(idle, ready) - start };
    },

    async arm(question) {
      const { input, host, answerEvent, answerMeasure } = await target;
      input.focus();
      input.value = question;
      pending = new Promise<AnswerTiming>((resolve, reject) => {
        let start = Number.NaN;
        const onKeydown = (event: KeyboardEvent) => {
          if (event.key === 'Enter' && Number.isNaN(start)) start = performance.now();
        };
        const timer = setTimeout(() => {
          window.removeEventListener('keydown', onKeydown, true);
          host.removeEventListener(answerEvent, onAnswer);
          reject(new Error(`bench: no "${answerEvent}" within ${ANSWER_TIMEOUT_MS} ms of Enter for "${question}"`));
        }, ANSWER_TIMEOUT_MS);
        const onAnswer = () => {
          // Reading layout makes the browser apply style and layout now, as it would before painting.
          void document.body.offsetHeight;
          const rendered = performance.now();
          const entry = answerMeasure ? performance.getEntriesByName(answerMeasure, 'measure').at(-1) : undefined;
          const measure = entry && entry.startTime >= start ? { start: entry.startTime - start, end: entry.startTime + entry.duration - start } : null;
          requestAnimationFrame(() => {
            void nextTask().then((frame) => {
              clearTimeout(timer);
              window.removeEventListener('keydown', onKeydown, true);
              if (Number.isNaN(start)) reject(new Error(`bench: "${question}" was answered without an Enter keydown`));
              else resolve({ rendered: rendered - start, frame: frame - start, measure });
            });
          });
        };
        window.addEventListener('keydown', onKeydown, true);
        host.addEventListener(answerEvent, onAnswer, { once: true });
      });
      // The driver awaits `answered()` later; a rejection is reported there, not as unhandled.
      pending.catch(() => undefined);
    },

    answered() {
      if (!pending) return Promise.reject(new Error('bench: answered() before arm()'));
      return pending;
    },
  };
}
