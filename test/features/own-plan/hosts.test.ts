/**
 * The user's own plan in the Excel and WPS adapters, on the simulated hosts the pane's tests use
 * (test/hosts/pane/fake-excel.ts over office-addin-mock, test/hosts/wps/fake-et.ts): the same formulas
 * as the headless fill (./plan-workbook.ts, hand-computed there) give the same values —
 *  - Excel: the pane (shared runtime) reads the 「规划目标」 sheet into the catalog layer and asks
 *    Excel to recalculate; the custom functions (excelCall) then see the plan;
 *  - WPS: the functions read the active workbook's sheet themselves (plan-layer.ts);
 * and again from the workbook as `fill` saved it, opened alone.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FakeWorkbook } from '../../hosts/pane/fake-excel';
import { FakeEt } from '../../hosts/wps/fake-et';
import { officeExcelIO } from '../../../src/hosts/pane/excel-io';
import { loadWorkbookPlan } from '../../../src/hosts/pane/plan-load';
import { excelCall } from '../../../src/hosts/excel/excel-call';
import { etIO } from '../../../src/hosts/wps/et-io';
import { etPlanLayer, READ_AGAIN_MS } from '../../../src/hosts/wps/plan-layer';
import { registerAll } from '../../../src/hosts/wps/register';
import { setHostLayer } from '../../../src/domain/catalog/layer';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';
import { FORMULAS, PLAN_ROWS, planWorkbook } from './plan-workbook';

const HEADER = ['规划', '指标', '学段', '年份', '数值', '方向', '单位', '类别', '出处'];
const expected = FORMULAS.map(([, v]) => v);

/** `EDU.NAME(a,b,…)` with literal arguments → [NAME, args] as a cell passes them ("" is ''). */
function call(formula: string): [string, unknown[]] {
  const m = /^EDU\.(\w+)\((.*)\)$/.exec(formula)!;
  const args = m[2].match(/"[^"]*"|[^,]+/g)!.map((a) => (a.startsWith('"') ? a.slice(1, -1) : Number(a)));
  return [m[1], args];
}

const g = globalThis as unknown as { Excel: unknown };
afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  setHostLayer(null);
});

/** A fake Excel workbook holding `rows` (header first) on 「规划目标」. */
function excelWith(rows: unknown[][]): FakeWorkbook {
  const wb = new FakeWorkbook(['规划目标', '评估']);
  rows.forEach((r, i) => r.forEach((v, j) => {
    if (v !== null && v !== '' && v !== undefined) wb.sheet('规划目标').cells.set(String.fromCharCode(65 + j) + (i + 1), { value: v });
  }));
  return wb;
}
function etWith(rows: unknown[][]): FakeEt {
  const et = new FakeEt(['规划目标', '评估']);
  et.setValues('规划目标', 'A1', rows.map((r) => r.map((v) => (v === '' || v === undefined ? null : v))));
  return et;
}
const PLAN = [HEADER, ...PLAN_ROWS];

async function excelValues(wb: FakeWorkbook) {
  g.Excel = wb.excel();
  const loaded = await loadWorkbookPlan(officeExcelIO());
  return { loaded, values: FORMULAS.map(([f]) => excelCall(...call(f))) };
}
function wpsValues(et: FakeEt) {
  const fns = new Map<string, (...a: unknown[]) => unknown>();
  registerAll({ AddCustomFunction: (_ns, name, fn) => fns.set(name, fn) }, etPlanLayer(() => et.application()));
  return FORMULAS.map(([f]) => {
    const [name, args] = call(f);
    return fns.get(name)!(...args);
  });
}

test('Excel: the pane loads the sheet, recalculates, and the custom functions give the sheet\'s values', async () => {
  const wb = excelWith(PLAN);
  const { loaded, values } = await excelValues(wb);
  expect(values).toEqual(expected);
  expect(wb.calculations).toEqual(['Full']);
  // the pane lists the bad rows with their sheet and row
  expect(loaded.lines.map((l) => l.split('：')[0])).toEqual(['「规划目标」第7行', '「规划目标」第8行', '「规划目标」第9行']);
  // with no plan sheet, the plan is gone again (no state kept from the workbook before)
  g.Excel = new FakeWorkbook(['Sheet1']).excel();
  expect((await loadWorkbookPlan(officeExcelIO())).layer).toBeNull();
  expect(() => excelCall(...call(FORMULAS[0][0]))).toThrow();
});

test('WPS: the functions read the active workbook\'s sheet and give the same values; the pane shows its findings', async () => {
  const et = etWith(PLAN);
  expect(wpsValues(et)).toEqual(expected);
  const { lines } = await loadWorkbookPlan(etIO(et.application()));
  expect(lines).toHaveLength(3);
});

test('WPS: an edit of the sheet is read at the next recalculation after READ_AGAIN_MS', () => {
  const et = etWith([HEADER, ['某某县', '毛入园率', null, 2025, 0.92, '≥', null, '目标', null]]);
  let t = 0;
  const layer = etPlanLayer(() => et.application(), () => t);
  expect(layer()!.rows[0].value).toBe(0.92);
  et.setValues('规划目标', 'E2', [[0.95]]);
  t = READ_AGAIN_MS - 1;
  expect(layer()!.rows[0].value).toBe(0.92);
  t = READ_AGAIN_MS;
  expect(layer()!.rows[0].value).toBe(0.95);
});

test('saved by fill and reopened alone: Excel and WPS still give the same values', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'own-hosts-'));
  try {
    const input = path.join(dir, 'plan.xlsx');
    fs.writeFileSync(input, await planWorkbook());
    const out = path.join(dir, 'saved.xlsx');
    fillWorkbook(input, { out });
    // the saved file's 「规划目标」, cell by cell, is what a host opening it sees
    const sheet = readWorkbook(openXlsx(fs.readFileSync(out))).sheets.find((s) => s.name === '规划目标')!;
    const rows: unknown[][] = [];
    for (const c of sheet.cells) if (c.value !== null) (rows[c.row] ??= [])[c.col] = c.value;
    const grid = Array.from({ length: rows.length }, (_, i) => Array.from({ length: 9 }, (_, j) => rows[i]?.[j] ?? null));
    setHostLayer(null);
    expect((await excelValues(excelWith(grid))).values).toEqual(expected);
    expect(wpsValues(etWith(grid))).toEqual(expected);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the pane\'s 指标目录 lists the workbook\'s own plan first, marked as the user\'s', async () => {
  const { searchCatalog, rowView } = await import('../../../src/hosts/pane/catalog-view');
  g.Excel = excelWith(PLAN).excel();
  await loadWorkbookPlan(officeExcelIO());
  const rows = searchCatalog({ text: '毛入园率' });
  // rows 2–4 of the sheet (baseline 2020, targets 2022 and 2025), then the bundled plans' rows
  expect(rows.slice(0, 3).map((r) => [r.year, r.value])).toEqual([[2020, 0.88], [2022, 0.9], [2025, 0.92]]);
  expect(rowView(rows[0], 'zh').plan).toBe('某某县（本工作簿）');
  expect(rowView(rows[0], 'en').plan).toBe('某某县 (this workbook)');
  expect(rows.slice(3).every((r) => !r.plan.startsWith('user:'))).toBe(true);
  setHostLayer(null);
  expect(searchCatalog({ text: '毛入园率' }).some((r) => r.plan.startsWith('user:'))).toBe(false);
});

test('an English tracker sheet called "Plan targets" is not taken for the plan: 「规划目标」 is read, and alone it is nothing', async () => {
  const wb = new FakeWorkbook(['Plan targets', '规划目标']);
  wb.sheet('Plan targets').cells.set('A4', { value: 'Indicator' });
  wb.sheet('Plan targets').cells.set('J4', { value: 'Plan value' });
  PLAN.forEach((r, i) => r.forEach((v, j) => {
    if (v !== null && v !== '') wb.sheet('规划目标').cells.set(String.fromCharCode(65 + j) + (i + 1), { value: v });
  }));
  g.Excel = wb.excel();
  expect((await loadWorkbookPlan(officeExcelIO())).layer?.rows).toHaveLength(5);
  const alone = new FakeWorkbook(['Plan targets']);
  alone.sheet('Plan targets').cells.set('A4', { value: 'Indicator' });
  g.Excel = alone.excel();
  expect(await loadWorkbookPlan(officeExcelIO())).toEqual({ layer: null, lines: [], sheet: 'Plan targets' });
  const et = new FakeEt(['Plan targets', '规划目标']);
  et.setValues('Plan targets', 'A4', [['Indicator', 'Plan value']]);
  et.setValues('规划目标', 'A1', PLAN.map((r) => r.map((v) => (v === '' ? null : v))));
  expect(etPlanLayer(() => et.application())()?.rows).toHaveLength(5);
});
