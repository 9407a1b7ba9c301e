// The baseline page of the browser bench: a plain MiniSearch index over the same clause texts,
// loaded on first focus like the element's, answering with its top 5 results as a list. The index
// is inlined as a JSON string (virtual:bench/baseline-index, made by test/bench/browser.ts), as the
// single-file bundle inlines the engine's.
import MiniSearch from 'minisearch';
import indexJson from 'virtual:bench/baseline-index';
import { installBench } from './harness.js';

interface Clause {
  id: number;
  text: string;
}

// The Node bench's baseline options, plus the text stored in the index so results can be shown.
const OPTIONS = { fields: ['text'], storeFields: ['text'] };
const TOP = 5;

const form = document.querySelector('form');
const input = document.querySelector('input');
const list = document.querySelector('ol');
if (!form || !input || !list) throw new Error('bench: baseline.html needs a form, an input and an ol');

let search: MiniSearch<Clause> | null = null;

function load(): MiniSearch<Clause> {
  if (!search) {
    performance.mark('baseline:load-start');
    search = MiniSearch.loadJSON<Clause>(indexJson, OPTIONS);
    performance.measure('baseline:load', 'baseline:load-start');
  }
  return search;
}

input.addEventListener('focus', load);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const results = load().search(input.value).slice(0, TOP);
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      item.textContent = String(result['text']);
      return item;
    }),
  );
  input.value = '';
  form.dispatchEvent(new CustomEvent('baseline-answer'));
});

installBench(Promise.resolve({ input, host: form, answerEvent: 'baseline-answer', loadMeasure: 'baseline:load' }));
