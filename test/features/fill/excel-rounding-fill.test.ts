/**
 * The issue's rounding table through `fill` (issue 15): a workbook whose formulas carry a wrong
 * cached value (0) is filled, and every cell then holds Excel's result — the value Excel and
 * LibreOffice give (issue 15's table), HyperFormula alone gave 4, 28, 28, 28, 28, 1 and 109.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';
import { NS, handWorkbook } from '../../fixtures/xlsx/make-fixtures';

const TABLE: [string, number | string][] = [
  ['ROUNDUP(0.1*3*10,0)', 3],
  ['ROUNDDOWN(0.29*100,0)', 29],
  ['INT(0.29*100)', 29],
  ['TRUNC(0.29*100)', 29],
  ['FLOOR(0.29*100,1)', 29],
  ['ROUND(1.005,2)', 1.01],
  ['ROUND(21.9/0.2,0)', 110],
  ['RANK(B2,B1:B3)', 2],
  ['CONCAT("a",1)', 'a1'],
];

let dir: string;
let input: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-round-'));
  const rows = TABLE.map(([f], i) => `<row r="${i + 1}"><c r="A${i + 1}"><f>${f}</f><v>0</v></c><c r="B${i + 1}"><v>${i + 1}</v></c></row>`).join('');
  input = path.join(dir, 'round.xlsx');
  fs.writeFileSync(input, handWorkbook([{ name: 'Sheet1', xml: `<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>` }]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each([false, true])('values-only %p: every cell holds Excel’s value', (valuesOnly) => {
  const out = path.join(dir, `out-${valuesOnly}.xlsx`);
  fillWorkbook(input, { out, valuesOnly });
  const cells = readWorkbook(openXlsx(fs.readFileSync(out))).sheets[0].cells;
  const a = (r: number) => cells.find((c) => c.ref === `A${r}`)?.value;
  TABLE.forEach(([, want], i) => {
    expect(a(i + 1)).toEqual(want);
  });
});
