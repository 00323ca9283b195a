/* Builds the WPS 表格 加载项 into dist-wps/ (npm run build:wps), separate from the Office add-in:
 *  - index.html + wps-addin.js: WPS's entry page; registers the EDU functions (wps.AddCustomFunction)
 *    and answers the ribbon's callbacks;
 *  - ribbon.xml (tab 规划指标), manifest.xml and functions.json (src/build/wps/files.ts);
 *  - taskpane.html + wps-taskpane.js + taskpane.css: the same pane as in Excel, over the ET object model;
 *  - assets/icon-*.png.
 * Everything is in the folder: nothing loads from the internet. The bundles target ES2017 for
 * the older Chromium some WPS builds embed. */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { Compilation, sources } = require('webpack');

require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
const { ribbonXml, manifestXml, functionsJsonText } = require('./src/build/wps/files.ts');

/** Emits ribbon.xml, manifest.xml and functions.json. */
class WpsFilesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('WpsFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'WpsFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('ribbon.xml', new sources.RawSource(ribbonXml()));
        compilation.emitAsset('manifest.xml', new sources.RawSource(manifestXml()));
        compilation.emitAsset('functions.json', new sources.RawSource(functionsJsonText()));
      });
    });
  }
}

module.exports = (env, argv) => ({
  devtool: argv.mode === 'production' ? false : 'source-map',
  target: ['web', 'es2017'],
  entry: {
    'wps-addin': './src/hosts/wps/addin.ts',
    'wps-taskpane': './src/hosts/wps/taskpane.ts',
  },
  output: { path: path.resolve(__dirname, 'dist-wps'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.js', '.json'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { target: 'es2017', sourceMap: argv.mode !== 'production' } } },
      },
    ],
  },
  plugins: [
    new WpsFilesPlugin(),
    new HtmlWebpackPlugin({ filename: 'index.html', template: './src/hosts/wps/index.html', chunks: ['wps-addin'], scriptLoading: 'blocking', inject: 'head' }),
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/hosts/wps/taskpane.html', chunks: ['wps-taskpane'], scriptLoading: 'defer' }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets/*.png', to: 'assets/[name][ext]' },
        { from: 'src/hosts/pane/taskpane.css', to: 'taskpane.css' },
      ],
    }),
  ],
  performance: { hints: false },
});
