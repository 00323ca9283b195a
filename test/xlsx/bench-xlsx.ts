/**
 * Timing of the xlsx reader and patcher on a large generated workbook (not a jest test):
 *
 *   npx ts-node --transpile-only test/xlsx/bench-xlsx.ts [rows=50000] [runs=5]
 *
 * The workbook: `rows` × 25 columns (3 text, 17 numbers, 5 formulas of which 2 are shared), see
 * helpers/big-workbook.ts. Reported: the fastest and the median of `runs` runs of
 * - read:  openXlsx + readWorkbook (inflate, parse, every cell made);
 * - patch: patchWorkbook writing a new value into every formula cell (rows × 5 edits), formulas kept;
 * - patch values-only: the same, every formula dropped.
 */
import { openXlsx } from '../../src/xlsx/open';
import { patchWorkbook } from '../../src/xlsx/patch';
import { readWorkbook } from '../../src/xlsx/read';
import { CellValue } from '../../src/xlsx/types';
import { bigWorkbook } from './helpers/big-workbook';

const rows = Number(process.argv[2] ?? 50000);
const runs = Number(process.argv[3] ?? 5);

function time<T>(f: () => T): [number, T] {
  const t = process.hrtime.bigint();
  const r = f();
  return [Number(process.hrtime.bigint() - t) / 1e6, r];
}

function report(label: string, ms: number[]): void {
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(`${label.padEnd(22)} min ${sorted[0].toFixed(0).padStart(6)} ms   median ${sorted[sorted.length >> 1].toFixed(0).padStart(6)} ms`);
}

const [tg, bytes] = time(() => bigWorkbook(rows));
console.log(`workbook: ${rows} rows × 25 columns, ${(bytes.length / 1048576).toFixed(1)} MB zipped (generated in ${tg.toFixed(0)} ms)`);
const reads: number[] = [];
let cells = 0;
for (let i = 0; i < runs; i++) {
  const [t, wb] = time(() => readWorkbook(openXlsx(bytes)));
  reads.push(t);
  cells = wb.sheets[0].cells.length;
}
console.log(`cells read: ${cells}`);
report('read', reads);

const wb = readWorkbook(openXlsx(bytes));
const values = new Map<string, CellValue>();
for (const c of wb.sheets[0].cells) if (c.formula !== undefined) values.set(c.ref, typeof c.value === 'number' ? c.value + 1 : c.value);
const edits = { values: new Map([[wb.sheets[0].name, values]]) };
console.log(`edits: ${values.size} formula cells`);
for (const valuesOnly of [false, true]) {
  const ms: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const pkg = openXlsx(bytes);
    const [t, out] = time(() => patchWorkbook(pkg, edits, { valuesOnly }));
    ms.push(t);
    size = out.length;
  }
  report(valuesOnly ? 'patch values-only' : 'patch (formulas kept)', ms);
  console.log(`  output ${(size / 1048576).toFixed(1)} MB`);
}
