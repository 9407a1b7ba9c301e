import { PolicyAssistant } from './policy-assistant.component.js';

export { PolicyAssistant } from './policy-assistant.component.js';
export type { PolicyAssistantMode } from './policy-assistant.component.js';

// Defined once: a page that loads two copies of the element (say the bundle and an npm build) keeps
// the first instead of throwing.
if (!customElements.get('policy-assistant')) customElements.define('policy-assistant', PolicyAssistant);

declare global {
  interface HTMLElementTagNameMap {
    'policy-assistant': PolicyAssistant;
  }
}
