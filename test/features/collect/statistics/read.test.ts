/**
 * collect reading 教育事业统计 exports (issue 24): per-school workbooks of both generations in the
 * layout docs/statistics.md documents, every figure located by table + 编号 + column code, numbers
 * stored as text; the seven raw figures of every part against the hand-computed rows of ./schools.
 */
import { collectReturns, readReturn } from '../../../../src/features/collect/index';
import { stageShares } from '../../../../src/features/collect/statistics/split';
import { listingBook, schoolBook } from './build';
import { A, A_ROW, B, B_ROWS, C, C_ROW, COUNTY_ROWS, D, D_ROWS, FILES } from './schools';
import type { CollectedRow } from '../../../../src/features/collect/types';

const pick = (r: CollectedRow) => ({ name: r.name, stage: r.stage, students: r.students, raw: r.raw, fullTime: r.fullTime });
const close = (got: CollectedRow[], want: typeof COUNTY_ROWS) => {
  expect(got.map((r) => [r.name, r.stage, r.students, r.fullTime])).toEqual(want.map((r) => [r.name, r.stage, r.students, r.fullTime]));
  got.forEach((r, i) => r.raw.forEach((v, k) => expect(v as number).toBeCloseTo(want[i].raw[k], 9)));
};

test('the published 九年一贯制 example: 23 226 split 1 : 1.1 over 166 小学 and 210 初中', () => {
  const s = stageShares({ primary: 166, junior: 210 });
  // 23226 × 166 / (166 + 1.1 × 210) = 3 855 516 / 397 = 9711.627204030226 (hand: 397 × 9711 = 3 855 267, remainder 249 → .6272…).
  expect(23226 * s.primary!).toBeCloseTo(9711.627204030226, 9);
  expect(23226 * s.junior!).toBeCloseTo(13514.372795969774, 9);
  expect(23226 * s.primary! + 23226 * s.junior!).toBeCloseTo(23226, 9);
  // The published example (docs/statistics.md, 「测算均衡系数拆分公式」) rounds the weighted per-student
  // figure to 58.5 first: 58.5 × 166 = 9711 books for 小学, 23226 − 9711 = 13515 for 初中.
  expect(Math.round((23226 / 397) * 10) / 10).toBe(58.5);
  expect(58.5 * 166).toBe(9711);
});

test('a code that points at another header than the layout expects is a layout finding', async () => {
  const { TABLES } = await import('../../../../src/features/collect/statistics/layout');
  const t = TABLES['基础基312'] as { cols: Record<string, readonly string[]> };
  const saved = t.cols['6'];
  // As if a real export had 招生数 where the layout expects 在校生数 › 合计 (column code 6).
  t.cols['6'] = ['招生数'];
  try {
    const built = await schoolBook(A);
    t.cols['6'] = saved;
    const r = readReturn(built, 'a.xlsx');
    expect(r.findings.map((f) => [f.check, f.value])).toEqual([['layout', '基础基312/01/6']]);
  } finally {
    t.cols['6'] = saved;
  }
});

test('2018 小学 workbook: the seven figures, 万元 → 元, numbers stored as text', async () => {
  const r = readReturn(await schoolBook(A), 'a.xlsx');
  expect(r.findings).toEqual([]);
  expect(r.rows.map(pick)).toEqual([A_ROW]);
  // The same workbook with real numbers instead of text gives the same row.
  expect(readReturn(await schoolBook({ ...A, numbers: true }), 'a.xlsx').rows.map(pick)).toEqual([A_ROW]);
});

test('2021 九年一贯制: teachers by 学段, shared resources split 1 : 1.1, one finding per split', async () => {
  const r = readReturn(await schoolBook(B), 'b.xlsx');
  close(r.rows, B_ROWS);
  expect(r.rows[0].raw[3] as number).toBeCloseTo(9711.627204030226, 9);
  expect(r.rows[1].raw[3] as number).toBeCloseTo(13514.372795969774, 9);
  const splits = r.findings.filter((f) => f.check === 'split');
  expect(splits.length).toBe(4); // 用房, 场馆, 仪器, 多媒体教室
  expect(splits.every((f) => f.info)).toBe(true);
  expect(splits[0].message).toContain('小学:初中 = 1:1.1');
  expect(splits[0].message).toContain('9711.63');
  expect(r.findings.filter((f) => !f.info)).toEqual([]);
});

test('完全中学 1 : 1.2 (the 体育馆 moved from 用房 to 场馆) and 十二年一贯制 1 : 1.1 : 1.32', async () => {
  close(readReturn(await schoolBook(C), 'c.xlsx').rows, [C_ROW]);
  close(readReturn(await schoolBook(D), 'd.xlsx').rows, D_ROWS);
  // --gym-in-space keeps the 体育馆 in 用房 too: (9000) / 3.
  expect(readReturn(await schoolBook(C), 'c.xlsx', { gymInSpace: true }).rows[0].raw[3] as number).toBeCloseTo(3000, 9);
});

test('a 教学点 is merged into its school; all five files give the county rows', async () => {
  const files = await Promise.all(FILES.map(async ([name, b]) => ({ name, bytes: await schoolBook(b) })));
  const r = collectReturns(files);
  close(r.rows, COUNTY_ROWS);
  const tp = r.findings.filter((f) => f.check === 'teaching-point');
  expect(tp.map((f) => [f.school, f.info])).toEqual([['城关第一小学白沙教学点', true]]);
  expect(r.findings.filter((f) => !f.info)).toEqual([]);
  // A province that leaves out 教学点 under 50 students: A alone.
  const without = collectReturns(files, { teachingPointMin: 50 });
  close(without.rows.slice(0, 1), [A_ROW]);
});

test('each planted mistake in an export gives its finding', async () => {
  const check = async (b: typeof A) => readReturn(await schoolBook(b), 'x.xlsx');
  // A table the export lacks: 教基5176 (场地, 仪器, 多媒体) → those figures blank, one finding.
  const noTable = await check({ ...B, omit: ['教基5176'] });
  expect(noTable.findings.filter((f) => !f.info).map((f) => [f.check, f.value])).toEqual([['missing-table', '教基5176']]);
  expect(noTable.rows[0].raw.slice(4)).toEqual([null, null, null]);
  // A figure that is not a number.
  const text = await check({ ...A, cells: { ...A.cells, '基础基522/01/4': '四千' } });
  expect(text.findings.map((f) => [f.check, f.value])).toEqual([['non-numeric', '四千']]);
  expect(text.rows[0].raw[4]).toBeNull();
  // A `*` cell (312 row 02, column 1: 毕业生数 of 一年级) carrying a number.
  const star = await check({ ...A, cells: { ...A.cells, '基础基312/02/1': 5 } });
  expect(star.findings.map((f) => [f.check, f.value, f.row])).toEqual([['star-number', '5', 7]]);
  // 在校生 = 0 in the 初中 of a 九年一贯制: no 初中 row, no split.
  const zero = await check({ ...B, cells: { ...B.cells, '教基3115/01/3': 0 } });
  expect(zero.findings.map((f) => f.check)).toEqual(['zero-students']);
  expect(zero.rows.map((r) => [r.stage, r.raw[3]])).toEqual([['小学', 23226]]);
  // A part larger than its whole (高学历 34 > 专任 30), found by the row checks of collect.
  const pw = collectReturns([{ name: 'x.xlsx', bytes: await schoolBook({ ...A, cells: { ...A.cells, '基础基423/01/2': 30 } }) }]);
  expect(pw.findings.map((f) => [f.check, f.value])).toEqual([['part-whole', '34']]);
});

test('a figure is found by header path when the code row is missing', async () => {
  const { tableGrid, findCol, findRow } = await import('../../../../src/features/collect/statistics/table-grid');
  const g = [['小学学生数'], ['表号：教基3112'], ['栏目', '编号', '毕业生数', '在校生数', null], [null, null, null, '合计', '其中：女'], ['总计', '01', '50', '480', '230']];
  const t = tableGrid(g, ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3']);
  expect(t.codeRow).toBe(-1);
  expect(findCol(t, '7', ['在校生数', '合计'])).toBe(3);
  expect(findCol(t, '8', ['在校生数', '其中：女'])).toBe(4);
  expect(findRow(t, '01', '总计')).toBe(4);
  // Codes as the forms write them: 1 / '01' / '０１' / '(01)' are one row code; '01' and 7 column codes.
  const { rowCode, colCode } = await import('../../../../src/features/collect/statistics/table-grid');
  expect([1, '01', '０１', '(01)', '（1）'].map(rowCode)).toEqual(['01', '01', '01', '01', '01']);
  expect(['01', 7, '(7)', '乙'].map(colCode)).toEqual(['1', '7', '7', '乙']);
});

test('a listing of kindergartens gives their four figures', async () => {
  // The two kindergartens of ./schools (K1, K2) as listing rows.
  const headers: [string, string[]][] = [['幼儿园名称', []], ['办学类型', []], ['在园幼儿数', []], ['专任教师数', []], ['园长数', []], ['班数', []]];
  const r = collectReturns([{ name: '幼儿园过录表.xlsx', bytes: await listingBook([['城关中心幼儿园', '幼儿园', 300, 20, 1, 10], ['白沙幼儿园', '幼儿园', 150, 12, 1, 6]], { headers }) }]);
  expect(r.findings).toEqual([]);
  expect(r.rows).toEqual([]);
  expect(r.kindergartens!.map((k) => [k.name, k.children, k.teachers, k.principals, k.classes])).toEqual([['城关中心幼儿园', 300, 20, 1, 10], ['白沙幼儿园', 150, 12, 1, 6]]);
});
