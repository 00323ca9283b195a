/**
 * VALUE of a text whose reading depends on the office's locale keeps the value Excel saved
 * (src/engine/excel/semantics/text.ts `localeNumberText`): POI's FormulaEvalTestData_Copy.xlsx,
 * saved by an en-US Excel, caches 1000 for VALUE("$1,000"); a zh-CN office's currency is ¥, and
 * HyperFormula gave #VALUE!. Other texts are computed (conformance rows in test/conformance/builtins.ts).
 */
import { localeNumberText } from '../../src/engine/excel/semantics/text';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import type { WorkbookData } from '../../src/xlsx/types';

test.each([
  ['$1,000', true],
  ['¥12', true],
  ['1,000', true],
  ['12.5', false],
  ['1,5', false], // not a thousands group: read (or refused) the same everywhere
  ['小学', false],
])('localeNumberText(%p) is %p', (text, yes) => {
  expect(localeNumberText(text)).toBe(yes);
});

test('VALUE("$1,000") keeps the 1000 Excel saved, with the reason; VALUE("12.5") is computed', () => {
  const cell = (ref: string, row: number, formula: string, value: unknown) => ({ ref, row, col: 0, formula, value }) as never;
  const wb = {
    sheets: [{ name: 'S', kind: 'worksheet', hiddenRows: [], cells: [cell('A1', 0, 'VALUE("$1,000")', 1000), cell('A2', 1, 'VALUE("12.5")', 0)] }],
    definedNames: [],
  } as unknown as WorkbookData;
  const ev = evaluateWorkbook(wb);
  expect(ev.kept.map((k) => k.ref)).toEqual(['A1']);
  expect(ev.kept[0].why).toMatch(/rule book does not cover/);
  expect(ev.values.get('S')!.get('A2')).toBe(12.5);
});
