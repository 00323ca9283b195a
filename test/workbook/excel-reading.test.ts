/**
 * Workbooks saved by a real program (LibreOffice, here: test/fixtures/excel-reading/make.sh and
 * README.md there) read as Excel reads them: every formula fill computes equals the value the
 * program cached when it saved the file, and the cases the issue names are checked by hand too.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fillWorkbook } from '../../src/workbook/fill';
import { openXlsx } from '../../src/xlsx/open';
import { readWorkbook } from '../../src/xlsx/read';
import { runEval } from '../../src/cli/eval';
import type { CellValue } from '../../src/xlsx/types';

const DIR = path.join(__dirname, '../fixtures/excel-reading');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-reading-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every formula cell's cached value (what the saving program computed), by sheet!ref. */
function cached(file: string): Map<string, CellValue> {
  const wb = readWorkbook(openXlsx(fs.readFileSync(path.join(DIR, file))));
  const out = new Map<string, CellValue>();
  for (const s of wb.sheets) for (const c of s.cells) if (c.formula !== undefined) out.set(`${s.name}!${c.ref}`, c.value);
  return out;
}

/** What fill computed for the same cells. */
function filled(file: string): Map<string, CellValue> {
  const r = fillWorkbook(path.join(DIR, file), { out: path.join(tmp, file), force: true });
  const out = new Map<string, CellValue>();
  for (const [sheet, m] of r.evaluation.values) for (const [ref, v] of m) out.set(`${sheet}!${ref}`, v);
  return out;
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
