// The element with the compile-time index as its default (`import 'policy-assistant'` in a Vite
// project using the plugin from `policy-assistant/vite`). The compiled index is made the default
// before the tag is defined: module order, not timing, guarantees it.
export { loadCompiledIndex } from './compiled-index.js';
export * from './element.js';
