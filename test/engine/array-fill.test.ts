/**
 * A legacy array formula's range is filled from HyperFormula's array: an error inside it stays an
 * error. Found by `npm run corpus` (issue 25): in poi/spreadsheet/MatrixFormulaEvalTestData.xlsx,
 * {=MMULT(B78:C78,E78:F78)} over H78:J80 is #VALUE! (Excel saved #VALUE! in every cell), and fill
 * wrote the text "#VALUE!" into I79 and I80 — the range was read back from a grid into which the
 * errors had already been written as their text.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { fillWorkbook } from '../../src/features/fill/fill';
import { openXlsx } from '../../src/xlsx/open';
import { readWorkbook } from '../../src/xlsx/read';

test('an error in an array formula’s range is written as an error, not as its text', () => {
  // Since the rule book (issue 25) MMULT has no conformance rows, so these cells keep the value
  // Excel saved; either way what is written must be the error #VALUE!, never the text "#VALUE!".
  const file = path.join(__dirname, '../fixtures/corpus/poi/spreadsheet/MatrixFormulaEvalTestData.xlsx');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-array-'));
  try {
    const out = path.join(dir, 'out.xlsx');
    fillWorkbook(file, { out });
    const cells = readWorkbook(openXlsx(fs.readFileSync(out))).sheets[0].cells;
    for (const ref of ['H78', 'I78', 'H79', 'I79', 'H80', 'I80']) expect({ ref, v: cells.find((c) => c.ref === ref)?.value }).toEqual({ ref, v: { error: '#VALUE!' } });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
