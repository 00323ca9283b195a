/**
 * collect (issue 18 item 1): a generated folder of school returns in every header form, with
 * planted mistakes, merged into the county table. The expected rows and findings are the ones
 * planted here; the county values are compared with a table merged by hand via the template.
 */
import { createHash } from 'crypto';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMain as run } from '../../hosts/cli/run-main';
import { buildSchoolResources, SCHOOL_ROWS } from '../../../src/features/templates/school-resources';
import { writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';
import { sheetGrid } from '../../../src/features/collect/read-return';
import { typeRow } from '../templates/fill';
import { writeSampleReturns, type School } from './returns';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collect-'));
const returns = path.join(dir, 'returns');
// Expected rows, keyed by file name (files are read in name order).
const byFile = new Map<string, School[]>();

beforeAll(async () => {
  for (const [f, schools] of await writeSampleReturns(returns)) byFile.set(f, schools);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const hashes = () => new Map(fs.readdirSync(returns).map((f) => [f, createHash('sha256').update(fs.readFileSync(path.join(returns, f))).digest('hex')]));
const sheetOf = (file: string, name: string) => {
  const wb = readWorkbook(openXlsx(fs.readFileSync(file)));
  return wb.sheets.find((s) => s.name === name)!;
};

describe('plan-metrics collect', () => {
  test('the county table holds every school, the 校验 sheet exactly the planted findings, the input is unchanged', async () => {
    const before = hashes();
    const out = path.join(dir, 'county.xlsx');
    const r = await run('collect', returns, '--out', out, '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    // 30 schools + the 一贯制 school's two rows + the two of 隔行 + the duplicate; broken.xlsx and the lock file give none.
    expect(j.files).toBe(34);
    expect(j.rows).toBe(35);
    const planted = j.findings.map((f: { file: string; row: number | null; check: string }) => [f.file, f.row, f.check]).sort();
    expect(planted).toEqual([
      ['broken.xlsx', null, 'unreadable'],
      ['学校03.xlsx', 4, 'students'], // a title row, the merged group row, the header: the school on sheet row 4
      ['学校05.xlsx', 2, 'part-whole'],
      // Files are read in name order: '学校10-重报' sorts before '学校10.' ('-' < '.'), so the second is 学校10.xlsx.
      ['学校10.xlsx', 2, 'duplicate'],
    ].sort());
    expect(hashes()).toEqual(before);

    // The county sheet read back: names and stages in file order (sorted names), 小学部 → 小学.
    const order = [...byFile.keys()].filter((f) => f !== 'broken.xlsx').sort();
    const expected = order.flatMap((f) => byFile.get(f)!);
    const g = sheetGrid(sheetOf(out, '学校资源配置'));
    const first = SCHOOL_ROWS.firstData;
    expect(g.slice(first, first + expected.length).map((row) => [row[0], row[1]])).toEqual(expected.map((s) => [s.name, s.stage.replace(/部$/, '')]));
    expect(g[first + expected.length]?.[0] ?? null).toBeNull();

    // The 校验 sheet read back: a header row and the four findings, Chinese first in each message.
    const v = sheetGrid(sheetOf(out, '校验'));
    expect(v.length).toBe(1 + 4);
    expect(v.slice(1).map((row) => row[4]).sort()).toEqual(['duplicate', 'part-whole', 'students', 'unreadable']);
    for (const row of v.slice(1)) expect(String(row[6])).toMatch(/^[\u4e00-\u9fff]/);

    // Filling the collected workbook equals filling a table merged by hand through the template.
    const hand = buildSchoolResources({ rows: expected.length });
    expected.forEach((s, k) => typeRow(hand, first + k, [s.name, s.stage.replace(/部$/, ''), typeof s.students === 'string' && /^\d+$/.test(s.students) ? Number(s.students) : s.students, ...s.raw]));
    const handFile = path.join(dir, 'hand.xlsx');
    fs.writeFileSync(handFile, await writeTemplateXlsx(hand));
    fillWorkbook(out, { out: path.join(dir, 'county-filled.xlsx') });
    fillWorkbook(handFile, { out: path.join(dir, 'hand-filled.xlsx') });
    const a = sheetOf(path.join(dir, 'county-filled.xlsx'), '学校资源配置').cells;
    const b = sheetOf(path.join(dir, 'hand-filled.xlsx'), '学校资源配置').cells;
    const vals = (cs: typeof a) => cs.filter((c) => c.value !== null).map((c) => [c.ref, c.value]);
    expect(vals(a).length).toBeGreaterThan(33 * 19);
    expect(vals(a)).toEqual(vals(b));
  }, 120_000);

  test('exit 0 on clean returns, 2 on usage errors, refuses to overwrite without --force', async () => {
    const clean = path.join(dir, 'clean');
    fs.mkdirSync(clean);
    for (const i of [0, 1, 2]) fs.copyFileSync(path.join(returns, `学校0${i}.xlsx`), path.join(clean, `学校0${i}.xlsx`));
    const out = path.join(dir, 'clean-county.xlsx');
    const r = await run('collect', clean, '--out', out, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ files: 3, rows: 3, findings: [] });
    expect((await run('collect', clean, '--out', out)).code).toBe(2); // exists, no --force
    expect((await run('collect', clean, '--out', out, '--force')).code).toBe(0);
    expect((await run('collect', path.join(dir, 'nowhere'), '--out', path.join(dir, 'x.xlsx'))).code).toBe(2);
    expect((await run('collect', '--out', path.join(dir, 'x.xlsx'))).code).toBe(2); // no inputs
    expect((await run('collect', path.join(clean, '学校00.xlsx'), '--out', path.join(clean, '学校00.xlsx'), '--force')).code).toBe(2);
  }, 60_000);

  test('compiled CLI: the worker pool gives the single-thread result, no bar when stderr is no TTY', () => {
    const bin = path.join(__dirname, '../../../bin/plan-metrics.js');
    const pooled = spawnSync(process.execPath, [bin, 'collect', returns, '--out', path.join(dir, 'p.xlsx'), '--json', '--threads', '2'], { encoding: 'utf8' });
    expect(pooled.status).toBe(1);
    expect(pooled.stderr).toBe('');
    const inProcess = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(path.join(__dirname, '../../../lib/src/hosts/cli/collect-cmd.js'))}).runCollect([${JSON.stringify(returns)}], { out: ${JSON.stringify(path.join(dir, 's.xlsx'))}, json: true, threads: 1 }).then((r) => process.stdout.write(r.stdout))`], { encoding: 'utf8' });
    expect(JSON.parse(pooled.stdout).threads).toBe(2); // 33 files ≥ 8: read on two worker threads
    expect(JSON.parse(inProcess.stdout).threads).toBe(1);
    const strip = (s: string) => ({ ...JSON.parse(s), out: '', threads: 0 });
    expect(strip(pooled.stdout)).toEqual(strip(inProcess.stdout));
  }, 120_000);
});
