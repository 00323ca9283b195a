/**
 * The 主要指标表 reader. The copied-table fixture has the shape a 十四五 plan's table takes when its
 * web page is copied as text (one cell a line, blank lines between, 「指  标」 spaced, 一、 category
 * rows, units in the indicator's brackets and in the cells, 其中 sub-rows stacked names first and then
 * each year's column) — the shape seen on a published county plan page (edutainingadventures.com
 * /ghuadong/8731_3.html, 「“十四五”教育事业发展主要指标表」); its numbers are made up for the test.
 */
import * as fs from 'fs';
import * as path from 'path';
import { extractRows } from '../../../src/features/extract/extract';
import { rowsFromTable, unitInName } from '../../../src/features/extract/table';

const copied = fs.readFileSync(path.join(__dirname, '../../fixtures/extract/copied-table.txt'), 'utf8');

test('the copied one-cell-a-line table: baseline 2020 apart from target 2025, sub-rows, units', () => {
  const rows = extractRows(copied).rows.filter((r) => r.yearSource === 'table');
  const got = rows.map((r) => [r.indicator, r.stage, r.kind, r.year, r.value, r.direction, r.unit]);
  // Read off the fixture by hand: 92% → 0.92 (2020, a baseline, exact), 95%以上 → ≥ 0.95 (2025).
  expect(got).toEqual([
    ['学前教育毛入园率', 'preschool', 'baseline', 2020, 0.92, '=', '%'],
    ['学前教育毛入园率', 'preschool', 'target', 2025, 0.95, '>=', '%'],
    ['九年义务教育巩固率', 'compulsory', 'baseline', 2020, 0.986, '=', '%'],
    ['九年义务教育巩固率', 'compulsory', 'target', 2025, 0.99, '>=', '%'],
    ['劳动年龄人口平均受教育年限', 'all', 'baseline', 2020, 10.8, '=', '年'],
    ['劳动年龄人口平均受教育年限', 'all', 'target', 2025, 11.5, '>=', '年'],
    // 其中:小学 / 初中 then 88.5% 76.2% (2020) 95%以上 90%以上 (2025): column by column.
    ['义务教育标准班额比例（小学）', 'primary', 'baseline', 2020, 0.885, '=', '%'],
    ['义务教育标准班额比例（小学）', 'primary', 'target', 2025, 0.95, '>=', '%'],
    ['义务教育标准班额比例（初中）', 'junior', 'baseline', 2020, 0.762, '=', '%'],
    ['义务教育标准班额比例（初中）', 'junior', 'target', 2025, 0.9, '>=', '%'],
    ['幼儿教师专科及以上学历比例', 'preschool', 'baseline', 2020, 0.813, '=', '%'],
    ['幼儿教师专科及以上学历比例', 'preschool', 'target', 2025, 0.9, '>=', '%'],
    ['幼儿教师专科及以上学历比例（本科及以上学历比例）', 'preschool', 'baseline', 2020, 0.356, '=', '%'],
    ['幼儿教师专科及以上学历比例（本科及以上学历比例）', 'preschool', 'target', 2025, 0.5, '>=', '%'],
    ['普惠性幼儿园覆盖率', 'preschool', 'baseline', 2020, 0.841, '=', '%'],
    ['普惠性幼儿园覆盖率', 'preschool', 'target', 2025, 0.9, '>=', '%'],
  ]);
  for (const r of rows) expect(copied.includes(r.quote)).toBe(true);
});

test('the table is not read a second time as sentences', () => {
  const { rows } = extractRows(copied);
  // 16 table rows; the only sentence number is none (「到2025年，全县教育现代化水平明显提升」 states none).
  expect(rows).toHaveLength(16);
});

test('a row a line, cells split by tabs (a .docx table) and a unit column', () => {
  const text = '指标\t单位\t2020年\t2025年\t属性\n在校生数\t万人\t1.2\t1.5\t预期性\n专任教师数\t人\t850\t—\t预期性';
  const rows = rowsFromTable(text, { start: 2021, end: 2025 }).rows;
  // 1.2万人 = 12000 人; the dash is no value (no 2025 row for 专任教师数).
  expect(rows.map((r) => [r.indicator, r.year, r.value, r.unit])).toEqual([
    ['在校生数', 2020, 12000, '人'], ['在校生数', 2025, 15000, '人'], ['专任教师数', 2020, 850, '人'],
  ]);
});

test('units in brackets', () => {
  expect(unitInName('学前三年毛入园率（%）')).toEqual({ name: '学前三年毛入园率', unit: '%', factor: 0.01 });
  expect(unitInName('在校生数（万人）')).toEqual({ name: '在校生数', unit: '人', factor: 10000 });
  expect(unitInName('教育经费(亿元)')).toEqual({ name: '教育经费', unit: '亿元', factor: 1 });
});
