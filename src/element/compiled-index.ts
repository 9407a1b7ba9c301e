import type { StoredIndex } from '../search/index.js';
import { PolicyAssistant } from './policy-assistant.component.js';

/**
 * Loads the index the Vite plugin (`policy-assistant/vite`) built from the policy Markdown at
 * compile time. A dynamic import, so the index is fetched and parsed only when a visitor first
 * focuses or opens the element; the single-file bundle inlines it.
 */
export function loadCompiledIndex(): Promise<StoredIndex> {
  return import('virtual:policy-assistant/index').then((module) => module.default);
}

// Importing this module is what makes the compile-time index the default; the element entry for
// hosts without the Vite plugin (`policy-assistant/element`) does not import it.
PolicyAssistant.defaultIndex ??= loadCompiledIndex;
