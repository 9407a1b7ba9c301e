// The baseline page's index, made by test/bench/browser.ts: MiniSearch's `toJSON()` as a JSON string.
declare module 'virtual:bench/baseline-index' {
  const json: string;
  export default json;
}
