/**
 * Excel's built-ins where HyperFormula differs (src/engine/hf/excel-plugin.ts). Expected values are
 * Excel's, from Microsoft's function pages and the table (checked against LibreOffice by
 * the author); the rounding cases are the ones a hair off a boundary in binary.
 */
import { createEngine, evaluateFormula } from '../../src/engine/hf/engine';

const value = (f: string) => {
  const r = evaluateFormula(f);
  return 'value' in r ? r.value : r.error;
};

test.each([
  // The table: Excel / LibreOffice results.
  ['ROUNDUP(0.1*3*10,0)', 3],
  ['ROUNDDOWN(0.29*100,0)', 29],
  ['INT(0.29*100)', 29],
  ['TRUNC(0.29*100)', 29],
  ['FLOOR(0.29*100,1)', 29],
  ['ROUND(1.005,2)', 1.01],
  ['ROUND(21.9/0.2,0)', 110],
  // Microsoft's examples (ROUND, ROUNDUP, ROUNDDOWN, INT, TRUNC, EVEN, ODD, MROUND, MOD pages).
  ['ROUND(2.15,1)', 2.2],
  ['ROUND(-1.475,2)', -1.48],
  ['ROUND(21.5,-1)', 20],
  ['ROUND(626.3,-3)', 1000],
  ['ROUNDUP(3.2,0)', 4],
  ['ROUNDUP(-3.14159,1)', -3.2],
  ['ROUNDUP(31415.92654,-2)', 31500],
  ['ROUNDDOWN(-3.14159,1)', -3.1],
  ['ROUNDDOWN(31415.92654,-2)', 31400],
  ['INT(-8.9)', -9],
  ['TRUNC(-8.9)', -8],
  ['TRUNC(8.9)', 8],
  ['EVEN(1.5)', 2],
  ['EVEN(-1)', -2],
  ['ODD(1.5)', 3],
  ['ODD(2)', 3],
  ['ODD(-1)', -1],
  ['MROUND(10,3)', 9],
  ['MROUND(-10,-3)', -9],
  ['MROUND(1.3,0.2)', 1.4],
  ['MROUND(5,-2)', '#NUM!'],
  ['MOD(3,2)', 1],
  ['MOD(-3,2)', 1],
  ['MOD(3,-2)', -1],
  ['MOD(-3,-2)', -1],
  ['MOD(0.29*100,1)', 0],
  ['MOD(5,0)', '#DIV/0!'],
  // CEILING / FLOOR (Microsoft's pages); CEILING(x, 0) is 0 in Excel.
  ['CEILING(2.5,1)', 3],
  ['CEILING(-2.5,-2)', -4],
  ['CEILING(-2.5,2)', -2],
  ['CEILING(1.5,0.1)', 1.5],
  ['CEILING(0.234,0.01)', 0.24],
  ['CEILING(0.7,0.1)', 0.7],
  ['CEILING(0,5)', 0],
  ['CEILING(5,0)', 0],
  ['CEILING(2.5,-2)', '#NUM!'],
  ['FLOOR(3.7,2)', 2],
  ['FLOOR(-2.5,-2)', -2],
  ['FLOOR(2.5,-2)', '#NUM!'],
  ['FLOOR(1.58,0.1)', 1.5],
  ['FLOOR(0.234,0.01)', 0.23],
  ['FLOOR(5,0)', '#DIV/0!'],
  // New functions (Microsoft's examples).
  ['CONCAT("规划","指标",2026)', '规划指标2026'],
  ['CONCAT({"a","b";"c","d"})', 'abcd'],
  ['TYPE(2)', 1],
  ['TYPE("x")', 2],
  ['TYPE(TRUE)', 4],
  ['TYPE(1/0)', 16],
  ['TYPE({1,2})', 64],
  ['ERROR.TYPE(1/0)', 2],
  ['ERROR.TYPE(NA())', 7],
  ['ERROR.TYPE(1)', '#N/A'],
  ['MODE.SNGL(5.6,4,4,3,2,4)', 4],
  ['MODE(1,2,3)', '#N/A'],
  ['MODE.SNGL({1,2,2,3,3})', 2],
  ['AGGREGATE(9,6,{1,2,3})', 6],
  ['AGGREGATE(1,6,{1,2,3,4})', 2.5],
  ['AGGREGATE(4,6,{3,9,1})', 9],
  ['AGGREGATE(14,6,{3,9,1,7},2)', 7],
  ['AGGREGATE(15,6,{3,9,1,7},2)', 3],
  ['AGGREGATE(12,6,{3,9,1,7})', 5],
  ['AGGREGATE(2,6,{1,"a",3})', 2],
])('%s = %p', (f, want) => {
  expect(value(f)).toEqual(want);
});

describe('over cells', () => {
  const hf = createEngine({
    S: [
      [7, '=RANK(A1,$A$1:$A$5)', '=RANK.EQ(A1,$A$1:$A$5,1)', '=RANK.AVG(A1,$A$1:$A$5)', '=AGGREGATE(9,6,A1:A6)'],
      [3.5, '=RANK(A2,$A$1:$A$5)', '=RANK.EQ(A2,$A$1:$A$5,1)', '=RANK.AVG(A2,$A$1:$A$5)', '=AGGREGATE(9,0,A1:A6)'],
      [3.5, '=RANK(A3,$A$1:$A$5)', '=RANK.EQ(A3,$A$1:$A$5,1)', '=RANK.AVG(A3,$A$1:$A$5)', '=PERCENTRANK.INC(A1:A5,3.5)'],
      [1, '=RANK(A4,$A$1:$A$5)', '=RANK.EQ(A4,$A$1:$A$5,1)', '=RANK.AVG(A4,$A$1:$A$5)', '=RANK(99,A1:A5)'],
      [2, '=RANK(A5,$A$1:$A$5)', '=RANK.EQ(A5,$A$1:$A$5,1)', '=RANK.AVG(A5,$A$1:$A$5)', '=TYPE(A7)'],
      ['=1/0'],
      [],
      [1, null, 'x', '=AND(A8:C8)', '=OR(B8:C8)', '=AND(A8:C8,FALSE())', '=OR(A6,TRUE())', '=AND("TRUE",1)'],
    ],
  });
  afterAll(() => hf.destroy());
  const at = (row: number, col: number) => {
    const v = hf.getCellValue({ sheet: 0, row, col });
    return typeof v === 'object' && v !== null ? (v as { value: string }).value : v;
  };

  test('RANK / RANK.EQ / RANK.AVG: Microsoft example data 7, 3.5, 3.5, 1, 2', () => {
    // RANK.EQ page: RANK(A3,A2:A6,1) of 3.5 is 3; RANK.AVG of the tied 3.5s (descending) is 2.5.
    expect([0, 1, 2, 3, 4].map((r) => at(r, 1))).toEqual([1, 2, 2, 5, 4]);
    expect([0, 1, 2, 3, 4].map((r) => at(r, 2))).toEqual([5, 3, 3, 1, 2]);
    expect([0, 1, 2, 3, 4].map((r) => at(r, 3))).toEqual([1, 2.5, 2.5, 5, 4]);
    expect(at(3, 4)).toBe('#N/A');
  });

  test('AGGREGATE skips an error with option 6, passes it on with option 0', () => {
    expect(at(0, 4)).toBe(17);
    expect(at(1, 4)).toBe('#DIV/0!');
  });

  test('AND / OR over a range skip text and blanks (Microsoft: "text or empty cells are ignored")', () => {
    // 1, blank, "x": only the 1 counts. Nothing to test: #VALUE!. An error is passed on.
    expect([3, 4, 5, 6, 7].map((c) => at(7, c))).toEqual([true, '#VALUE!', false, '#DIV/0!', true]);
  });

  test('PERCENTRANK.INC of a tied value is its first rank; TYPE of a blank is 1', () => {
    // Sorted 1, 2, 3.5, 3.5, 7: 3.5 first at index 2 of 4 → 0.5.
    expect(at(2, 4)).toBe(0.5);
    expect(at(4, 4)).toBe(1);
  });
});
