/**
 * Text the pane writes into Excel stays text (issue 9): a string that begins with = + - @ (or a
 * tab, a carriage return, an apostrophe) is written through Range.values with Excel's quote prefix,
 * so Excel does not read it as a formula. The fake workbook (fake-excel.ts, typedIn) reads strings
 * set through `values` the way Excel does — '=…' a formula, '+1' a number, "'…" text — so these
 * tests fail if the prefix is dropped.
 *
 * The paths where text reaches a cell from the pane: renderSheet (excel-io addSheet) for templates
 * (catalog text) and the 达标汇总 sheet, whose note row carries the user's sheet name. School names
 * and headers from the workbook are read, never written back.
 */
import { FakeWorkbook, typedIn, type FakeCell } from './fake-excel';
import { asCellValue } from '../../../src/hosts/pane/cell-text';
import { officeExcelIO } from '../../../src/hosts/pane/excel-io';
import { buildSummary } from '../../../src/hosts/pane/actions';
import type { SheetSpec } from '../../../src/hosts/pane/sheet-spec';

const g = globalThis as unknown as { Excel: unknown; Office: unknown };
let wb: FakeWorkbook;

beforeEach(() => {
  wb = new FakeWorkbook(['Sheet1']);
  g.Excel = wb.excel();
  g.Office = { context: { requirements: { isSetSupported: () => true } } };
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

const HOSTILE = ['=HYPERLINK("http://x","点击")', '+1', '-1', '@SUM(A1)', '=1+1', '-2+3', '+A1', '\t=1', '\r=1', "'quoted", '=cmd|\' /C calc\'!A0'];

test('asCellValue: a quote prefix on the formula starts, everything else untouched', () => {
  for (const s of HOSTILE) expect(asCellValue(s)).toBe(`'${s}`);
  for (const s of ['学校', 'a=b', ' =1', '1-2', '', '生均 ≥ 4.5', '＝1']) expect(asCellValue(s)).toBe(s);
  for (const v of [-1, 0, 4.5, true, false, null]) expect(asCellValue(v)).toBe(v);
});

test('the fake reads values as Excel does (so the next tests mean something)', () => {
  const c = (x: string) => { const cell: FakeCell = {}; typedIn(x, cell); return cell; };
  expect(c('=HYPERLINK("http://x")')).toEqual({ formula: '=HYPERLINK("http://x")' });
  expect(c('+1')).toEqual({ value: 1 });
  expect(c('-1')).toEqual({ value: -1 });
  expect(c('@SUM(A1)')).toEqual({ formula: '=SUM(A1)' });
  expect(c("'=1")).toEqual({ value: '=1', quotePrefix: true });
  expect(c('学校')).toEqual({ value: '学校' });
});

test('addSheet: text that begins with = + - @ lands as that text, never a formula or a number', async () => {
  const spec: SheetSpec = {
    name: '注入',
    cells: [
      ...HOSTILE.map((value, i) => ({ ref: `A${i + 1}`, value, style: 'text' as const })),
      { ref: 'B1', formula: 'SUM(1,2)' }, // a formula the pane means stays a formula
      { ref: 'B2', value: -1 }, // a number stays a number
      { ref: 'B3', value: '学校' },
    ],
    merges: [],
    columnWidths: { A: 20 },
  };
  await officeExcelIO().addSheet(spec);
  const s = wb.sheet('注入');
  HOSTILE.forEach((text, i) => {
    expect([text, s.cells.get(`A${i + 1}`)]).toEqual([text, expect.objectContaining({ value: text, quotePrefix: true })]);
    expect(s.cells.get(`A${i + 1}`)?.formula).toBeUndefined();
  });
  expect(s.cells.get('B1')?.formula).toBe('=SUM(1,2)');
  expect(s.cells.get('B2')?.value).toBe(-1);
  expect(s.cells.get('B3')?.value).toBe('学校');
  expect(s.cells.get('B3')?.quotePrefix).toBeFalsy();
});

test('达标汇总 from a workbook whose school names and sheet name are formulas-to-be: values only, the names as text', async () => {
  const sheet = '=HYPERLINK("x")';
  wb = new FakeWorkbook([sheet]);
  wb.activeSheet = sheet;
  g.Excel = wb.excel();
  wb.setValues(sheet, 'A1', [
    ['学校', '学段', '学生数', '生均教学及辅助用房面积'],
    ['=HYPERLINK("http://x","一小")', '小学', 500, 4.8],
    ['+1', '小学', 300, 4.0],
    ['-1', '小学', 300, 4.0],
    ['@SUM(A1)', '小学', 300, 5.0],
  ]);
  const out = await buildSummary(officeExcelIO(), { plan: 'national', stage: '' }, 'zh');
  expect(out.ok).toBe(true);
  const cells = [...wb.sheet('达标汇总').cells.entries()];
  // The summary is values: not one formula, whatever the workbook held.
  expect(cells.filter(([, c]) => c.formula !== undefined)).toEqual([]);
  // The user's sheet name reaches the note row, as text.
  expect(cells.some(([, c]) => typeof c.value === 'string' && c.value.includes(`${sheet}!A2:D5`))).toBe(true);
  // The four schools were counted: 4.8 and 5.0 meet 4.5, the two 4.0 miss.
  expect(['E5', 'F5'].map((k) => cells.find(([r]) => r === k)?.[1].value)).toEqual([2, 2]);
});
