/**
 * `check` on a workbook with 繁體 headers under a merged group header: it finds exactly the misses
 * listed by hand below (national standards, docs/design.md §4).
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../../src/features/fill/check';
import { runMain as cli } from '../../hosts/cli/run-main';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chk-'));
  file = path.join(dir, 'tacheng.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('學校');
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = '塔城地區義務教育學校辦學條件';
  ws.mergeCells('A2:A3');
  ws.getCell('A2').value = '學校名稱';
  ws.mergeCells('B2:B3');
  ws.getCell('B2').value = '學段';
  ws.mergeCells('C2:C3');
  ws.getCell('C2').value = '學生數';
  ws.mergeCells('D2:F2');
  ws.getCell('D2').value = '辦學條件';
  ws.getCell('D3').value = '生均教學及輔助用房面積（㎡）';
  ws.getCell('E3').value = '每百名學生擁有網絡多媒體教室數';
  ws.getCell('F3').value = '生均教學儀器設備值（元）';
  const rows: [string, string, number, number, number, number][] = [
    ['一小', '小學', 500, 4.2, 2.5, 2100], // D4 4.2 < 4.5
    ['二小', '小学', 300, 4.6, 2.0, 1900], // E5 2.0 < 2.3, F5 1900 < 2000
    ['一中', '初中', 800, 5.5, 2.4, 2600], // D6 5.5 < 5.8
    ['二中', '初中', 600, 6.0, 2.5, 2400], // F7 2400 < 2500
    ['三小', 'primary', 200, 4.5, 2.3, 2000], // exactly at every standard: no miss
  ];
  rows.forEach((r, i) => (ws.getRow(4 + i).values = r));
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HAND_LISTED = [
  { sheet: '學校', cell: 'D4', indicator: 'teaching_space_per_student', stage: 'primary', value: 4.2, threshold: 4.5 },
  { sheet: '學校', cell: 'E5', indicator: 'multimedia_rooms_per100', stage: 'primary', value: 2.0, threshold: 2.3 },
  { sheet: '學校', cell: 'F5', indicator: 'equipment_value_per_student', stage: 'primary', value: 1900, threshold: 2000 },
  { sheet: '學校', cell: 'D6', indicator: 'teaching_space_per_student', stage: 'junior', value: 5.5, threshold: 5.8 },
  { sheet: '學校', cell: 'F7', indicator: 'equipment_value_per_student', stage: 'junior', value: 2400, threshold: 2500 },
];

test('exactly the hand-listed misses', () => {
  const r = checkWorkbook(file);
  expect(r.checked).toBe(15);
  const sort = (xs: typeof HAND_LISTED) => [...xs].sort((a, b) => a.cell.localeCompare(b.cell));
  expect(sort(r.misses as typeof HAND_LISTED)).toEqual(sort(HAND_LISTED));
});

test('plan-metrics check --json: the issue\'s shape, exit 1 when something misses', async () => {
  const r = await cli('check', file, '--json');
  expect(r.code).toBe(1);
  const o = JSON.parse(r.out);
  expect(Object.keys(o).sort()).toEqual(['checked', 'misses']);
  expect(o.misses).toHaveLength(5);
  expect(Object.keys(o.misses[0]).sort()).toEqual(['cell', 'indicator', 'sheet', 'stage', 'threshold', 'value']);
});

test('exit 2 with one line for a file that cannot be read', async () => {
  const bad = path.join(dir, 'not.xlsx');
  fs.writeFileSync(bad, 'school,stage\n一小,小学\n');
  const r = await cli('check', bad);
  expect(r.code).toBe(2);
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).toMatch(/ \/ /);
  const missing = await cli('check', path.join(dir, 'nope.xlsx'));
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/^找不到文件/);
});

test('plan-metrics template and fill from the command line', async () => {
  const t = path.join(dir, 't.xlsx');
  expect((await cli('template', 'school-resources', '--out', t)).code).toBe(0);
  expect((await cli('template', 'school-resources', '--out', t)).code).toBe(2); // exists, no --force
  expect((await cli('template', 'budget', '--out', path.join(dir, 'x.xlsx'))).code).toBe(2);
  const f = await cli('fill', file, '--out', path.join(dir, 'filled.xlsx'));
  expect(f.code).toBe(0);
  expect(f.out).toMatch(/添加 3 条未达标标记规则/);
});
