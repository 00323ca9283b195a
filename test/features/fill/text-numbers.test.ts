/**
 * Issue 18: `check` agrees with the EDU functions on a number typed as text ("5.7"): it is compared
 * as EDU.MEETS reads it, its miss is reported and marked stored-as-text (also in --json), and the
 * plain-Excel highlight rule (no add-in) marks the same cells. Thresholds: 教督〔2017〕6号 第五条（一）,
 * 小学 生均教学及辅助用房 ≥ 4.5, 初中 ≥ 5.8; 小学 网络多媒体教室 ≥ 2.3.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../../src/features/fill/check';
import { runCheck } from '../../../src/hosts/cli/workbook-cmds';
import { detectColumns } from '../../../src/features/school-table/headers';
import { highlightRules } from '../../../src/features/school-table/highlight';
import { markedCells } from '../school-table/rule-eval';
import type { Grid } from '../../../src/features/school-table/types';

const GRID: Grid = [
  ['学校名称', '学段', '生均教学及辅助用房面积', '每百名学生拥有网络多媒体教室数'],
  ['一小', '小学', '4.2', 2.5], // C2 text 4.2 < 4.5: a miss stored as text
  ['二小', '小学', ' 5.7 ', '2.0'], // C3 meets (text, spaces); D3 text 2.0 < 2.3: a miss
  ['一中', '初中', '5.7', 2.4], // C4 text 5.7 < 5.8: a miss
  ['二中', '初中', 6.1, null], // meets; blank not checked
  ['三小', '小学', 'abc', true], // not numbers: never marked, never compared
];

let dir: string;
let file: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'txtnum-'));
  file = path.join(dir, 'text.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('学校');
  GRID.forEach((r, i) => (ws.getRow(1 + i).values = r.map((v) => (v === null ? undefined : v)) as ExcelJS.CellValue[]));
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const EXPECTED = ['C2', 'C4', 'D3'];

test('check compares text numbers as EDU functions read them and marks the misses stored-as-text', () => {
  const r = checkWorkbook(file);
  const misses = [...r.misses].sort((a, b) => a.cell.localeCompare(b.cell));
  expect(misses.map((m) => m.cell)).toEqual(EXPECTED);
  expect(misses[0]).toMatchObject({ value: 4.2, threshold: 4.5, stage: 'primary', storedAsText: '4.2' });
  expect(misses[1]).toMatchObject({ value: 5.7, threshold: 5.8, stage: 'junior', storedAsText: '5.7' });
  expect(misses[2]).toMatchObject({ value: 2, threshold: 2.3, storedAsText: '2.0' });
  // compared: C2 C3 C4 C5 and D2 D3 D4 (D5 blank, C6/D6 not numbers) → 7
  expect(r.checked).toBe(7);
});

test('check --json includes the stored-as-text misses; the text output says so', () => {
  const j = JSON.parse(runCheck(file, { json: true }).stdout);
  expect(j.misses.filter((m: { storedAsText?: string }) => m.storedAsText !== undefined).length).toBe(3);
  expect(Object.keys(j).sort()).toEqual(['checked', 'misses']); // the --json shape check.test.ts fixes, unchanged
  expect(checkWorkbook(file).textNumbers.map((x) => x.cell).sort()).toEqual(['C2', 'C3', 'C4', 'D3']); // C3 meets but is listed: convert it
  const t = runCheck(file, {});
  expect(t.code).toBe(1);
  expect(t.stdout).toMatch(/C4\t.*stored as text/);
});

test('the plain-Excel highlight rule marks the same cells (HyperFormula evaluating the rule)', () => {
  const detected = detectColumns(GRID)!;
  const { rules } = highlightRules(detected, { firstDataRow: 1, lastDataRow: GRID.length - 1 });
  expect([...markedCells(rules, GRID)].sort()).toEqual(EXPECTED);
});

// LibreOffice as the second engine: the same rule formulas, written as ordinary cells beside the
// data and recalculated by soffice, are TRUE exactly on the planted misses.
import { recalcWithLibreOffice, soffice } from '../../cross-engine/libreoffice';
import { cellRef } from '../../../src/xlsx/refs';

(soffice() ? test : test.skip)('LibreOffice evaluates the rules to the same marked cells', async () => {
  const detected = detectColumns(GRID)!;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('学校');
  GRID.forEach((r, i) => (ws.getRow(1 + i).values = r.map((v) => (v === null ? undefined : v)) as ExcelJS.CellValue[]));
  const probes: { at: string; cell: string }[] = [];
  for (let row = 1; row < GRID.length; row++) {
    const { rules } = highlightRules(detected, { firstDataRow: row, lastDataRow: row });
    rules.forEach((rule, k) => {
      const at = cellRef(row, 10 + k); // K, L … beside the data
      ws.getCell(at).value = { formula: rule.formula, result: 'stale' } as ExcelJS.CellFormulaValue;
      probes.push({ at, cell: rule.range.split(':')[0] });
    });
  }
  const input = path.join(dir, 'lo-in.xlsx');
  fs.writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
  const out = recalcWithLibreOffice(input, path.join(dir, 'lo-out'), path.join(dir, 'lo-profile'));
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  const sheet = back.worksheets[0];
  const result = (at: string) => {
    const v = sheet.getCell(at).value as unknown;
    return v && typeof v === 'object' && 'result' in (v as object) ? (v as { result: unknown }).result : v;
  };
  const marked = probes.filter((p) => result(p.at) === true).map((p) => p.cell).sort();
  expect(marked).toEqual(EXPECTED);
}, 120_000);
