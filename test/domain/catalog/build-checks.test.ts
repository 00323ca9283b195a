/**
 * The catalog build refuses bad seeds: each case copies the real seeds to a temporary folder,
 * breaks one thing, and expects the build to name it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCatalog } from '../../../src/build/catalog/build';

const SEEDS = path.resolve(__dirname, '../../../seeds');

function withSeeds(edit: (dir: string) => void): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  edit(dir);
  try {
    return buildCatalog(dir).problems;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const TEXT = '004_c7444175af894b84.txt';
const seed = (body: string) => `plan: nanxiong\nfile: ${TEXT}\nrows:\n${body}`;

test('the real seeds build without a problem', () => {
  expect(buildCatalog(SEEDS).problems).toEqual([]);
});

test('a quote not in its source text', () => {
  const p = withSeeds((d) => fs.writeFileSync(path.join(d, 'zz_test.yaml'), seed(
    '  - {indicator: consolidation_rate, stage: compulsory, kind: target, year: 2099, value: 0.99, quote: 巩固率达到99%以上}\n')));
  expect(p.join('\n')).toMatch(/quote not found in 004_c7444175af894b84\.txt: «巩固率达到99%以上»/);
});

test('a value not in its quote (0.9 against "85%")', () => {
  const p = withSeeds((d) => fs.writeFileSync(path.join(d, 'zz_test.yaml'), seed(
    '  - {indicator: physical_health_good_rate, stage: all, kind: target, year: 2099, value: 0.9, quote: 2021年达到45%以上}\n')));
  expect(p.join('\n')).toMatch(/value 0\.9 does not appear in its quote «2021年达到45%以上»/);
});

test('a duplicate id', () => {
  const row = '  - {id: dup.one, indicator: physical_health_good_rate, stage: all, kind: target, year: 2021, value: 0.45, quote: 2021年达到45%以上}\n';
  const p = withSeeds((d) => fs.writeFileSync(path.join(d, 'zz_test.yaml'), seed(row + row)));
  expect(p.join('\n')).toMatch(/duplicate id dup\.one/);
});

test('a schema error (a misspelt field)', () => {
  const p = withSeeds((d) => fs.writeFileSync(path.join(d, 'zz_test.yaml'), seed(
    '  - {indicator: physical_health_good_rate, stage: all, kind: target, year: 2021, valeu: 0.45, quote: 2021年达到45%以上}\n')));
  expect(p.join('\n')).toMatch(/zz_test\.yaml: schema:/);
});

test('an unknown indicator and an unknown stage', () => {
  const p = withSeeds((d) => fs.writeFileSync(path.join(d, 'zz_test.yaml'), seed(
    '  - {indicator: no_such_thing, stage: all, kind: target, year: 2021, value: 0.45, quote: 2021年达到45%以上}\n')));
  expect(p.join('\n')).toMatch(/unknown indicator no_such_thing/);
});

test('a missing English name', () => {
  const p = withSeeds((d) =>
    fs.writeFileSync(path.join(d, 'zz_test.yaml'), `plan: nanxiong\nfile: ${TEXT}\nindicators:\n  - {id: zz_new, name: 新指标, unit: "%", direction: ">="}\n`));
  expect(p.join('\n')).toMatch(/schema: \/indicators\/0 must have required property 'name_en'/);
});

test('a row naming itself without an English name', () => {
  const p = withSeeds((d) => fs.writeFileSync(path.join(d, 'zz_test.yaml'), seed(
    '  - {indicator: physical_health_good_rate, stage: all, kind: target, year: 2099, value: 0.45, name: 优良率, quote: 2021年达到45%以上}\n')));
  expect(p.join('\n')).toMatch(/needs name_en too/);
});

test('quotes are compared with whitespace and full-width forms folded', () => {
  // The source text breaks "心理危 机" with a space; a quote without it is still found.
  const p = withSeeds((d) => fs.writeFileSync(path.join(d, 'zz_test.yaml'), seed(
    '  - {indicator: physical_health_good_rate, stage: all, kind: baseline, year: 2019, value: 0.4784, quote: "优良率 达47.84％"}\n')));
  expect(p).toEqual([]);
});
