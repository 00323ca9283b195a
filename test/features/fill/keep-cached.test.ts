/**
 * Never spoil a cached value (issue 15, part 1): a formula the engine cannot compute faithfully —
 * an unknown function, an external link, a structured reference — and every cell depending on it
 * keep what Excel saved, byte for byte (with --values-only, that value); they are reported and not
 * counted as computed. Only a cell with no saved value gets the engine's error, and says so.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { unmodelled } from '../../../src/engine/hf/hf-evaluate';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';
import { NS, handWorkbook } from '../../fixtures/xlsx/make-fixtures';
import { BUILT, cli } from '../../reliability/helpers';

// Cached values are what Excel would have saved (made up for the test, but distinct from anything
// the engine could produce, so a rewrite shows).
const CELLS = [
  '<c r="A1"><f>NOSUCHFN(1)</f><v>41</v></c>',
  '<c r="A2"><f>[1]Sheet1!A1*2</f><v>84</v></c>',
  '<c r="A3"><f>SUM(Table1[Income])</f><v>1000</v></c>',
  '<c r="A4"><f>A1+1</f><v>42</v></c>',
  '<c r="A5"><f>SUM(A1:A3)</f><v>1125</v></c>',
  '<c r="A6"><f>A5*2</f><v>2250</v></c>',
  '<c r="A7"><f>NOSUCHFN(2)</f></c>',
  '<c r="A8"><f>ROUND(2.5,0)</f><v>0</v></c>',
  '<c r="A9"><f>"[x]"&amp;"y"</f><v>0</v></c>',
  // Through IFERROR the engine would give 5, an answer with no error to show it is not Excel's.
  '<c r="A10"><f>IFERROR(A4,5)</f><v>42</v></c>',
];

let dir: string;
let input: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-keep-'));
  const rows = CELLS.map((c, i) => `<row r="${i + 1}">${c}</row>`).join('');
  input = path.join(dir, 'keep.xlsx');
  fs.writeFileSync(input, handWorkbook([{ name: 'S', xml: `<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>` }]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sheetXml = (file: string) => strFromU8(unzipSync(fs.readFileSync(file))['xl/worksheets/sheet1.xml']);

test('unmodelled: a bracket outside a string is an external link or a structured reference', () => {
  expect(unmodelled("'[2]Data 1'!B3")).toMatch(/another workbook/);
  expect(unmodelled('[@Col]*2')).toMatch(/structured/);
  expect(unmodelled('"[x]"&A1')).toBeUndefined();
  expect(unmodelled('A1+1')).toBeUndefined();
});

test('kept cells stay byte for byte; computed ones are written', () => {
  const out = path.join(dir, 'out.xlsx');
  const r = fillWorkbook(input, { out });
  const xml = sheetXml(out);
  for (const c of [...CELLS.slice(0, 6), CELLS[9]]) expect(xml).toContain(c);
  const cells = readWorkbook(openXlsx(fs.readFileSync(out))).sheets[0].cells;
  const v = (ref: string) => cells.find((c) => c.ref === ref)?.value;
  expect(v('A8')).toBe(3);
  expect(v('A9')).toBe('[x]y');
  // A7 had no saved value: the engine's error is written, and reported as written.
  expect(v('A7')).toEqual({ error: '#NAME?' });
  expect(r.evaluation.kept.map((k) => [k.ref, k.written])).toEqual([
    ['A1', false], ['A2', false], ['A3', false], ['A4', false], ['A5', false], ['A6', false], ['A7', true], ['A10', false],
  ]);
  expect(r.evaluation.kept.find((k) => k.ref === 'A6')!.why).toMatch(/^依赖.* \/ depends on/);
  expect(r.evaluation.kept.find((k) => k.ref === 'A10')!.why).toMatch(/depends on/);
  // 10 formulas, 8 not computed faithfully: 2 computed.
  expect(r.formulas).toBe(2);
  expect(r.notes.join('\n')).toMatch(/8 个公式无法如实计算.*S!A1.* \/ 8 formulas cannot be computed faithfully/);
});

test('--values-only keeps the saved values of kept cells', () => {
  const out = path.join(dir, 'values.xlsx');
  fillWorkbook(input, { out, valuesOnly: true });
  const cells = readWorkbook(openXlsx(fs.readFileSync(out))).sheets[0].cells;
  const v = (ref: string) => cells.find((c) => c.ref === ref)?.value;
  expect(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A8', 'A10'].map(v)).toEqual([41, 84, 1000, 42, 1125, 2250, 3, 42]);
  expect(cells.every((c) => c.formula === undefined)).toBe(true);
});

(BUILT ? test : test.skip)('fill --json lists the kept cells', () => {
  const r = cli(['fill', input, '--out', path.join(dir, 'json.xlsx'), '--json']);
  expect(r.status).toBe(0);
  const j = JSON.parse(r.stdout);
  expect(j.computed).toBe(2);
  expect(j.kept.map((k: { cell: string }) => k.cell)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A10']);
  expect(j.kept[1].why).toMatch(/另一|其他工作簿/);
});
