/**
 * Test helpers shared by the fast-path tests: a workbook from a map of cells, and the check that
 * the automatic route (fast path + HyperFormula) and HyperFormula alone agree exactly.
 */
import { evaluateWorkbook, type Evaluation } from '../../../src/engine/evaluate';
import type { CellData, CellValue, WorkbookData } from '../../../src/xlsx/types';

export type Input = CellValue | { f: string; array?: string };

/** A one-sheet workbook from { A1: value | { f: formula } }. */
export function book(cells: Record<string, Input>, name = 'S'): WorkbookData {
  return books({ [name]: cells });
}

export function books(sheets: Record<string, Record<string, Input>>): WorkbookData {
  return {
    sheets: Object.entries(sheets).map(([name, cells], k) => {
      const list: CellData[] = Object.entries(cells).map(([ref, v]) => {
        const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
        const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const row = Number(m[2]) - 1;
        const isF = v !== null && typeof v === 'object' && 'f' in v;
        return {
          ref, row, col, styleIndex: 0,
          type: 'number',
          value: isF ? 0 : (v as CellValue),
          ...(isF ? { formula: v.f, ...(v.array ? { arrayRef: v.array } : {}) } : {}),
        } as CellData;
      });
      list.sort((a, b) => a.row - b.row || a.col - b.col);
      return { name, partPath: `xl/worksheets/sheet${k + 1}.xml`, state: 'visible', kind: 'worksheet', cells: list, merges: [], hiddenRows: [] };
    }),
    definedNames: [],
    date1904: false,
    isDateStyle: () => false,
    numFmt: () => 'General',
  } as WorkbookData;
}

/** Both routes; they must agree on everything. Returns the automatic one. */
export function same(wb: WorkbookData): Evaluation {
  const auto = evaluateWorkbook(wb);
  const plain = evaluateWorkbook(wb, { engine: 'hyperformula' });
  expect(plain.fastCount).toBe(0);
  expect(auto.values).toEqual(plain.values);
  expect(auto.grids).toEqual(plain.grids);
  expect(auto.formulaCount).toBe(plain.formulaCount);
  return auto;
}
