/**
 * Issue 25's measured case: =SUMPRODUCT(A1:A3,B1:B3) with A1 = "5" typed as text, A2 = 3,
 * A3 = " 4", B = 1, 1, 1. Excel gives 3 — Microsoft documents that SUMPRODUCT "treats array entries
 * that are not numeric as if they were zeros" (WorksheetFunction.SumProduct, remarks) — and
 * LibreOffice gives 3 too (test/conformance/builtins.ts runs the same row through it). fill gave 12.
 * Here it gives 3 through every route of ours: `plan-metrics eval`, eval against a workbook, fill's
 * fast path, fill's HyperFormula route, and fill itself on an .xlsx file.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { evaluateFormula } from '../../src/engine/hf/engine';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { evaluateInWorkbook } from '../../src/hosts/cli/eval-in-workbook';
import { fillWorkbook } from '../../src/features/fill/fill';
import { openXlsx } from '../../src/xlsx/open';
import { readWorkbook } from '../../src/xlsx/read';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-sumproduct-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ['5', 3, ' 4'].forEach((v, i) => {
    ws.getCell(i + 1, 1).value = v;
    ws.getCell(i + 1, 2).value = 1;
  });
  // The cached 12 is what fill wrote before: a kept value would show.
  ws.getCell('C1').value = { formula: 'SUMPRODUCT(A1:A3,B1:B3)', result: 12 } as ExcelJS.CellFormulaValue;
  file = path.join(dir, 'in.xlsx');
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('plan-metrics eval: 3 (array constants of the same values)', () => {
  expect(evaluateFormula('=SUMPRODUCT({"5";3;" 4"},{1;1;1})')).toEqual({ value: 3 });
  // Arithmetic still coerces: -- makes the texts numbers first (5 + 3 + 4).
  expect(evaluateFormula('=SUMPRODUCT(--{"5";3;" 4"})')).toEqual({ value: 12 });
});

test('plan-metrics eval --workbook: 3', () => {
  expect(evaluateInWorkbook('=SUMPRODUCT(A1:A3,B1:B3)', file)).toEqual({ value: 3 });
});

test('fill’s fast path and its HyperFormula route: 3 each', () => {
  const wb = readWorkbook(openXlsx(fs.readFileSync(file)));
  const fast = evaluateWorkbook(wb);
  expect(fast.fastCount).toBe(1);
  expect(fast.values.get('S')!.get('C1')).toBe(3);
  const hf = evaluateWorkbook(wb, { engine: 'hyperformula' });
  expect(hf.fastCount).toBe(0);
  expect(hf.values.get('S')!.get('C1')).toBe(3);
});

test('fill writes 3', () => {
  const out = path.join(dir, 'out.xlsx');
  fillWorkbook(file, { out });
  const c1 = readWorkbook(openXlsx(fs.readFileSync(out))).sheets[0].cells.find((c) => c.ref === 'C1');
  expect(c1?.value).toBe(3);
});
