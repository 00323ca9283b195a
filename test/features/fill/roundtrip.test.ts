/**
 * fill on a workbook rich in formatting: every part it need not change comes out byte for byte,
 * and in the sheet it computes only the cached values (and the added highlight rules) differ.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';

let dir: string;
let input: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-'));
  input = path.join(dir, 'rich.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('学校');
  ws.columns = [{ width: 18 }, { width: 8 }, { width: 10 }, { width: 14 }, { width: 16 }];
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = '某县学校用房';
  ws.getCell('A1').font = { bold: true, size: 16, color: { argb: 'FF1F4E79' } };
  ws.addRow(['学校名称', '学段', '学生数', '教学及辅助用房面积', '生均教学及辅助用房面积']);
  const data: [string, string, number, number][] = [['一小', '小学', 500, 2400], ['二小', '小學', 400, 1600], ['一中', '初中', 800, 4800]];
  data.forEach(([n, s, p, a], i) => {
    const r = 3 + i;
    ws.getRow(r).values = [n, s, p, a];
    ws.getCell(`E${r}`).value = { formula: `EDU.PERSTUDENT(D${r},C${r})` } as ExcelJS.CellFormulaValue;
    ws.getCell(`E${r}`).numFmt = '0.00';
  });
  ws.getCell('C7').value = { formula: 'SUM(C3:C5)' } as ExcelJS.CellFormulaValue;
  ws.getCell('A3').note = '城关镇';
  ws.getCell('B3').dataValidation = { type: 'list', allowBlank: true, formulae: ['"小学,初中"'] };
  ws.getCell('D3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  wb.definedNames.add("'学校'!$C$3:$C$5", '学生数');
  const other = wb.addWorksheet('说明');
  other.getCell('A1').value = '本表由县教育局统计科填报';
  other.getCell('B2').value = new Date(Date.UTC(2025, 8, 1));
  fs.writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('values computed, everything else kept', () => {
  const before = fs.readFileSync(input);
  const out = path.join(dir, 'filled.xlsx');
  const r = fillWorkbook(input, { out });
  expect(fs.readFileSync(input).equals(before)).toBe(true); // the input is untouched

  const a = unzipSync(new Uint8Array(before));
  const b = unzipSync(new Uint8Array(fs.readFileSync(out)));
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  const sheetPart = 'xl/worksheets/sheet1.xml';
  for (const name of Object.keys(a)) {
    if (name === sheetPart || name === 'xl/styles.xml') continue;
    expect({ name, same: Buffer.from(a[name]).equals(Buffer.from(b[name])) }).toEqual({ name, same: true });
  }
  // In the computed sheet only cached values and the added rules differ.
  const strip = (xml: string) => xml.replace(/<v>[^<]*<\/v>/g, '').replace(/<conditionalFormatting\b.*?<\/conditionalFormatting>/g, '').replace(/ t="(n|str|b|e)"/g, '');
  expect(strip(strFromU8(b[sheetPart]))).toBe(strip(strFromU8(a[sheetPart])));
  expect(r.rules.length).toBeGreaterThan(0);

  const wb = readWorkbook(openXlsx(fs.readFileSync(out)));
  const cells = new Map(wb.sheets[0].cells.map((c) => [c.ref, c]));
  expect(cells.get('E3')!.value).toBeCloseTo(4.8, 12); // 2400 / 500
  expect(cells.get('E4')!.value).toBeCloseTo(4, 12); // 1600 / 400
  expect(cells.get('E5')!.value).toBeCloseTo(6, 12); // 4800 / 800
  expect(cells.get('C7')!.value).toBe(1700);
  expect(cells.get('E3')!.formula).toBe('EDU.PERSTUDENT(D3,C3)');
  expect(wb.sheets[0].merges).toEqual(['A1:E1']);
  expect(wb.definedNames.map((n) => n.name)).toContain('学生数');
});

test('--values-only writes plain values', () => {
  const out = path.join(dir, 'values.xlsx');
  fillWorkbook(input, { out, valuesOnly: true });
  const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(out)))['xl/worksheets/sheet1.xml']);
  expect(xml).not.toMatch(/<f[ >]/);
  const wb = readWorkbook(openXlsx(fs.readFileSync(out)));
  expect(wb.sheets[0].cells.find((c) => c.ref === 'E5')!.value).toBeCloseTo(6, 12);
});

test('the highlight rule marks 二小 (4.0 < 4.5) and carries the thresholds in plain Excel', () => {
  const out = path.join(dir, 'hl.xlsx');
  const r = fillWorkbook(input, { out, force: true });
  const rule = r.rules.find((x) => x.indicatorId === 'teaching_space_per_student')!;
  expect(rule.range).toBe('E3:E5');
  expect(rule.formula).toMatch(/4\.5/);
  expect(rule.formula).toMatch(/5\.8/);
  expect(rule.formula).not.toMatch(/EDU\./);
});

test('an existing output is refused without --force', () => {
  const out = path.join(dir, 'exists.xlsx');
  fs.writeFileSync(out, 'keep');
  expect(() => fillWorkbook(input, { out })).toThrow(/输出文件已存在/);
  expect(fs.readFileSync(out, 'utf8')).toBe('keep');
});
