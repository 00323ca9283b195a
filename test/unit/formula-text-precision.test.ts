import { toEngineFormula } from '../../src/engine/formula-text';
import { roundResult } from '../../src/core/precision';

test.each([
  ['IF(TRUE,1,2)', 'IF(TRUE(),1,2)'],
  ['AND(A1=FALSE,b2)', 'AND(A1=FALSE(),b2)'],
  ['IF(A1="TRUE",1,2)', 'IF(A1="TRUE",1,2)'],
  ["'TRUE sheet'!A1+1", "'TRUE sheet'!A1+1"],
  ['TRUE()', 'TRUE()'],
  ['_xlfn.STDEV.S(A1:A9)+_xlws.SORT(B1:B3)', 'STDEV.S(A1:A9)+SORT(B1:B3)'],
  ['EDU.MEETS("生均用房",F5,"小学")', 'EDU.MEETS("生均用房",F5,"小学")'],
  ['"say ""TRUE"""&TRUE', '"say ""TRUE"""&TRUE()'],
])('%s → %s', (a, b) => expect(toEngineFormula(a)).toBe(b));

test('results at 15 significant digits, as HyperFormula reports its own', () => {
  expect(roundResult((9 / 1000) * 100)).toBe(0.9);
  expect(roundResult(6 * 4.2)).toBe(25.2);
  expect(roundResult(1 / 3)).toBe(0.333333333333333);
  expect(roundResult(-2 / 3)).toBe(-0.666666666666667);
  expect(roundResult(0)).toBe(0);
  expect(roundResult(7200)).toBe(7200);
  expect(roundResult(5e-324)).toBe(0);
});
