/**
 * Test helpers for the browser test: build the add-in with webpack into a fresh folder, and serve
 * a folder on 127.0.0.1 with the add-in's tiny static server (src/build/pane/serve-dist.ts).
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { serveDir } from '../../src/build/pane/serve-dist';

const root = path.resolve(__dirname, '../..');

/**
 * Runs the production webpack build into `outDir` (not dist/, which other work may be reading),
 * with extra environment variables (PM_BASE_URL) when given.
 * @example buildAddin(fs.mkdtempSync(path.join(os.tmpdir(), 'pm-'))); // prints the bundle sizes
 */
export function buildAddin(outDir: string, env: Record<string, string> = {}): string {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  const r = spawnSync(process.execPath, [cli, '--mode', 'production', '--output-path', outDir], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`webpack failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * Serves `dir` on 127.0.0.1 (a free port) with the add-in's own static server (plain HTTP here).
 * @example const { url, close } = await serve('dist'); // url = 'http://127.0.0.1:40123/'
 */
export function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  return serveDir(dir, { port: 0, host: '127.0.0.1' });
}
