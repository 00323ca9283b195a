/**
 * Test helper: evaluates conditional-format rules the way Excel applies them — the formula is
 * written for the range's top-left cell and shifted (relative references move, $ ones stay) for
 * every other cell — by putting it into a scratch column of a HyperFormula sheet and letting
 * HyperFormula's own copy/paste move the references.
 */
import type { HyperFormula, RawCellContent } from 'hyperformula';
import { createEngine } from '../../../src/engine/hf/engine';
import { parseRangeRef, cellRef } from '../../../src/xlsx/refs';
import type { Grid, RuleSpec } from '../../../src/features/school-table/types';

/** A grid as HyperFormula contents: text stays text ('85%' is not read as 0.85). */
export function toSheet(grid: Grid): RawCellContent[][] {
  return grid.map((row) => row.map((v) => (typeof v === 'string' ? (v === '' ? null : `'${v}`) : v)));
}

/**
 * The cells (A1, sheet addresses) each rule marks, in sheet `sheet` of `hf`; with no engine, one
 * is built from `grid`.
 */
export function markedCells(rules: RuleSpec[], grid: Grid | HyperFormula, sheet = 0): Set<string> {
  const hf = Array.isArray(grid) ? createEngine({ S: toSheet(grid) }) : grid;
  const marked = new Set<string>();
  const scratch = hf.getSheetDimensions(sheet).width + 2;
  for (const rule of rules) {
    const r = parseRangeRef(rule.range);
    hf.setCellContents({ sheet, row: r.top, col: scratch }, `=${rule.formula}`);
    hf.copy({ start: { sheet, row: r.top, col: scratch }, end: { sheet, row: r.top, col: scratch } });
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) hf.paste({ sheet, row, col: scratch + (col - r.left) });
    }
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const v = hf.getCellValue({ sheet, row, col: scratch + (col - r.left) });
        // Excel marks a cell only when the formula is TRUE (an error or text does not mark).
        if (v === true) marked.add(cellRef(row, col));
      }
    }
    hf.setCellContents({ sheet, row: r.top, col: scratch }, Array.from({ length: r.bottom - r.top + 1 }, () => Array<null>(r.right - r.left + 1).fill(null)));
  }
  return marked;
}
