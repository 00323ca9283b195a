/**
 * Workbooks saved by a real program (LibreOffice, here: test/fixtures/excel-reading/make.sh and
 * README.md there) read as Excel reads them: every formula fill computes equals the value the
 * program cached when it saved the file, and the cases the issue names are checked by hand too.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';
import { runEval } from '../../../src/hosts/cli/eval';
import type { CellValue } from '../../../src/xlsx/types';

const DIR = path.join(__dirname, '../../fixtures/excel-reading');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-reading-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every formula cell's cached value (what the saving program computed), by sheet!ref. */
function cached(file: string, dir = DIR, every = false): Map<string, CellValue> {
  const wb = readWorkbook(openXlsx(fs.readFileSync(path.join(dir, file))));
  const out = new Map<string, CellValue>();
  for (const s of wb.sheets) for (const c of s.cells) if (every || c.formula !== undefined) out.set(`${s.name}!${c.ref}`, c.value);
  return out;
}

/**
 * What fill wrote for the same cells: the values in its output file (a cell fill could not compute
 * faithfully, such as one on a circular reference, is left as the program saved it).
 */
function filled(file: string): Map<string, CellValue> {
  fillWorkbook(path.join(DIR, file), { out: path.join(tmp, file), force: true });
  return cached(file, tmp, true);
}

function sameAsCached(file: string): Map<string, CellValue> {
  const want = cached(file);
  const got = filled(file);
  expect(want.size).toBeGreaterThan(0);
  for (const [k, v] of want) expect([k, got.get(k)]).toEqual([k, typeof v === 'number' ? expect.closeTo(v, 9) : v]);
  return got;
}

describe('sheet names in Chinese (unquoted, as Excel and LibreOffice write them)', () => {
  // Source: sheet-names.fods (学校 B1:B3 = 10,20,30; '学校 2024'!B2 = 7; 學校資料 B1:B3 = 1,5,9),
  // saved as .xlsx by LibreOffice; its cached values are 40, 60, 7, 6, 15 (and by hand).
  test('through fill: every formula equals the cached value', () => {
    const got = sameAsCached('sheet-names.xlsx');
    expect(['A1', 'B1', 'C1', 'D1', 'E1'].map((r) => got.get(`汇总!${r}`))).toEqual([40, 60, 7, 6, 15]);
  });
  test('through plan-metrics eval --workbook', () => {
    const wb = path.join(DIR, 'sheet-names.xlsx');
    expect(runEval('=学校!B2*2', { workbook: wb, json: true }).stdout).toBe('{"value":40}');
    expect(runEval('=SUM(学校!B1:B3)', { workbook: wb }).stdout).toBe('60');
    expect(runEval("='学校 2024'!B2", { workbook: wb }).stdout).toBe('7');
    expect(runEval('=SUM(學校資料!B1:B3)', { workbook: wb }).stdout).toBe('15');
    // Formulas on the first sheet by default, or on the one named.
    expect(runEval('=A1+B1', { workbook: wb }).stdout).toBe('100');
    expect(runEval('=B2', { workbook: wb, sheet: '学校' }).stdout).toBe('20');
  });
});

describe('whole columns', () => {
  // Source: whole-column-name.fods: Template!B1:B3 = 10,20,30; Kids = $B$1:$B$1048575 (as the
  // Excel workbook of the issue writes it), 学生数 = the whole column. LibreOffice cached 60, 3, 30.
  test('a defined name over a whole column: the cached values', () => {
    const got = sameAsCached('whole-column-name.xlsx');
    expect(['A1', 'B1', 'C1'].map((r) => got.get(`Summary!${r}`))).toEqual([60, 3, 30]);
  });
  test('fills in a child process with a 1 GB heap (it needed ~3 GB before)', () => {
    const { spawnSync } = require('child_process') as typeof import('child_process');
    const bin = path.join(__dirname, '../../../bin/plan-metrics.js');
    const out = path.join(tmp, 'heap.xlsx');
    const r = spawnSync(process.execPath, ['--max-old-space-size=1024', bin, 'fill', path.join(DIR, 'whole-column-name.xlsx'), '--out', out, '--force'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(cachedAt(out, 'Summary', 'A1')).toBe(60);
  });
  // Source: merge-column.fods saved by LibreOffice, its merge rewritten ref="A:A" (make.sh).
  test('a merge written A:A fills', () => {
    const got = sameAsCached('merge-column.xlsx');
    expect([got.get('学校!C1'), got.get('学校!C2')]).toEqual([20, 30]);
  });
});

function cachedAt(file: string, sheet: string, ref: string): CellValue | undefined {
  const wb = readWorkbook(openXlsx(fs.readFileSync(file)));
  return wb.sheets.find((s) => s.name === sheet)?.cells.find((c) => c.ref === ref)?.value;
}

describe('dates', () => {
  // Source: date1904.fods, null date 1904-01-01 (date1904="true" in the .xlsx): A1 = 2024-09-01,
  // serial 44074 in 1904 terms (45536 − 1462). LibreOffice cached 2024, 44074, 0, 3, 44074.
  test('the 1904 date system', () => {
    const got = sameAsCached('date1904.xlsx');
    expect(['B1', 'C1', 'D1', 'E1', 'F1'].map((r) => got.get(`Dates!${r}`))).toEqual([2024, 44074, 0, 3, 44074]);
  });
  // Source: date-text.fods saved in a zh-CN locale: DATEVALUE("2024/9/1") = 45536 (2024-09-01),
  // DATEVALUE("2021-01-10") = 44206, "2024-9-1" = 45536, YEAR("2021-01-10") = 2021, LEN("a""b") = 3.
  test('dates typed as text, and "" inside a string', () => {
    const got = sameAsCached('date-text.xlsx');
    expect(['A1', 'B1', 'C1', 'D1', 'E1'].map((r) => got.get(`Dates!${r}`))).toEqual([45536, 44206, 45536, 2021, 3]);
  });
});

describe('circular references keep the values the program saved, and say so', () => {
  // Source: iteration.fods, iteration on (100 steps, 0.001): A1 = B1/2+1, B1 = A1 converge to
  // 1.9990234375 (x → x/2+1 from 0 until a step moves less than 0.001), C1 = A1*10.
  test('with iteration on (calcPr iterate="true")', () => {
    const r = fillWorkbook(path.join(DIR, 'iteration.xlsx'), { out: path.join(tmp, 'it.xlsx'), force: true });
    const out = cached('it.xlsx', tmp);
    expect(['A1', 'B1', 'C1'].map((x) => out.get(`Loop!${x}`))).toEqual([1.9990234375, 1.9990234375, 19.990234375]);
    expect(r.notes.join('\n')).toMatch(/Loop!A1,B1.*循环引用（工作簿启用了迭代计算）/);
  });
  // Source: circular.fods, no iteration: B1 = C1+A1, C1 = B1+1 (LibreOffice saved #VALUE!, Excel 0);
  // D1 = A1*2 = 10 is not on the cycle and is computed.
  test('without iteration', () => {
    const got = sameAsCached('circular.xlsx');
    expect(got.get('Loop!D1')).toBe(10);
    const r = fillWorkbook(path.join(DIR, 'circular.xlsx'), { out: path.join(tmp, 'c.xlsx'), force: true });
    expect(r.notes).toEqual([expect.stringMatching(/^Loop!B1,C1 是循环引用，保留 Excel 保存的值 \/ .* are circular references; the values Excel saved are kept$/)]);
  });
});

describe('array formulas and implicit intersection', () => {
  // Source: array-formulas.fods, A1:A3 = 1,2,3; legacy (CSE) array formulas over B1:B3 {=A1:A3},
  // C1:C3 {=SUM(A1:A3*2)} (one value: 12 in every cell), D1:D3 {=A1:A2} (#N/A past the array),
  // E1:E3 {=A1:A3*10}. LibreOffice cached 1,2,3 / 12,12,12 / 1,2,#N/A / 10,20,30.
  test('legacy array formulas fill their range cell by cell', () => {
    const got = sameAsCached('array-formulas.xlsx');
    expect(['B3', 'C3', 'D3'].map((r) => got.get(`Arr!${r}`))).toEqual([3, 12, { error: '#N/A' }]);
  });
  // Source: implicit-intersection.fods: H1 = A:A&"/"&B:B (甲/一), I1 = C1+D1:G1 (#VALUE!: column I
  // is not in D:G), I2 = C2*C1:C3 (2×2 = 4), J1 = SUM(C:C) = 6, J2 = SUMPRODUCT(C1:C3*D1:D3) = 38.
  test('ranges outside a function call intersect with the formula row or column', () => {
    const got = sameAsCached('implicit-intersection.xlsx');
    expect(['H1', 'H2', 'I1', 'I2', 'J1', 'J2'].map((r) => got.get(`II!${r}`))).toEqual(['甲/一', '乙/二', { error: '#VALUE!' }, 4, 6, 38]);
  });
});

describe('opening what Excel opens, naming what it cannot', () => {
  const { editZip } = require('../../fixtures/xlsx/make-fixtures') as typeof import('../../fixtures/xlsx/make-fixtures');
  const base = () => fs.readFileSync(path.join(DIR, 'sheet-names.xlsx'));
  const bomless = (s: string) => {
    const b = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) (b[2 * i] = s.charCodeAt(i) & 0xff), (b[2 * i + 1] = s.charCodeAt(i) >> 8);
    return b;
  };
  // LibreOffice's sheet-names.xlsx with its workbook.xml as UTF-16LE without a byte-order mark,
  // and an Excel 5 VBA module sheet listed with r:id="" (both open in Excel).
  test('workbook.xml in UTF-16 without a BOM, and a module sheet with r:id=""', () => {
    const file = path.join(tmp, 'odd.xlsx');
    fs.writeFileSync(file, editZip(base(), (files) => {
      const xml = Buffer.from(files['xl/workbook.xml']).toString('utf8')
        .replace(/encoding="UTF-8"/i, 'encoding="UTF-16"')
        .replace('</sheets>', '<sheet name="Module1" sheetId="9" state="hidden" r:id=""/></sheets>');
      files['xl/workbook.xml'] = bomless(xml);
    }));
    const r = fillWorkbook(file, { out: path.join(tmp, 'odd-out.xlsx'), force: true });
    expect(['A1', 'B1', 'C1', 'D1', 'E1'].map((x) => r.evaluation.values.get('汇总')?.get(x))).toEqual([40, 60, 7, 6, 15]);
  });
  // An .xlsb is a zip with xl/workbook.bin (hand-made: LibreOffice does not write .xlsb).
  test('an .xlsb renamed .xlsx is named as such, with the way out', () => {
    const file = path.join(tmp, 'binary.xlsx');
    fs.writeFileSync(file, editZip(base(), (files) => {
      files['xl/workbook.bin'] = new Uint8Array([0x83, 0x01, 0x00]);
      delete files['xl/workbook.xml'];
      files['_rels/.rels'] = Buffer.from(Buffer.from(files['_rels/.rels']).toString('utf8').replace('xl/workbook.xml', 'xl/workbook.bin'));
    }));
    expect(() => fillWorkbook(file, { out: path.join(tmp, 'b-out.xlsx'), force: true })).toThrow('这是二进制工作簿（.xlsb），请在 Excel 中“另存为” Excel 工作簿（.xlsx） / this is a binary workbook (.xlsb); in Excel, Save As "Excel Workbook (.xlsx)"');
  });
});

describe('criteria and subtotals', () => {
  // Source: sumif-subtotal.fods: A1:A4 = 一小, (blank), 三小, (blank); B1:B4 = 10,20,30,40; F1 blank.
  // SUMIF(A1:A4,"",B1:B4) = 20+40 = 60; SUMIF(A1:A4,F1,B1:B4) = 0 (a blank criterion is 0);
  // SUBTOTAL(9,B1:B7) = 150 and SUBTOTAL(109,…) = 150, leaving out the 小计 rows B5 = 100 and B7 = 50;
  // SUM(B1:B7) = 300 counts them. LibreOffice cached the same.
  test('a blank criterion, and SUBTOTAL leaving out the SUBTOTAL cells in its range', () => {
    const got = sameAsCached('sumif-subtotal.xlsx');
    expect(['C1', 'D1', 'E1', 'C2', 'D2', 'B5', 'B7', 'B8', 'C8', 'D8'].map((r) => got.get(`T!${r}`))).toEqual([60, 0, 2, 40, 60, 100, 50, 150, 150, 300]);
  });
});

test('plan-metrics eval --workbook through the command (main)', async () => {
  const { main } = require('../../../src/hosts/cli/main') as typeof import('../../../src/hosts/cli/main');
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['eval', '=学校!B2*2', '--workbook', path.join(DIR, 'sheet-names.xlsx'), '--json'], { out: (s) => out.push(s), err: (s) => err.push(s) });
  expect({ code, out, err }).toEqual({ code: 0, out: ['{"value":40}'], err: [] });
  const missing = await main(['eval', '=A1', '--workbook', path.join(DIR, 'sheet-names.xlsx'), '--sheet', '不存在'], { out: (s) => out.push(s), err: (s) => err.push(s) });
  expect(missing).toBe(2);
  expect(err).toEqual(['工作簿中没有工作表「不存在」 / the workbook has no worksheet "不存在"']);
});
