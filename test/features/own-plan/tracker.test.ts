/**
 * `template plan-tracker` from a user's plan (issue 30, item 4): the 终期评估 layout — indicator,
 * baseline, target, actual (input), met, gap — for 某某县 (./plan-workbook.ts), with the plan's
 * 「规划目标」 sheet in the same workbook, so it fills headless from that file alone.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { userPlanTemplate } from '../../../src/features/own-plan/tracker';
import { TRACKER_COLS as C, TRACKER_ROWS } from '../../../src/features/templates/plan-tracker';
import { writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import { cellRef } from '../../../src/xlsx/refs';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';
import { runMain } from '../../hosts/cli/run-main';
import { typeRow } from '../templates/fill';
import { planWorkbook } from './plan-workbook';

let dir: string;
let planFile: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'own-tracker-'));
  planFile = path.join(dir, 'plan.xlsx');
  fs.writeFileSync(planFile, await planWorkbook());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the tracker of 某某县: baseline, target, the typed actual, met and gap — filled headless from the file alone', async () => {
  const sheets = userPlanTemplate('plan-tracker', { catalog: [planFile], plan: '某某县', year: 2025 });
  expect(sheets.map((s) => s.name)).toEqual(['规划目标跟踪', '规划目标']);
  const t = sheets[0];
  const at = (line: number, col: number) => t.cells.find((c) => c.ref === cellRef(TRACKER_ROWS.firstData + line, col));
  // lines in the sheet's order: 毛入园率 (2022 → 2025, one line), 巩固率, 乡村学校图书更新率
  expect([0, 1, 2].map((i) => at(i, C.indicator)?.value)).toEqual(['学前三年毛入园率', '巩固率', '乡村学校图书更新率']);
  expect([at(0, C.baseYear)?.value, at(0, C.baseValue)?.value]).toEqual([2020, 0.88]);
  expect(at(0, C.yearTarget)?.formula).toBe('EDU.TARGET("preschool_gross_enrollment_rate",$B$3,"某某县")');
  // actual values typed as a statistician would for 2025
  typeRow(t, TRACKER_ROWS.firstData, [0.9], C.current);
  typeRow(t, TRACKER_ROWS.firstData + 1, [0.975], C.current);
  typeRow(t, TRACKER_ROWS.firstData + 2, [0.12], C.current);
  const file = path.join(dir, 'tracker.xlsx');
  fs.writeFileSync(file, await writeTemplateXlsx(sheets));
  const out = path.join(dir, 'tracker-filled.xlsx');
  fillWorkbook(file, { out });
  const cells = readWorkbook(openXlsx(fs.readFileSync(out))).sheets[0].cells;
  const v = (line: number, col: number) => cells.find((c) => c.ref === cellRef(TRACKER_ROWS.firstData + line, col))?.value;
  // 毛入园率 2025 target 0.92 (row 4 of the plan sheet); 0.90 misses by 0.02
  expect([v(0, C.yearTarget), v(0, C.met)]).toEqual([0.92, '否']);
  expect(v(0, C.gap) as number).toBeCloseTo(0.02, 12);
  // 巩固率 0.97; 0.975 meets, gap 0
  expect([v(1, C.yearTarget), v(1, C.met), v(1, C.gap)]).toEqual([0.97, '是', 0]);
  // the user's own indicator: 0.10; 0.12 meets
  expect([v(2, C.yearTarget), v(2, C.met), v(2, C.gap)]).toEqual([0.1, '是', 0]);
});

test('the CLI: --catalog with --plan, or --plan naming the file', async () => {
  const a = path.join(dir, 'a.xlsx');
  const r = await runMain('template', 'plan-tracker', '--catalog', planFile, '--plan', '某某县', '--out', a);
  expect(r).toEqual({ code: 0, out: `已写出 wrote ${a}（规划目标跟踪、规划目标）`, err: '' });
  const b = path.join(dir, 'b.xlsx');
  expect((await runMain('template', 'plan-tracker', '--plan', planFile, '--out', b)).code).toBe(0);
  const filled = path.join(dir, 'b-filled.xlsx');
  expect((await runMain('fill', b, '--out', filled)).code).toBe(0);
  const first = readWorkbook(openXlsx(fs.readFileSync(filled))).sheets[0].cells.find((c) => c.ref === cellRef(TRACKER_ROWS.firstData, C.yearTarget));
  // this year (2026 or later) is after the last stated year, 2025: its 0.92 stands
  expect(first?.value).toBe(0.92);
});

test('in English: the tracker is "Plan targets", the plan sheet keeps its Chinese name, English headers, and it still fills', async () => {
  const sheets = userPlanTemplate('plan-tracker', { catalog: [planFile], plan: '某某县', year: 2025, lang: 'en' });
  expect(sheets.map((s) => s.name)).toEqual(['Plan targets', '规划目标']);
  expect(sheets[1].cells.slice(0, 9).map((c) => c.value)).toEqual(['Plan', 'Indicator', 'Stage', 'Year', 'Value', 'Direction', 'Unit', 'Kind', 'Source']);
  const file = path.join(dir, 'tracker-en.xlsx');
  fs.writeFileSync(file, await writeTemplateXlsx(sheets));
  const out = path.join(dir, 'tracker-en-filled.xlsx');
  fillWorkbook(file, { out });
  const first = readWorkbook(openXlsx(fs.readFileSync(out))).sheets[0].cells.find((c) => c.ref === cellRef(TRACKER_ROWS.firstData, C.yearTarget));
  expect(first?.value).toBe(0.92);
});
