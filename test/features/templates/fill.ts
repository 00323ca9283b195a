/** Test helper: typing values into a template's input cells before it is written. */
import { cellRef } from '../../../src/xlsx/refs';
import type { SheetSpec } from '../../../src/features/templates/types';

/** Puts `values` into row `row` (0-based) from column `col` on; null leaves a cell empty. */
export function typeRow(spec: SheetSpec, row: number, values: (string | number | null)[], col = 0): void {
  values.forEach((v, i) => {
    if (v === null) return;
    const ref = cellRef(row, col + i);
    const cell = spec.cells.find((c) => c.ref === ref);
    if (cell?.formula !== undefined) throw new Error(`${ref} holds a formula`);
    if (cell) cell.value = v;
    else spec.cells.push({ ref, value: v });
  });
}

/** Puts `value` into the cell `ref` (an input cell; a formula cell is refused). */
export function typeCell(spec: SheetSpec, ref: string, value: string | number): void {
  const cell = spec.cells.find((c) => c.ref === ref);
  if (cell?.formula !== undefined) throw new Error(`${ref} holds a formula`);
  if (cell) cell.value = value;
  else spec.cells.push({ ref, value });
}
