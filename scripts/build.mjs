#!/usr/bin/env node
// `npm run build`: writes the package's dist/.
//
//   dist/**/*.js, *.d.ts            tsc (tsconfig.build.json): the ESM modules and their types
//   dist/element/index.js           `policy-assistant`: the element, compile-time index by default
//   dist/element/element.js         `policy-assistant/element`: the element for `src`/`index` only
//   dist/policy-assistant.bundle.js one file for <script type="module">, Kayako index inlined
//   dist/vite.js                    `policy-assistant/vite`: the Vite plugin
//   dist/vite/virtual.d.ts          `policy-assistant/virtual`: types of the virtual modules
//   dist/cli.js                     what bin/policy-assistant.js runs
//   dist/custom-elements.json       the Custom Elements Manifest
//
// It prints the bundle's size, raw and gzipped, with its parts (Lit, MiniSearch, the index, the
// vocabulary compiled into it, the engine, the element), and writes the same figures to
// .tmp/bundle-stats.json for `npm run bench`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const ts = createRequire(import.meta.url)('typescript');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
const BUNDLE = 'policy-assistant.bundle.js';

function run(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`build: ${label} failed (exit ${result.status})\n`);
    process.exit(1);
  }
}

/**
 * Collapses the white space of the element's `html` and `css` templates (indentation, line breaks,
 * CSS comments) before minification, which leaves template text alone. Text is found with the
 * TypeScript parser, so only template literal text changes; a run of white space becomes one
 * space, which HTML and CSS read the same way (the element has no `<pre>`).
 */
function minifyTemplates() {
  return {
    name: 'policy-assistant-minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/]element[\\/][^\\/]+\.ts$/.test(id)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'css')) {
          const css = node.tag.text === 'css';
          const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
            ? [node.template]
            : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            // The literal's text between its delimiters: ` or } before, ` or ${ after.
            const start = part.getStart(source) + 1;
            const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            let text = code.slice(start, end);
            if (css) text = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*([{};,>])\s*/g, '$1');
            text = text.replace(/\s+/g, ' ');
            if (!css) text = text.replace(/> </g, '><');
            edits.push([start, end, text]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

rmSync(dist, { recursive: true, force: true });

// 1. Modules and declarations.
run('tsc', [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
copyFileSync(join(root, 'src/vite/virtual.d.ts'), join(dist, 'vite/virtual.d.ts'));
writeFileSync(join(dist, 'vite.js'), "export * from './vite/index.js';\n");
writeFileSync(join(dist, 'vite.d.ts'), "export * from './vite/index.js';\n");
// The CLI stays beside its modules (dist/cli/main.js finds the bundled corpus/ as ../../corpus).
writeFileSync(join(dist, 'cli.js'), "#!/usr/bin/env node\nimport './cli/run.js';\n");

// 2. The single-file bundle, with the index the plugin builds from corpus/.
const { policyAssistant } = await import(pathToFileURL(join(dist, 'vite.js')).href);
const outputs = await build({
  configFile: false,
  root,
  logLevel: 'warn',
  plugins: [policyAssistant({ corpus: join(root, 'corpus') }), minifyTemplates()],
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    copyPublicDir: false,
    reportCompressedSize: false,
    lib: { entry: join(root, 'src/element/index.ts'), formats: ['es'], fileName: () => BUNDLE },
    // Vite leaves an ES library unminified (for consumers' tree-shaking); this file is final.
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
});
const output = (Array.isArray(outputs) ? outputs : [outputs]).flatMap((o) => o.output);
const chunk = output.find((o) => o.type === 'chunk' && o.fileName === BUNDLE);

// 3. Custom Elements Manifest.
run('custom-elements-manifest', [
  require.resolve('@custom-elements-manifest/analyzer/cem.js'),
  'analyze',
  '--litelement',
  '--globs',
  'src/element/policy-assistant.component.ts',
  'src/element/policy-assistant.ts',
  'src/element/events.ts',
  '--outdir',
  'dist',
  '--quiet',
]);

// The manifest describes the published modules: dist/…js, not src/…ts. The analyzer also lists
// each `dispatchEvent(new XEvent())` as a nameless event beside the documented `@fires`.
const manifestFile = join(dist, 'custom-elements.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const published = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
for (const module of manifest.modules) {
  module.path = published(module.path);
  for (const declaration of module.declarations ?? []) {
    if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
  }
  for (const entry of module.exports ?? []) {
    const from = entry.declaration?.module;
    if (from) entry.declaration.module = from.startsWith('.') ? posix.join(posix.dirname(module.path), from) : published(from);
  }
}
writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');

// 4. Sizes.
const code = readFileSync(join(dist, BUNDLE));
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const groups = { lit: '', minisearch: '', index: '', vocabulary: '', engine: '', element: '' };
const groupOf = (id) => {
  if (/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id)) return 'lit';
  if (/[\\/]node_modules[\\/]minisearch[\\/]/.test(id)) return 'minisearch';
  if (id.includes('virtual:policy-assistant/index')) return 'index';
  if (/[\\/]src[\\/]element[\\/]/.test(id) || !/[\\/]src[\\/]/.test(id)) return 'element';
  return 'engine';
};
for (const [id, module] of Object.entries(chunk?.modules ?? {})) {
  const group = id.includes('node_modules/stemmer') ? 'engine' : groupOf(id);
  // The index module is `JSON.parse("…")`: its compiled vocabulary is a part of its own.
  const json = group === 'index' ? /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(module.code ?? '') : null;
  if (json) {
    const { vocabulary, ...rest } = JSON.parse(JSON.parse(json[1]));
    groups.index += JSON.stringify(rest);
    groups.vocabulary += JSON.stringify(vocabulary);
    continue;
  }
  groups[group] += module.code ?? '';
}
// Module code is measured before minification; each part is shown as its share of the real gzip size.
const partsGzip = Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, v ? gzip(v) : 0]));
const partsTotal = Object.values(partsGzip).reduce((a, b) => a + b, 0) || 1;
const total = { raw: code.length, gzip: gzip(code) };
const parts = Object.fromEntries(Object.entries(partsGzip).map(([k, v]) => [k, Math.round((v / partsTotal) * total.gzip)]));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
process.stdout.write(
  `build: dist/${BUNDLE} ${kb(total.raw)} raw, ${kb(total.gzip)} gzip ` +
    `(about ${kb(parts.lit)} Lit, ${kb(parts.minisearch)} MiniSearch, ${kb(parts.index)} index, ` +
    `${kb(parts.vocabulary)} vocabulary in the index, ` +
    `${kb(parts.engine)} engine: search, answer and stemmer, ${kb(parts.element)} element)\n`,
);
mkdirSync(join(root, '.tmp'), { recursive: true });
writeFileSync(join(root, '.tmp/bundle-stats.json'), JSON.stringify({ file: `dist/${BUNDLE}`, ...total, gzipParts: parts }, null, 2) + '\n');
