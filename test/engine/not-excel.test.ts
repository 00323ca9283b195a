/**
 * Formulas Excel would not take as written keep their saved value (src/engine/excel/semantics/
 * not-excel.ts). Cases from the corpus: calamine's errors.xlsx holds =A0 (Excel saved #NAME?: A0
 * is a name to Excel, HyperFormula read a cell and gave #REF!), POI's bug67784.xlsx, saved by
 * LibreOffice, holds FLOOR(1.2,1,2) and FLOOR(beta,1,2) (three arguments: Excel's FLOOR takes two;
 * HyperFormula gave #N/A where the file saved #VALUE! and #NAME?).
 */
import { WHY_ARITY, WHY_ROW_ZERO, notExcelFormula, wrongArity } from '../../src/engine/excel/semantics/not-excel';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import type { WorkbookData } from '../../src/xlsx/types';

test.each([
  ['A0', WHY_ROW_ZERO],
  ['$A$0+1', WHY_ROW_ZERO],
  ['SUM(XFD0,B1)', WHY_ROW_ZERO],
  ['A10', undefined],
  ['"A0"&B1', undefined],
  ['LOG10(100)', undefined],
  ['1E0+A1', undefined],
  ["'Q0'!A1", undefined],
])('notExcelFormula(%p)', (formula, why) => {
  expect(notExcelFormula(formula)).toBe(why);
});

test('a wrong argument count, as HyperFormula and the override plugin word it, is a reason; other #N/A are not', () => {
  expect(wrongArity('#N/A', 'Wrong number of arguments.', 'FLOOR(1.2,1,2)')).toBe(WHY_ARITY);
  expect(wrongArity('#N/A', 'AND 参数个数不对 / AND: wrong number of arguments', 'AND()')).toBe(WHY_ARITY);
  expect(wrongArity('#N/A', 'Value not found.', 'VLOOKUP(9,A1:B2,2,0)')).toBeUndefined();
  expect(wrongArity('#VALUE!', 'Wrong number of arguments.', 'FLOOR(1.2,1,2)')).toBeUndefined();
  // An EDU call's wrong count is the product's own error, shown to the user, not kept.
  expect(wrongArity('#N/A', 'Wrong number of arguments.', 'EDU.PER100(1)')).toBeUndefined();
});

test('the cells keep the saved values (the files’ own), the rest is computed', () => {
  const cell = (ref: string, row: number, formula: string | undefined, value: unknown) => ({ ref, row, col: 0, formula, value }) as never;
  const wb = {
    sheets: [
      {
        name: 'S',
        kind: 'worksheet',
        hiddenRows: [],
        cells: [cell('A1', 0, undefined, 2), cell('A2', 1, 'A0', { error: '#NAME?' }), cell('A3', 2, 'FLOOR(1.2,1,2)', { error: '#VALUE!' }), cell('A4', 3, 'FLOOR(A1*1.5,1)', 0)],
      },
    ],
    definedNames: [],
  } as unknown as WorkbookData;
  const ev = evaluateWorkbook(wb);
  expect(ev.kept.map((k) => [k.ref, k.why])).toEqual([
    ['A2', WHY_ROW_ZERO],
    ['A3', WHY_ARITY],
  ]);
  expect(ev.values.get('S')!.get('A4')).toBe(3); // FLOOR(3,1): computed
});
