/**
 * A larger generated workbook (5,000 rows × 25 columns) through read and patch, checked cell by
 * cell: every formula cell gets a new value, every other cell and every byte outside the edited
 * cells stays. The time bounds are loose (catastrophe guards, not benchmarks: see bench-xlsx.ts).
 */
import { unzipSync } from 'fflate';
import { openXlsx } from '../../src/xlsx/open';
import { patchWorkbook } from '../../src/xlsx/patch';
import { readWorkbook } from '../../src/xlsx/read';
import { CellValue } from '../../src/xlsx/types';
import { bigWorkbook } from './helpers/big-workbook';

const ROWS = 5000;
const bytes = bigWorkbook(ROWS);

test('reading: every cell, shared formulas expanded', () => {
  const t = Date.now();
  const wb = readWorkbook(openXlsx(bytes));
  expect(Date.now() - t).toBeLessThan(10000);
  const cells = wb.sheets[0].cells;
  expect(cells).toHaveLength(ROWS * 25);
  const byRef = new Map(cells.map((c) => [c.ref, c]));
  expect(byRef.get('U4321')!.formula).toBe('D4321/E4321');
  expect(byRef.get('V5000')!.formula).toBe('SUM(D5000:T5000)');
  expect(byRef.get('W17')).toMatchObject({ formula: 'IF(D17>4.5,"达标","未达标")', value: '达标' });
  expect(byRef.get('Y9')).toMatchObject({ formula: 'G9/$G$1', styleIndex: 1 });
  expect(wb.isDateStyle(1)).toBe(false);
  expect(wb.numFmt(1)).toBe('0.00%');
});

test.each([false, true])('patching every formula cell (valuesOnly %s)', (valuesOnly) => {
  const wb = readWorkbook(openXlsx(bytes));
  const edits = new Map<string, CellValue>();
  for (const c of wb.sheets[0].cells) if (c.formula) edits.set(c.ref, typeof c.value === 'number' ? c.value * 3 + 0.1 : `${c.value}!`);
  const t = Date.now();
  const out = patchWorkbook(openXlsx(bytes), { values: new Map([[wb.sheets[0].name, edits]]) }, { valuesOnly });
  expect(Date.now() - t).toBeLessThan(10000);
  const back = readWorkbook(openXlsx(out)).sheets[0].cells;
  expect(back).toHaveLength(ROWS * 25);
  let mismatches = 0;
  wb.sheets[0].cells.forEach((c, i) => {
    const b = back[i];
    const want = edits.has(c.ref) ? edits.get(c.ref) : c.value;
    if (b.ref !== c.ref || b.value !== want || b.formula !== (valuesOnly ? undefined : c.formula) || b.styleIndex !== c.styleIndex) mismatches++;
  });
  expect(mismatches).toBe(0);
  const strip = (x: Uint8Array) => Buffer.from(x).toString('latin1').replace(/<c r="[U-Y]\d+"[^>]*>.*?<\/c>/g, '');
  expect(strip(unzipSync(out)['xl/worksheets/sheet1.xml'])).toBe(strip(unzipSync(bytes)['xl/worksheets/sheet1.xml']));
});
