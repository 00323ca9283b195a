/* Builds the offline web page into dist-web/ (npm run build:web): the toolkit for offices that
 * can install nothing — open dist-web/index.html from a folder, a USB stick or a static intranet
 * server (docs/web.md). Two compilations, in order:
 *  1. worker: src/hosts/web/worker.ts — fill, check, collect, report, templates, i.e. the engine,
 *     HyperFormula and exceljs — into node_modules/.cache/plan-metrics-web/worker.js;
 *  2. page: src/hosts/web/page.ts, with that worker bundle inside it as a string (the page starts
 *     it from a Blob URL: Chromium refuses a worker script from file://), plus index.html,
 *     taskpane.css, web.css and the icon.
 * Both target ES2020 (Chrome/Edge 109, the oldest stated; test/browser/web.test.ts runs es-check
 * on both bundles). The fs/path imports of the CLI's file wrappers (fill.ts's readInput, safe-write)
 * resolve to empty modules: the page only calls the bytes-in/bytes-out functions.
 * After a build the sizes of both bundles and what dominates them are printed and written to
 * dist-web/bundle-sizes.json. */
const path = require('path');
const zlib = require('zlib');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const WORKER_DIR = path.resolve(__dirname, 'node_modules/.cache/plan-metrics-web');
const WORKER_JS = path.join(WORKER_DIR, 'worker.js');
const OUT = path.resolve(__dirname, 'dist-web');
const TARGET = 'es2020';

const tsRule = (mode) => ({
  test: /\.ts$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { target: TARGET, sourceMap: mode !== 'production' } } },
});
// Node built-ins only the CLI's file wrappers use: empty in the browser.
const nodeFallback = { fs: false, path: false, os: false, crypto: false, zlib: false, worker_threads: false, child_process: false };

/** The package (or project folder) a module belongs to. */
function moduleGroup(resource) {
  const rel = path.relative(__dirname, resource).split(path.sep).join('/');
  const nm = rel.lastIndexOf('node_modules/');
  if (nm >= 0 && !rel.includes('.cache/plan-metrics-web')) {
    const parts = rel.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (rel.includes('.cache/plan-metrics-web')) return 'worker bundle (as text)';
  if (rel.endsWith('.json')) return rel;
  return rel.split('/').slice(0, 3).join('/') + '/';
}

/** Records each JS bundle's size, gzipped size and largest parts into `report` (shared by both compilations). */
const report = {};
class BundleSizePlugin {
  constructor(last) { this.last = last; }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('BundleSizePlugin', (compilation) => {
      for (const chunk of compilation.chunks) {
        for (const file of chunk.files) {
          if (!file.endsWith('.js')) continue;
          const buf = fs.readFileSync(path.join(compiler.options.output.path, file));
          const groups = new Map();
          let total = 0;
          const add = (m) => {
            if (m.modules) return m.modules.forEach(add);
            const resource = m.resource || (m.rootModule && m.rootModule.resource);
            if (!resource) return;
            const g = moduleGroup(resource);
            groups.set(g, (groups.get(g) || 0) + m.size());
            total += m.size();
          };
          for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) add(m);
          const parts = [...groups.entries()].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => ({ name, sourceBytes: bytes, share: Math.round((100 * bytes) / total) }));
          report[compiler.options.name === 'worker' ? 'worker.js (inside web.js)' : file] = { bytes: buf.length, gzipBytes: zlib.gzipSync(buf, { level: 9 }).length, parts };
        }
      }
      if (!this.last) return;
      const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
      const lines = [`web bundle sizes (${compiler.options.mode}):`];
      for (const [file, r] of Object.entries(report)) {
        lines.push(`  ${file.padEnd(26)} ${kib(r.bytes).padStart(10)} minified, ${kib(r.gzipBytes).padStart(9)} gzipped — ` + r.parts.slice(0, 6).map((p) => `${p.name} ${p.share}%`).join(', '));
      }
      console.log(lines.join('\n'));
      fs.writeFileSync(path.join(compiler.options.output.path, 'bundle-sizes.json'), JSON.stringify(report, null, 2));
    });
  }
}

module.exports = (env, argv) => {
  const mode = argv.mode || 'production';
  const outPath = process.env.PM_WEB_OUT ? path.resolve(process.env.PM_WEB_OUT) : OUT;
  return [
    {
      name: 'worker',
      mode,
      devtool: false,
      target: ['webworker', TARGET],
      entry: { worker: './src/hosts/web/worker.ts' },
      output: { path: WORKER_DIR, filename: 'worker.js', clean: true },
      resolve: { extensions: ['.ts', '.js', '.json'], fallback: nodeFallback },
      module: { rules: [tsRule(mode)] },
      plugins: [new BundleSizePlugin(false)],
      performance: { hints: false },
    },
    {
      name: 'page',
      mode,
      dependencies: ['worker'],
      devtool: false,
      target: ['web', TARGET],
      entry: { web: './src/hosts/web/page.ts' },
      output: { path: outPath, filename: '[name].js', clean: true },
      resolve: { extensions: ['.ts', '.js', '.json'], fallback: nodeFallback, alias: { 'pm-web-worker-source$': WORKER_JS } },
      module: { rules: [tsRule(mode), { test: (p) => p === WORKER_JS, type: 'asset/source' }] },
      plugins: [
        new HtmlWebpackPlugin({ filename: 'index.html', template: './src/hosts/web/index.html', chunks: ['web'], scriptLoading: 'defer', minify: false }),
        new CopyWebpackPlugin({
          patterns: [
            { from: 'assets/icon-32.png', to: 'assets/icon-32.png' },
            { from: 'src/hosts/pane/taskpane.css', to: 'taskpane.css' },
            { from: 'src/hosts/web/web.css', to: 'web.css' },
          ],
        }),
        new BundleSizePlugin(true),
      ],
      performance: { hints: false },
    },
  ];
};
