/**
 * The plan-metrics command, run in-process through main() (fast) and once as a real process
 * through bin/ (what `npx plan-metrics` runs).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runMain as run } from './run-main';

describe('plan-metrics eval', () => {
  test('seed 000: 小学 学位缺口 7200 as exactly one JSON object, exit 0', async () => {
    const r = await run('eval', '=EDU.SHORTFALL(5000,3800,6)', '--json');
    expect(r).toMatchObject({ code: 0, out: '{"value":7200}' });
  });
  test('built-in functions and array constants', async () => {
    // 6 × 4.2 is 25.200000000000003 in binary; reported at Excel's 15 digits, as Excel shows it.
    expect((await run('eval', '=SUM({1,2,3})*EDU.PER100(21,500)', '--json')).out).toBe('{"value":25.2}');
    expect((await run('eval', 'AVERAGE({2,4})')).out).toBe('3');
    // Excel's bare logical constants (HyperFormula knows only TRUE()).
    expect((await run('eval', '=IF(TRUE,1,2)+COUNTIF({1,2},">1")', '--json')).out).toBe('{"value":2}');
    // A value one bit under the threshold meets it, as in Excel and LibreOffice.
    expect((await run('eval', '=IF(9/1000*100>=0.9,"met","missed")', '--json')).out).toBe('{"value":"met"}');
  });
  test('an error value: exit 1 with the message in Chinese then English', async () => {
    const r = await run('eval', '=EDU.THRESHOLD("生均用地","小学")', '--json');
    expect(r.code).toBe(1);
    const o = JSON.parse(r.out);
    expect(o.error).toBe('#N/A');
    expect(o.message).toMatch(/^找不到指标「生均用地」.* \/ no indicator "生均用地"/);
  });
  test('a spilled result prints as rows', async () => {
    const r = await run('eval', '=EDU.INDICATORS("national","初中")');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0].split('\t')[1]).toBe('指标');
  });
  test('bad usage: exit 2', async () => {
    expect((await run('eval')).code).toBe(2);
    expect((await run('eval', '=1', '--nope')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });
});

describe('plan-metrics catalog', () => {
  test('--json rows carry every field the issue names', async () => {
    const r = await run('catalog', '--plan', 'national', '--search', '生均用房', '--json');
    const rows = JSON.parse(r.out);
    expect(rows.map((x: { value: number }) => x.value).sort()).toEqual([4.5, 5.8]);
    expect(Object.keys(rows[0]).sort()).toEqual(
      ['direction', 'id', 'kind', 'name', 'name_en', 'name_hant', 'plan', 'scope', 'source', 'stage', 'unit', 'value', 'year'].sort());
  });
  test('the table aligns Chinese text by display width', async () => {
    const r = await run('catalog', '--plan', 'national', '--stage', '初中', '--search', '差异系数');
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^规划/);
    expect(r.out).toContain('0.45');
    // The 学段 column starts at the same display column on every row.
    const stringWidth = require('string-width');
    const starts = lines.slice(0, -1).map((l) => stringWidth(l.slice(0, l.search(/学段|初中|义务教育/))));
    expect(new Set(starts).size).toBe(1);
  });
  test('an unknown plan is exit 2 with one line', async () => {
    const r = await run('catalog', '--plan', '火星市');
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^找不到规划「火星市」/);
  });
});

const root = path.resolve(__dirname, '../../..');
const built = fs.existsSync(path.join(root, 'lib/src/hosts/cli/main.js'));
(built ? test : test.skip)('bin/plan-metrics.js runs as a process (what npx runs)', () => {
  const out = execFileSync(process.execPath, [path.join(root, 'bin/plan-metrics.js'), 'eval', '=EDU.SHORTFALL(4200,2800,3)', '--json'], { encoding: 'utf8' });
  expect(JSON.parse(out)).toEqual({ value: 4200 });
  const bad = spawnSync(process.execPath, [path.join(root, 'bin/plan-metrics.js'), 'eval', '=EDU.PER100(1,0)', '--json'], { encoding: 'utf8' });
  expect(bad.status).toBe(1);
  expect(bad.stderr).toBe('');
});
