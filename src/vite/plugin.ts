import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CorpusError, type Corpus } from '../corpus/index.js';
import { readCorpusFiles } from '../node/index.js';
import { buildCorpus } from '../corpus/index.js';
import { alignIndex } from '../compare/index.js';
import { buildIndex, packIndex, type StoredIndex } from '../search/index.js';
import { RESOLVED_VIRTUAL_CORPUS_ID, RESOLVED_VIRTUAL_INDEX_ID, VIRTUAL_CORPUS_ID, VIRTUAL_INDEX_ID } from './constants.js';

/** Options of the Vite plugin. */
export interface PolicyAssistantPluginOptions {
  /** Folder of policy Markdown files, relative to the Vite root. Default `"corpus"`. */
  corpus: string;
}

/** Default plugin options. */
export const DEFAULT_PLUGIN_OPTIONS: Readonly<PolicyAssistantPluginOptions> = { corpus: 'corpus' };

/** Applies defaults to user plugin options. */
export function resolvePluginOptions(user: Partial<PolicyAssistantPluginOptions> = {}): PolicyAssistantPluginOptions {
  return { ...DEFAULT_PLUGIN_OPTIONS, ...user };
}

/**
 * Builds the policy index at compile time and serves it as `virtual:policy-assistant/index`
 * (and the parsed corpus as `virtual:policy-assistant/corpus`); rebuilds when a corpus file changes.
 * A broken corpus file fails the build with its file and line.
 *
 * @example
 * // vite.config.ts
 * export default { plugins: [policyAssistant({ corpus: 'policies' })] };
 */
export function policyAssistant(options: Partial<PolicyAssistantPluginOptions> = {}): Plugin {
  const { corpus } = resolvePluginOptions(options);
  let dir = resolve(corpus);
  let root = process.cwd();
  let cached: { corpus: Corpus; index: StoredIndex } | null = null;

  return {
    name: 'policy-assistant',
    configResolved(config) {
      root = config.root;
      dir = resolve(config.root, corpus);
    },
    resolveId(id) {
      if (id === VIRTUAL_INDEX_ID) return RESOLVED_VIRTUAL_INDEX_ID;
      if (id === VIRTUAL_CORPUS_ID) return RESOLVED_VIRTUAL_CORPUS_ID;
      return null;
    },
    load(id) {
      if (id !== RESOLVED_VIRTUAL_INDEX_ID && id !== RESOLVED_VIRTUAL_CORPUS_ID) return null;
      try {
        const files = readCorpusFiles(dir, root);
        for (const file of files) this.addWatchFile(resolve(root, file.path));
        if (!cached) {
          const parsed = buildCorpus(files);
          cached = { corpus: parsed, index: packIndex(alignIndex(buildIndex(parsed))) };
        }
      } catch (error) {
        if (error instanceof CorpusError) this.error(error.message);
        throw error;
      }
      const value = id === RESOLVED_VIRTUAL_INDEX_ID ? cached.index : cached.corpus;
      // JSON.parse of a string literal is faster for the browser than an object literal this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
    configureServer(server) {
      // Files added to the corpus folder later count too (a watched folder is not an import).
      server.watcher.add(dir);
    },
    watchChange(id) {
      if (id.startsWith(dir)) cached = null;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir)) return;
      cached = null;
      for (const resolved of [RESOLVED_VIRTUAL_INDEX_ID, RESOLVED_VIRTUAL_CORPUS_ID]) {
        const mod = server.moduleGraph.getModuleById(resolved);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
      server.ws.send({ type: 'full-reload' });
    },
  };
}
