/**
 * A legacy array formula's range is filled from HyperFormula's array: an error inside it stays an
 * error. Found by `npm run corpus` (issue 25): in poi/spreadsheet/MatrixFormulaEvalTestData.xlsx,
 * {=MMULT(B78:C78,E78:F78)} over H78:J80 is #VALUE! (Excel saved #VALUE! in every cell), and fill
 * wrote the text "#VALUE!" into I79 and I80 — the range was read back from a grid into which the
 * errors had already been written as their text.
 */
import * as fs from 'fs';
import * as path from 'path';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { openXlsx } from '../../src/xlsx/open';
import { readWorkbook } from '../../src/xlsx/read';

test('an error in an array formula’s range is written as an error, not as its text', () => {
  const file = path.join(__dirname, '../fixtures/corpus/poi/spreadsheet/MatrixFormulaEvalTestData.xlsx');
  const wb = readWorkbook(openXlsx(fs.readFileSync(file)));
  const values = evaluateWorkbook(wb).values.get(wb.sheets[0].name)!;
  for (const ref of ['H78', 'I78', 'H79', 'I79', 'H80', 'I80']) expect({ ref, v: values.get(ref) }).toEqual({ ref, v: { error: '#VALUE!' } });
});
