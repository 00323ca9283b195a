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
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { BundleSizePlugin } = require('./scripts/bundle-sizes');
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

/** Both compilations' bundle sizes, one report: the worker's bundle is measured inside the page too. */
const report = {};
const sizes = (print) => new BundleSizePlugin({
  root: __dirname,
  depth: 3,
  group: (resource) => (resource.split(path.sep).join('/').includes('.cache/plan-metrics-web') ? 'worker bundle (as text)' : undefined),
  name: (file, compiler) => (compiler.options.name === 'worker' ? 'worker.js (inside web.js)' : file),
  title: 'web bundle sizes',
  pad: 26,
  top: 6,
  report,
  print,
});

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
      plugins: [sizes(false)],
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
        sizes(true),
      ],
      performance: { hints: false },
    },
  ];
};
