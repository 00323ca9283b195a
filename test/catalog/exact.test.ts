/**
 * Issue 16: every row is reachable by its own names. A lookup resolves a name to an indicator and
 * then picks by plan, stage, scope, year and kind — so for each row, its own 简体, 繁體 and English
 * names with its stage, scope, year and kind must lead back to it (or to rows of the same value),
 * and the build must refuse two rows it cannot tell apart.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCatalog } from '../../src/catalog/build/build';
import { catalog, rowsOf } from '../../src/catalog/index';
import { resolveIndicator } from '../../src/catalog/resolve';

describe('a lookup by a row\'s own names, stage and scope returns that row', () => {
  test.each(catalog.rows.map((r) => [r.id, r] as const))('%s', (_id, row) => {
    for (const name of [row.name, row.name_hant, row.name_en]) {
      const ind = resolveIndicator(name);
      const found = rowsOf(ind.id).filter((r) => r.plan === row.plan && r.stage === row.stage && (r.scope ?? null) === (row.scope ?? null)
        && r.year === row.year && r.kind === row.kind);
      expect(found.map((r) => r.id)).toContain(row.id);
      expect(new Set(found.map((r) => r.value))).toEqual(new Set([row.value]));
    }
  });
});

test('the build refuses two rows a lookup cannot tell apart, naming both', () => {
  // Deliberately ambiguous: the 90 and the 30 of 安丘市 under one indicator, as the seed had it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
  const seeds = path.resolve(__dirname, '../../seeds');
  try {
    for (const f of fs.readdirSync(seeds)) fs.copyFileSync(path.join(seeds, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, '001_anqiu.yaml'), fs.readFileSync(path.join(dir, '001_anqiu.yaml'), 'utf8')
      .replace('indicator: city_school_training_hours', 'indicator: teacher_special_training_hours'));
    const problems = buildCatalog(dir).problems.join('\n');
    expect(problems).toMatch(/ambiguous rows anqiu\.teacher_special_training_hours\.all\.target\.2023\.试点镇 \(90\) and anqiu\.teacher_special_training_hours\.all\.target\.2023\.试点镇\.市直学校培训 \(30\)/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the real seeds have no ambiguous pair', () => {
  expect(buildCatalog(path.resolve(__dirname, '../../seeds')).problems.filter((p) => p.startsWith('ambiguous'))).toEqual([]);
});
