// The engine page of the browser bench: `<policy-assistant>` from the single-file bundle
// (dist/policy-assistant.bundle.js, loaded by engine.html), with its compile-time Kayako index.
import { installBench, type BenchTarget } from './harness.js';

async function engineTarget(): Promise<BenchTarget> {
  await customElements.whenDefined('policy-assistant');
  const host = document.querySelector('policy-assistant');
  if (!host) throw new Error('bench: engine.html has no <policy-assistant>');
  await host.updateComplete;
  const input = host.shadowRoot?.querySelector<HTMLInputElement>('input[part="input"]');
  if (!input) throw new Error('bench: <policy-assistant> rendered no input[part="input"]');
  // The element's own measures (src/element/policy-assistant.component.ts): `policy-assistant:load`
  // ends when the index is parsed and its search is made; `policy-assistant:answer` runs from the
  // element's answer() to Lit's update complete, before the layout.
  return {
    input,
    host,
    answerEvent: 'policy-assistant-answer',
    loadMeasure: 'policy-assistant:load',
    answerMeasure: 'policy-assistant:answer',
  };
}

installBench(engineTarget());
