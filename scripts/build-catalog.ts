/**
 * `npm run catalog`: builds src/domain/catalog/data/catalog.json from seeds/ and fails (exit 1) listing
 * every problem. Run by `npm install` (prepare), `npm run build` and `npm test` (pretest).
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildCatalog } from '../src/build/catalog/build';

const root = path.resolve(__dirname, '..');
const { catalog, problems } = buildCatalog(path.join(root, 'seeds'));
if (problems.length) {
  console.error(`catalog: ${problems.length} problem(s) in seeds/:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
const out = path.join(root, 'src/domain/catalog/data/catalog.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(catalog, null, 1) + '\n');
const perPlan = new Map<string, number>();
for (const r of catalog.rows) perPlan.set(r.plan, (perPlan.get(r.plan) ?? 0) + 1);
console.log(
  `catalog: ${catalog.rows.length} rows, ${catalog.indicators.length} indicators (` +
    [...perPlan].map(([p, n]) => `${p} ${n}`).join(', ') + `) → ${path.relative(root, out)}`,
);
