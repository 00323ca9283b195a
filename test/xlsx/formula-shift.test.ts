/** Moving shared formulas: every case Excel's fill-down meets, checked against hand-written text. */
import fc from 'fast-check';
import { compileShift, shiftFormula } from '../../src/xlsx/formula-shift';

describe('shiftFormula', () => {
  test.each([
    ['A1', 1, 0, 'A2'],
    ['A1', 0, 1, 'B1'],
    ['$A$1', 5, 5, '$A$1'],
    ['$A1', 2, 3, '$A3'],
    ['A$1', 2, 3, 'D$1'],
    ['SUM(A1:B2)', 1, 1, 'SUM(B2:C3)'],
    ['SUM($A1:B$2)', 1, 1, 'SUM($A2:C$2)'],
    ['Sheet2!A1+Sheet2!$B$2', 3, 0, 'Sheet2!A4+Sheet2!$B$2'],
    ["'学校 资源'!C3*2", 1, 0, "'学校 资源'!C4*2"],
    ["'It''s'!A1", 1, 0, "'It''s'!A2"],
    ['Sheet1!A1:B2', 1, 0, 'Sheet1!A2:B3'],
    ['SUM(A:A)', 5, 1, 'SUM(B:B)'],
    ['SUM($A:A)', 5, 1, 'SUM($A:B)'],
    ['SUM(1:1)', 2, 7, 'SUM(3:3)'],
    ['SUM($1:2)', 2, 7, 'SUM($1:4)'],
    ['"A1"&A1', 1, 0, '"A1"&A2'],
    ['"say ""B2"""&B2', 1, 0, '"say ""B2"""&B3'],
    ['LOG10(A1)+ATAN2(B1,C1)', 1, 0, 'LOG10(A2)+ATAN2(B2,C2)'],
    ['Table1[Col1]+A1', 1, 0, 'Table1[Col1]+A2'],
    ['Table1[[#This Row],[B1]]', 1, 0, 'Table1[[#This Row],[B1]]'],
    ['SUM(Jan:Feb!A1)', 1, 0, 'SUM(Jan:Feb!A2)'],
    ['[1]Sheet1!A1', 1, 0, '[1]Sheet1!A2'],
    ['IFERROR(A1,#N/A)+#REF!', 1, 0, 'IFERROR(A2,#N/A)+#REF!'],
    ['1.5E+3+A1*2', 1, 0, '1.5E+3+A2*2'],
    ['SUM({1,2;3,4})+A1', 1, 0, 'SUM({1,2;3,4})+A2'],
    ['学生数*A1', 1, 0, '学生数*A2'],
    ['_xlfn.XLOOKUP(A1,B:B,C:C)', 1, 1, '_xlfn.XLOOKUP(B2,C:C,D:D)'],
    ['TRUE+A1', 1, 0, 'TRUE+A2'],
    ['A1:INDEX(B:B,3)', 2, 0, 'A3:INDEX(B:B,3)'],
    ['Z1+AA1', 0, 1, 'AA1+AB1'],
    ['XFD1', 0, 1, '#REF!'],
    ['A1', -1, 0, '#REF!'],
    ['SUM(A1:A3)', -1, 0, 'SUM(#REF!)'],
    ['A1 B1', 1, 0, 'A2 B2'],
    ['A1#', 1, 0, 'A2#'],
    ['D3/C3', 4, 0, 'D7/C7'],
  ])('%s moved (%i, %i) → %s', (f, dr, dc, want) => {
    expect(shiftFormula(f, dr, dc)).toBe(want);
  });

  test('a compiled template gives the same text as a one-off shift', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 20 }), (dr, dc) => {
        const f = "SUM($A1:B$2)+'x y'!C3*Sheet2!$D4+\"E5\"&F6+SUM(G:G)+SUM(7:8)";
        expect(compileShift(f).at(dr, dc)).toBe(shiftFormula(f, dr, dc));
      }),
    );
  });

  test('moving there and back gives the original formula', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 }), (dr, dc) => {
        const f = 'IF($B2>=4.5,C2/D$1,SUM(E2:F9))&"A1"';
        expect(shiftFormula(shiftFormula(f, dr, dc), -dr, -dc)).toBe(f);
      }),
    );
  });
});
