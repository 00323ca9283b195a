/* Builds the add-in into dist/:
 *  - functions.js + functions.json: the EDU custom functions and their generated metadata (no
 *    functions.html: the manifest's shared runtime uses taskpane.html as the functions' page);
 *  - functions.zh-CN.json / functions.zh-TW.json: the same metadata with the Chinese help of
 *    src/domain/edu/table.ts (Traditional by OpenCC), every helpUrl into help.html#<function>;
 *  - taskpane.html + taskpane.js + taskpane.css: the task pane. In the shared runtime this page
 *    is also the custom functions' page, so it loads functions.js first, then taskpane.js;
 *  - manifest.xml: manifest.xml with its URLs under PM_BASE_URL (default https://localhost:3000/)
 *    and <Version> from package.json — the file an IT office publishes (docs/deploy.md);
 *  - help.html: offline help generated from the function table;
 *  - assets/icon-*.png: the manifest's icons;
 *  - office/: office.js and the Excel host scripts and locale strings it loads from its own folder.
 *    Copying office.js alone is not enough offline: the loader fetches excel-win32-16.01.js,
 *    zh-cn/office_strings.js … next to itself. Nothing loads from the internet.
 * After a build, the sizes of the two bundles (minified and gzipped) and what dominates them are
 * printed, and written to dist/bundle-sizes.json. */
const path = require('path');
const { BundleSizePlugin } = require('./scripts/bundle-sizes');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { Compilation, sources } = require('webpack');

// The zh-CN metadata and the help page are built from src/domain/edu/table.ts (TypeScript).
require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
const { metadataFiles } = require('./src/build/pane/zh-metadata.ts');
const { helpPage } = require('./src/build/pane/help-page.ts');
const { manifestFor, baseUrlFrom } = require('./src/build/pane/manifest.ts');

const OFFICE_DIST = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');

/** From the functions.json the metadata plugin generated: the same with helpUrls under PM_BASE_URL,
 * and functions.zh-CN.json / functions.zh-TW.json (src/build/pane/zh-metadata.ts). */
class ZhMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ZhMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ZhMetadataPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, (assets) => {
        const en = assets['functions.json'];
        if (!en) {
          compilation.errors.push(new Error('ZhMetadataPlugin: functions.json was not generated'));
          return;
        }
        try {
          const files = metadataFiles(en.source().toString(), baseUrlFrom(process.env.PM_BASE_URL));
          for (const [name, text] of Object.entries(files)) {
            if (name === 'functions.json') compilation.updateAsset(name, new sources.RawSource(text));
            else compilation.emitAsset(name, new sources.RawSource(text));
          }
        } catch (e) {
          compilation.errors.push(e);
        }
      });
    });
  }
}

/** Emits manifest.xml: the committed manifest with every URL under PM_BASE_URL and <Version>
 * from package.json (src/build/pane/manifest.ts). */
class ManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ManifestPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const file = path.resolve(__dirname, 'manifest.xml');
        compilation.fileDependencies.add(file);
        try {
          const xml = manifestFor(require('fs').readFileSync(file, 'utf8'),
            { baseUrl: baseUrlFrom(process.env.PM_BASE_URL), version: require('./package.json').version });
          compilation.emitAsset('manifest.xml', new sources.RawSource(xml));
        } catch (e) {
          compilation.errors.push(e);
        }
      });
    });
  }
}

// Copied files are already minified (or data): tell webpack not to run Terser over them.
const asIs = { minimized: true };

module.exports = (env, argv) => ({
  devtool: argv.mode === 'production' ? false : 'source-map',
  entry: {
    functions: './src/hosts/excel/functions.ts',
    // Shared runtime: taskpane.html loads functions.js, then taskpane.js into one page. dependOn
    // makes taskpane.js reuse every module functions.js already has (the catalog above all) — one
    // copy downloaded, parsed and held in memory, instead of one per bundle.
    taskpane: { import: './src/hosts/pane/taskpane.ts', dependOn: 'functions' },
  },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js', '.json'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { sourceMap: argv.mode !== 'production' } } },
      },
    ],
  },
  plugins: [
    new CustomFunctionsMetadataPlugin({ input: './src/hosts/excel/functions.ts', output: 'functions.json' }),
    new ZhMetadataPlugin(),
    new ManifestPlugin(),
    // Shared runtime: one page registers the functions and runs the pane; functions.js first.
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/hosts/pane/taskpane.html',
      chunks: ['functions', 'taskpane'],
      chunksSortMode: 'manual',
      scriptLoading: 'defer',
    }),
    new HtmlWebpackPlugin({ filename: 'help.html', templateContent: () => helpPage(), inject: false, minify: false }),
    new CopyWebpackPlugin({
      patterns: [
        { context: OFFICE_DIST, from: '{office,custom-functions-runtime,o15apptofilemappingtable,es6-promise}.js', to: 'office/', info: asIs },
        { context: OFFICE_DIST, from: 'excel*.js', to: 'office/', globOptions: { ignore: ['**/*.debug.js'] }, info: asIs },
        { context: OFFICE_DIST, from: '*/office_strings.js', to: 'office/', info: asIs },
        { context: OFFICE_DIST, from: '{telemetry,ariatelemetry}/*.js', to: 'office/', globOptions: { ignore: ['**/*.debug.js'] }, info: asIs },
        { from: 'assets/*.png', to: 'assets/[name][ext]' },
        { from: 'src/hosts/pane/taskpane.css', to: 'taskpane.css' },
      ],
    }),
    new BundleSizePlugin({ root: __dirname }),
  ],
  performance: { hints: false },
});
