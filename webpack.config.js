/* Builds the add-in into dist/: the custom-functions bundle with its generated functions.json.
 * office.js is copied from the bundled @microsoft/office-js package: nothing loads from the internet. */
const path = require('path');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

module.exports = (env, argv) => ({
  devtool: argv.mode === 'production' ? false : 'source-map',
  entry: {
    functions: './src/functions/functions.ts',
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
    new CustomFunctionsMetadataPlugin({ input: './src/functions/functions.ts', output: 'functions.json' }),
    new HtmlWebpackPlugin({ filename: 'functions.html', template: './src/functions/functions.html', chunks: ['functions'] }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'node_modules/@microsoft/office-js/dist/office.js', to: 'office/office.js' },
        { from: 'assets/*.png', to: '[name][ext]', noErrorOnMissing: true },
      ],
    }),
  ],
  performance: { hints: false },
});
