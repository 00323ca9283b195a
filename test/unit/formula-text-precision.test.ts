import { toEngineFormula } from '../../src/engine/hf/formula-text';
import { roundResult } from '../../src/domain/core/precision';

test.each([
  ['IF(TRUE,1,2)', 'IF(TRUE(),1,2)'],
  ['AND(A1=FALSE,b2)', 'AND(A1=FALSE(),b2)'],
  ['IF(A1="TRUE",1,2)', 'IF(A1="TRUE",1,2)'],
  ["'TRUE sheet'!A1+1", "'TRUE sheet'!A1+1"],
  ['TRUE()', 'TRUE()'],
  ['_xlfn.STDEV.S(A1:A9)+_xlws.SORT(B1:B3)', 'STDEV.S(A1:A9)+SORT(B1:B3)'],
  ['EDU.MEETS("生均用房",F5,"小学")', 'EDU.MEETS("生均用房",F5,"小学")'],
  // "" inside a string: HyperFormula's lexer has no escape, so the quote is CHAR(34).
  ['"say ""TRUE"""&TRUE', '("say "&CHAR(34)&"TRUE"&CHAR(34)&"")&TRUE()'],
  ['LEN("a""b")', 'LEN(("a"&CHAR(34)&"b"))'],
  // Sheet names of any script but ASCII are quoted (Excel writes 学校!B2, HyperFormula reads '学校'!B2).
  ['学校!B2*2', "'学校'!B2*2"],
  ['SUM(學校資料!B1:B3)+Sheet1!A1', "SUM('學校資料'!B1:B3)+Sheet1!A1"],
  ["'学校 2024'!B2", "'学校 2024'!B2"],
  ['#REF!+1', '#REF!+1'],
  // Whole columns and rows written as cells are the column or row (not a million-cell range).
  ['SUM(Template!$B$1:$B$1048576)', 'SUM(Template!$B:$B)'],
  ['SUM(B1:B1048575)', 'SUM(B1:B1048575)'],
  ['SUM($A$3:$XFD$4)', 'SUM($3:$4)'],
  ['LOG10(A1)', 'LOG10(A1)'],
])
('%s → %s', (a, b) => expect(toEngineFormula(a)).toBe(b));

test('results at 15 significant digits, as HyperFormula reports its own', () => {
  expect(roundResult((9 / 1000) * 100)).toBe(0.9);
  expect(roundResult(6 * 4.2)).toBe(25.2);
  expect(roundResult(1 / 3)).toBe(0.333333333333333);
  expect(roundResult(-2 / 3)).toBe(-0.666666666666667);
  expect(roundResult(0)).toBe(0);
  expect(roundResult(7200)).toBe(7200);
  expect(roundResult(5e-324)).toBe(0);
});

test('with the workbook: 3-D references, Chinese names, rows to 1048575 when row 1048576 is empty', () => {
  const ctx = { sheets: ['S1', '学校', 'S3'], names: new Map([['学生数', 'PM_NAME_0']]), lastRowEmpty: true };
  expect(toEngineFormula('SUM(S1:S3!A1:B2)', ctx)).toBe("SUM(S1!A1:B2,'学校'!A1:B2,S3!A1:B2)");
  expect(toEngineFormula("SUM('学校:S3'!A1)", ctx)).toBe("SUM('学校'!A1,S3!A1)");
  expect(toEngineFormula('SUM(学生数)/学生数', ctx)).toBe('SUM(PM_NAME_0)/PM_NAME_0');
  expect(toEngineFormula('SUM($B$1:$B$1048575)', ctx)).toBe('SUM($B:$B)');
  expect(toEngineFormula('SUM($B$1:$B$1048575)', { ...ctx, lastRowEmpty: false })).toBe('SUM($B$1:$B$1048575)');
});

test('implicit intersection for a formula that is not an array formula', () => {
  expect(toEngineFormula('A:A&"/"&B:B', {}, { row: 1, col: 7 })).toBe('A2&"/"&B2');
  expect(toEngineFormula('C7+G7:J7', {}, { row: 6, col: 10 })).toBe('C7+#VALUE!');
  expect(toEngineFormula('C2*学校!C1:C3', {}, { row: 1, col: 8 })).toBe("C2*'学校'!C2");
  // Inside a call the range is the function's argument, as written.
  expect(toEngineFormula('SUM(C:C)+SUMPRODUCT(C1:C3*D1:D3)', {}, { row: 1, col: 8 })).toBe('SUM(C:C)+SUMPRODUCT(C1:C3*D1:D3)');
  expect(toEngineFormula('(A1:A3)*2', {}, { row: 2, col: 3 })).toBe('(A3)*2');
});

test('arguments Excel reads differently: a blank criterion cell, SUBTOTAL over SUBTOTAL cells', () => {
  const { rewriteArgs } = require('../../src/engine/hf/formula-args') as typeof import('../../src/engine/hf/formula-args');
  expect(rewriteArgs('SUMIF(A1:A4,F1,B1:B4)')).toBe('SUMIF(A1:A4,IF(ISBLANK(F1),0,F1),B1:B4)');
  expect(rewriteArgs('COUNTIFS(A:A,"x",B:B,S!C2)')).toBe('COUNTIFS(A:A,"x",B:B,IF(ISBLANK(S!C2),0,S!C2))');
  expect(rewriteArgs('SUMIF(A1:A4,">5")+IF(A1,TRUE(),1)')).toBe('SUMIF(A1:A4,">5")+IF(A1,TRUE(),1)');
  const st = { cells: new Map([['S', new Set([4 * 16384 + 1, 6 * 16384 + 1])], ['学校', new Set([1 * 16384 + 2])]]), sheet: 'S' };
  expect(rewriteArgs('SUBTOTAL(9,B1:B8)', st)).toBe('SUBTOTAL(9,B1:B4,B6,B8)');
  expect(rewriteArgs("SUBTOTAL(1,'学校'!C1:C3)*2", st)).toBe("SUBTOTAL(1,'学校'!C1,'学校'!C3)*2");
  expect(rewriteArgs('SUBTOTAL(9,C1:C8)', st)).toBe('SUBTOTAL(9,C1:C8)');
});
