/**
 * `plan-metrics collect` on 教育事业统计 exports (issue 24): a folder of per-school workbooks, a
 * county listing with two-row merged headers, two kindergartens, and last year's county table.
 * Expected rows are the hand-computed ones of ./schools.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMain as run } from '../../../hosts/cli/run-main';
import { buildSchoolResources, SCHOOL_ROWS } from '../../../../src/features/templates/school-resources';
import { writeTemplateXlsx } from '../../../../src/features/templates/xlsx-writer';
import { fillWorkbook } from '../../../../src/features/fill/fill';
import { openXlsx } from '../../../../src/xlsx/open';
import { readWorkbook } from '../../../../src/xlsx/read';
import { sheetGrid } from '../../../../src/features/collect/read-return';
import { typeRow } from '../../templates/fill';
import { listingBook, schoolBook } from './build';
import { COUNTY_ROWS, FILES, K1, K2, LISTING_ROWS } from './schools';

interface SchoolJson { file: string; school: string; stage: string; figures: Record<string, number | null> }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collect-stats-'));
const books = path.join(dir, 'books');
const KEYS = ['qualified_teachers', 'backbone_teachers', 'pe_art_teachers', 'teaching_space', 'sports_space', 'equipment_value', 'multimedia_rooms'];

beforeAll(async () => {
  fs.mkdirSync(books);
  for (const [name, b] of FILES) fs.writeFileSync(path.join(books, name), await schoolBook(b));
  fs.writeFileSync(path.join(books, '6-城关中心幼儿园.xlsx'), await schoolBook(K1));
  fs.writeFileSync(path.join(books, '7-白沙幼儿园.xlsx'), await schoolBook(K2));
  fs.writeFileSync(path.join(dir, '过录表.xlsx'), await listingBook(LISTING_ROWS));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sheetOf = (file: string, name: string) => readWorkbook(openXlsx(fs.readFileSync(file))).sheets.find((s) => s.name === name)!;
const expectRows = (schools: SchoolJson[]) => {
  const parts = schools.filter((s) => s.stage !== '幼儿园');
  expect(parts.map((s) => [s.school, s.stage, s.figures.students, s.figures.full_time_teachers])).toEqual(COUNTY_ROWS.map((r) => [r.name, r.stage, r.students, r.fullTime]));
  parts.forEach((s, i) => KEYS.forEach((k, j) => expect(s.figures[k]).toBeCloseTo(COUNTY_ROWS[i].raw[j], 9)));
};

describe('collect on statistics exports', () => {
  test('per-school workbooks: --json lists every row written; the county table equals the template typed by hand', async () => {
    const out = path.join(dir, 'county.xlsx');
    const r = await run('collect', books, '--out', out, '--json');
    const j = JSON.parse(r.out);
    // Only notes (4 + 4 + 4 splits, one 教学点 merged): exit 0.
    expect(j.findings.filter((f: { info?: boolean }) => !f.info)).toEqual([]);
    expect(j.findings.map((f: { check: string }) => f.check).sort()).toEqual([...Array(12).fill('split'), 'teaching-point']);
    expect(r.code).toBe(0);
    expect(j.rows).toBe(6);
    expectRows(j.schools);
    // Kindergartens in --json.
    expect(j.schools.filter((s: SchoolJson) => s.stage === '幼儿园')).toEqual([
      { file: '6-城关中心幼儿园.xlsx', school: '城关中心幼儿园', stage: '幼儿园', figures: { children: 300, teachers: 20, principals: 1, classes: 10 } },
      { file: '7-白沙幼儿园.xlsx', school: '白沙幼儿园', stage: '幼儿园', figures: { children: 150, teachers: 12, principals: 1, classes: 6 } },
    ]);

    // Filled, the county table equals our template with the hand-computed rows typed in.
    const hand = buildSchoolResources({ rows: COUNTY_ROWS.length });
    COUNTY_ROWS.forEach((s, k) => typeRow(hand, SCHOOL_ROWS.firstData + k, [s.name, s.stage, s.students, ...s.raw]));
    const handFile = path.join(dir, 'hand.xlsx');
    fs.writeFileSync(handFile, await writeTemplateXlsx(hand));
    fillWorkbook(out, { out: path.join(dir, 'county-filled.xlsx') });
    fillWorkbook(handFile, { out: path.join(dir, 'hand-filled.xlsx') });
    const a = sheetGrid(sheetOf(path.join(dir, 'county-filled.xlsx'), '学校资源配置'));
    const b = sheetGrid(sheetOf(path.join(dir, 'hand-filled.xlsx'), '学校资源配置'));
    let compared = 0;
    expect(a.length).toBe(b.length);
    b.forEach((row, r) => row.forEach((v, c) => {
      const got = a[r]?.[c];
      if (typeof v === 'number') expect(got as number).toBeCloseTo(v, 9);
      else expect(got).toEqual(v);
      compared++;
    }));
    expect(compared).toBeGreaterThan(6 * 19);

    // The 幼儿园 sheet and the preschool assessment it feeds: 450 children / 32 teachers = 14.0625.
    const k = sheetGrid(sheetOf(path.join(dir, 'county-filled.xlsx'), '幼儿园'));
    expect(k.slice(0, 4).map((row) => row.slice(0, 6))).toEqual([
      ['幼儿园名称', '在园幼儿数', '专任教师数', '园长数', '班数', '每名专任教师对应幼儿数'],
      ['城关中心幼儿园', 300, 20, 1, 10, 15],
      ['白沙幼儿园', 150, 12, 1, 6, 12.5],
      ['合计', 450, 32, 2, 16, 14.0625],
    ]);
    const pre = sheetGrid(sheetOf(path.join(dir, 'county-filled.xlsx'), '普及普惠自评'));
    expect(pre.flat()).toContain(14.0625);
  }, 120_000);

  test('a county listing with two-row merged headers yields the same rows', async () => {
    const r = await run('collect', path.join(dir, '过录表.xlsx'), '--out', path.join(dir, 'listing-county.xlsx'), '--json');
    const j = JSON.parse(r.out);
    expect(r.code).toBe(0);
    expectRows(j.schools);
    expect(j.findings.filter((f: { info?: boolean }) => !f.info)).toEqual([]);
  }, 60_000);

  test('three merged header rows and a column-code row give the same rows; a missing column is a layout finding', async () => {
    const three = path.join(dir, '过录表-三行表头.xlsx');
    fs.writeFileSync(three, await listingBook(LISTING_ROWS, { groups: true, codes: true }));
    const r = JSON.parse((await run('collect', three, '--out', path.join(dir, 'three.xlsx'), '--json')).out);
    expectRows(r.schools);
    // Without the 骨干教师 columns: a finding naming them; the other figures as before.
    const noBackbone = path.join(dir, '过录表-缺列.xlsx');
    const { LISTING_HEADERS } = await import('./build');
    const at = LISTING_HEADERS.findIndex(([h]) => h === '县级及以上骨干教师数');
    const start = LISTING_HEADERS.slice(0, at).reduce((n, [, subs]) => n + Math.max(1, subs.length), 0);
    fs.writeFileSync(noBackbone, await listingBook(LISTING_ROWS.map((row) => [...row.slice(0, start), ...row.slice(start + 2)]), { headers: LISTING_HEADERS.filter((_, i) => i !== at) }));
    const m = await run('collect', noBackbone, '--out', path.join(dir, 'nb.xlsx'), '--json');
    expect(m.code).toBe(1);
    const jm = JSON.parse(m.out);
    expect(jm.findings.filter((f: { info?: boolean }) => !f.info).map((f: { check: string; value: string }) => [f.check, f.value])).toEqual([['layout', 'primary.backbone,junior.backbone']]);
    expect(jm.schools[0].figures.backbone_teachers).toBeNull();
    expect(jm.schools[0].figures.teaching_space).toBe(2800);
  }, 60_000);

  test('--previous: a 核查 sheet of exactly the planted changes, with an empty 说明 column', async () => {
    // Last year's county table: this year's rows with six planted changes.
    const last = COUNTY_ROWS.map((s) => ({ ...s, raw: [...s.raw] }));
    // 1. 城南 小学 had 100 students (+66 % now); its figures scaled alike, so no indicator moves.
    const k = 100 / 166;
    last[1] = { ...last[1], students: 100, raw: last[1].raw.map((v) => v * k) };
    // 2. 城北 初中 equipment was 1 200 000 (now 1 000 000: falling; 4000 and 3333 per student both ≥ 2500).
    last[3].raw[5] = 1200000;
    // 3. 东方 小学 space was 6500 (now 6000: falling; 10.8 and 10 m² both ≥ 4.5).
    last[4].raw[3] = 6500;
    // 4. 城关第一小学 space was 2000: 3.92 m² per student < 4.5, now 2800 / 510 = 5.49: crosses its standard.
    last[0].raw[3] = 2000;
    // 5. 东方 初中 is new (not in last year's table); 6. 撤并小学 is gone.
    const lastRows = [...last.slice(0, 5), { name: '撤并小学', stage: '小学', students: 80, raw: [5, 1, 1, 400, 700, 170000, 2], fullTime: 6 }];
    const prev = buildSchoolResources({ rows: lastRows.length });
    lastRows.forEach((s, i) => typeRow(prev, SCHOOL_ROWS.firstData + i, [s.name, s.stage, s.students, ...s.raw]));
    const prevFile = path.join(dir, '去年汇总.xlsx');
    fs.writeFileSync(prevFile, await writeTemplateXlsx(prev));
    const out = path.join(dir, 'county-review.xlsx');
    const r = await run('collect', books, '--out', out, '--json', '--previous', prevFile);
    const j = JSON.parse(r.out);
    const got = j.review.map((f: { school: string; stage: string; check: string; item: string }) => [f.school, f.stage, f.check, f.item]);
    expect(got.sort()).toEqual([
      ['城南九年一贯制学校', '小学', 'students-change', '在校生数'],
      ['城北中学', '初中', 'falling', '教学仪器设备值'],
      ['东方十二年一贯制学校', '小学', 'falling', '教学及辅助用房面积'],
      ['城关第一小学', '小学', 'standard-crossed', '生均教学及辅助用房面积'],
      ['东方十二年一贯制学校', '初中', 'school-new', '学校'],
      ['撤并小学', '小学', 'school-gone', '学校'],
    ].sort());
    // The 核查 sheet: a header row, six rows, the 说明 column (H) empty for the school.
    const g = sheetGrid(sheetOf(out, '核查'));
    expect(g[0]).toEqual(['序号', '学校名称', '学段', '核查项目', '上年数值', '本年数值', '核查提示', '说明（学校填写）']);
    expect(g.length).toBe(7);
    for (const row of g.slice(1)) expect(row[7] ?? null).toBeNull();
    // A previous table that is not there is a usage error.
    expect((await run('collect', books, '--out', path.join(dir, 'x.xlsx'), '--previous', path.join(dir, 'nope.xlsx'))).code).toBe(2);
  }, 120_000);

  test('compiled CLI: worker threads read statistics exports as the main thread does, options included', async () => {
    // Ten files (≥ 8: the pool starts): the five schools and five copies of B under other names.
    const many = path.join(dir, 'many');
    fs.mkdirSync(many);
    for (const f of fs.readdirSync(books)) fs.copyFileSync(path.join(books, f), path.join(many, f));
    for (let i = 0; i < 3; i++) fs.copyFileSync(path.join(books, '2-城南九年一贯制学校.xlsx'), path.join(many, `9-副本${i}.xlsx`));
    const bin = path.join(__dirname, '../../../../bin/plan-metrics.js');
    const args = (out: string, threads: string) => [bin, 'collect', many, '--out', path.join(dir, out), '--json', '--gym-in-space', '--threads', threads];
    const pooled = spawnSync(process.execPath, args('pool.xlsx', '2'), { encoding: 'utf8' });
    const single = spawnSync(process.execPath, args('single.xlsx', '1'), { encoding: 'utf8' });
    expect(pooled.stderr).toBe('');
    const a = JSON.parse(pooled.stdout);
    const b = JSON.parse(single.stdout);
    expect(a.threads).toBe(2);
    expect(b.threads).toBe(1);
    expect({ ...a, out: '', threads: 0 }).toEqual({ ...b, out: '', threads: 0 });
    // --gym-in-space reached the workers: 城北中学's 用房 keeps its 体育馆, 9000 / 3.
    expect(a.schools.find((x: SchoolJson) => x.school === '城北中学').figures.teaching_space).toBeCloseTo(3000, 9);
  }, 120_000);
});
