/** The row checks of collect, one planted mistake at a time (values by hand). */
import { asNumber, countyStage, duplicateFindings, rowFindings } from '../../../src/features/collect/checks';
import type { CollectedRow } from '../../../src/features/collect/types';

// 500 students: 30 qualified → 6 per 100; 2400 m² → 4.8 m² each; all inside src/features/collect/ranges.
const ok: CollectedRow = { name: '城关一小', stage: '小学', students: 500, raw: [30, 6, 5, 2400, 4000, 1200000, 13], fullTime: 35, file: 'a.xlsx', sheet: 'S', row: 5 };
const checks = (r: Partial<CollectedRow>) => rowFindings({ ...ok, ...r }).map((f) => f.check);

test('a plausible row has no finding; text numbers count as numbers', () => {
  expect(checks({})).toEqual([]);
  expect(checks({ students: ' 500 ' })).toEqual([]);
  expect(asNumber('5.7')).toBe(5.7);
  // As the EDU functions read text (core parseNumberText): full width, thousands separators.
  expect(asNumber('４２')).toBe(42);
  expect(asNumber('1，234')).toBe(1234);
  expect(checks({ students: '５００' })).toEqual([]);
  expect(asNumber('abc')).toBeNull();
});
test('each planted mistake gives its one finding', () => {
  expect(checks({ students: null })).toEqual(['students']);
  expect(checks({ students: 'abc' })).toEqual(['students']);
  expect(checks({ raw: [30, '六', 5, 2400, 4000, 1200000, 13] })).toEqual(['non-numeric']);
  // 骨干 36 > 专任 35.
  expect(checks({ raw: [30, 36, 5, 2400, 4000, 1200000, 13] })).toEqual(['part-whole']);
  // 300 qualified teachers / 500 × 100 = 60 per 100 > 50.
  expect(checks({ raw: [300, 6, 5, 2400, 4000, 1200000, 13], fullTime: 400 })).toEqual(['range']);
  // 2400 m² typed as 240 000: 480 m² per student > 100.
  expect(checks({ raw: [30, 6, 5, 240000, 4000, 1200000, 13] })).toEqual(['range']);
  expect(checks({ stage: '大学' })).toEqual(['stage']);
  expect(checks({ stage: '九年一贯制' })).toEqual(['stage']); // must be split into 小学部 / 初中部
});
test('stages of a through-school part, and duplicates by name and stage', () => {
  expect(countyStage('小學部')).toBe('小学');
  expect(countyStage('初中部')).toBe('初中');
  const a2 = { ...ok, file: 'b.xlsx', row: 2 };
  expect(duplicateFindings([ok, a2]).map((f) => [f.file, f.row])).toEqual([['b.xlsx', 2]]);
  expect(duplicateFindings([ok, { ...a2, stage: '初中' }])).toEqual([]);
});

test('a 合计 row under the schools is listed, not collected as a school', async () => {
  const ExcelJS = (await import('exceljs')).default;
  const { readReturn } = await import('../../../src/features/collect/read-return');
  const { RAW_HEADERS } = await import('../../../src/features/collect/columns');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('报表');
  ws.addRow(['学校名称', '学段', '学生数', ...RAW_HEADERS.map((h) => h[0])]);
  ws.addRow(['城关一小', '小学', 500, 30, 6, 5, 2400, 4000, 1200000, 13]);
  ws.addRow(['城关二小', '小学', 300, 18, 3, 3, 1500, 2400, 700000, 8]);
  // The school's own sum (500 + 300 = 800): counted again it would double the county.
  ws.addRow(['合 计', '', 800, 48, 9, 8, 3900, 6400, 1900000, 21]);
  const r = readReturn(new Uint8Array(await wb.xlsx.writeBuffer()), '城关.xlsx');
  expect(r.rows.map((x) => x.name)).toEqual(['城关一小', '城关二小']);
  expect(r.findings.map((f) => [f.check, f.row, f.school])).toEqual([['total-row', 4, '合 计']]);
});
