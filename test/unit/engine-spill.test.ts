/**
 * HyperFormula sizes a spill at parse time and would abort the whole workbook if the result came
 * out another size. The EDU plugin predicts from literals and plain cells, and where it could not
 * know (an input on a sheet loaded later) the one cell shows #VALUE! with the reason — the rest of
 * the workbook still computes.
 */
import { DetailedCellError } from 'hyperformula';
import { createEngine } from '../../src/engine/hf/engine';

test('a plan read from a plain cell above sizes the spill correctly', () => {
  const hf = createEngine({ Sheet1: [["'nanxiong"], ['=EDU.INDICATORS(A1)']] });
  const v = hf.getCellValue({ sheet: 0, row: 1, col: 0 });
  expect(v).toBe('id');
  // header + every nanxiong row, and one row for the input cell above
  const rows = hf.getSheetDimensions(0).height - 1;
  expect(rows).toBeGreaterThan(100);
});

test('an input not known at parse time: #VALUE! with the reason, the workbook survives', () => {
  const hf = createEngine({ Sheet1: [['=EDU.INDICATORS(Data!A1)']], Data: [["'nanxiong"]], Other: [['=6*7']] });
  const v = hf.getCellValue({ sheet: 0, row: 0, col: 0 }) as DetailedCellError;
  expect(v.value).toBe('#VALUE!');
  expect(v.message).toMatch(/^溢出区域的大小取决于尚未计算的单元格/);
  expect(hf.getCellValue({ sheet: hf.getSheetId('Other')!, row: 0, col: 0 })).toBe(42);
});
