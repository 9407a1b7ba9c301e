export { policyAssistant, DEFAULT_PLUGIN_OPTIONS, resolvePluginOptions, type PolicyAssistantPluginOptions } from './plugin.js';
export { VIRTUAL_CORPUS_ID, VIRTUAL_INDEX_ID, RESOLVED_VIRTUAL_CORPUS_ID, RESOLVED_VIRTUAL_INDEX_ID } from './constants.js';
