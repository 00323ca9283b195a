/**
 * How old is the office.js the add-in hosts itself? Microsoft's CDN copy updates itself; ours
 * (bundled so nothing loads from the internet) only when someone runs `npm update
 * @microsoft/office-js` and rebuilds. `npm run office-js:age` prints the bundled version and Office
 * build, and — when the npm registry answers — its publication date, age and the newest version.
 * Offline it says that it could not ask, rather than guessing.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The bundled copy: package version and the Office build office.js declares. */
export interface BundledOfficeJs { version: string; officeBuild: string | null }

/**
 * Reads the installed @microsoft/office-js.
 * @example bundledOfficeJs('.'); // { version: '1.1.110', officeBuild: '16.0.15407.10000' }
 */
export function bundledOfficeJs(root: string): BundledOfficeJs {
  const dir = path.join(root, 'node_modules/@microsoft/office-js');
  const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version as string;
  const js = fs.readFileSync(path.join(dir, 'dist/office.js'), 'utf8');
  const m = /Version:\s*"(\d+\.\d+\.\d+\.\d+)/.exec(js);
  return { version, officeBuild: m ? m[1] : null };
}

/**
 * The report line from the registry's `time` map (as `npm view … time --json` prints it) and its
 * newest version; null registry data means it could not be asked.
 * @example
 * ageReport({ version: '1.1.110', officeBuild: null },
 *   { time: { '1.1.110': '2025-10-03T02:51:00Z' }, latest: '1.1.110' }, new Date('2026-10-03T00:00:00Z'));
 * // '@microsoft/office-js 1.1.110 (Office build ?), published 2025-10-03, 365 days ago; newest 1.1.110 — up to date'
 */
export function ageReport(b: BundledOfficeJs, registry: { time: Record<string, string>; latest: string } | null, now: Date): string {
  const head = `@microsoft/office-js ${b.version} (Office build ${b.officeBuild ?? '?'})`;
  if (!registry) return `${head}; npm registry not reachable, age unknown — 无法访问 npm 仓库，无法得知发布时间`;
  const t = registry.time[b.version];
  const published = t ? new Date(t) : null;
  const age = published ? `published ${published.toISOString().slice(0, 10)}, ${Math.floor((now.getTime() - published.getTime()) / 86400000)} days ago` : 'publication date unknown';
  const state = registry.latest === b.version ? 'up to date' : `run npm update @microsoft/office-js and rebuild — 请更新`;
  return `${head}, ${age}; newest ${registry.latest} — ${state}`;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '../../..');
  const b = bundledOfficeJs(root);
  const r = spawnSync('npm', ['view', '@microsoft/office-js', 'time', 'version', '--json'], { encoding: 'utf8', timeout: 30000, shell: process.platform === 'win32' });
  let registry: { time: Record<string, string>; latest: string } | null = null;
  try {
    const j = JSON.parse(r.stdout);
    registry = { time: j.time, latest: j.version };
  } catch {
    registry = null;
  }
  console.log(ageReport(b, registry, new Date()));
}
