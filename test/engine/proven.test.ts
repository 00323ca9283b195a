/**
 * Compute what is proven, keep the rest (issue 25, src/engine/excel/semantics/proven.ts): the
 * functions computed are exactly those with rows in the built-in conformance table; a formula
 * calling anything else, or TEXT with a format feature without rows, keeps Excel's value and is
 * listed with why.
 */
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { PROVEN_FUNCTIONS, unproven } from '../../src/engine/excel/semantics/proven';
import { BUILTINS as FAST } from '../../src/engine/fast/builtins';
import { BUILTINS } from '../conformance/builtins';
import { book } from '../features/fill/routes';

const tableNames = new Set(BUILTINS.flatMap((r) => [...r.formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));

test('the proven functions are exactly the functions of the conformance table', () => {
  expect([...PROVEN_FUNCTIONS].sort()).toEqual([...tableNames].sort());
});

test('everything the fast path computes is proven', () => {
  const fast = Object.keys(FAST).filter((n) => FAST[n]);
  expect(fast.filter((n) => !PROVEN_FUNCTIONS.has(n))).toEqual([]);
});

test.each([
  ['NORMSDIST(1.96)', 'NORMSDIST'], // a legacy statistical name
  ['BETADIST(0.5,2,3)', 'BETADIST'],
  ['IMSUM("1+2j","3")', 'IMSUM'], // complex numbers: i versus j
  ['SUM(MMULT(A1:B2,C1:D2))', 'MMULT'],
  ['_xlfn.NORM.S.DIST(1,TRUE)', 'NORM.S.DIST'],
  ['TODAY()-A1', 'TODAY'], // volatile: the saved value is the one the user saw
  ['TEXT(A1,"[h]:mm")', '[h]:mm'], // elapsed time
  ['TEXT(A1,"[>100]0;0.0")', '[>100]0;0.0'], // a condition
  ['TEXT(A1,"# ?/?")', '# ?/?'], // a fraction
  ['TEXT(A1,"mmm")', 'mmm'], // a month's name
  ['TEXT(A1,"0.00E+00")', '0.00E+00'], // scientific
  ['TEXT(A1,"0;-0")', '0;-0'], // sections
  ['TEXT(A1,"h:mm AM/PM")', 'h:mm AM/PM'], // times (POI's DateFormatTests: Excel writes "p", SheetJS "P")
  ['TEXT(A1,B1)', 'TEXT takes its format from elsewhere'], // a cell's format: POI's NumberFormatTests hold 199 of them
  ['TEXT(A1,"0.0"&"%")', 'TEXT takes its format from elsewhere'],
  // A range where Excel takes one value: Excel intersects it with the formula's row (POI's
  // FormulaEvalTestData: =ABS(G7:G12) in row 96 is #VALUE!, =MOD(700,M9:O9) in column N is 10).
  ['ABS(G7:G12)', 'G7:G12'],
  ['MOD(700,M9:O9)', 'M9:O9'],
  ['SUM(1+A1:A3)', 'A1:A3'], // arithmetic on a range inside SUM: intersected too, without {=…}
  ['IF(A1:A3>2,1,0)', 'A1:A3'],
  ['COUNTIF(A1:A3,B1:B3)', 'B1:B3'], // the criterion is one value
  ["LEN('预算 (2024)'!A1:A3)", "'预算 (2024)'!A1:A3"],
  // An approximate match: Excel's binary search (POI's HLOOKUP("STRING",$B$6:$H$12,6,TRUE)).
  ['HLOOKUP("STRING",$B$6:$H$12,6,TRUE)', 'HLOOKUP'],
  ['VLOOKUP(A1,F1:G5,2)', 'VLOOKUP'], // omitted: approximate
  ['MATCH(400,G1:G5)', 'MATCH'],
  ['MATCH(400,G1:G5,1)', 'MATCH'],
  ['IFERROR(VLOOKUP(A1,F1:G5,2,B1),0)', 'VLOOKUP'], // a match mode from a cell
  ['SUM(INDEX(A1:C9,0,2))', 'INDEX'], // a whole column: HyperFormula gives #VALUE!
  ['INDEX(A1:C9,2, 0 )', 'INDEX'],
])('%s keeps Excel’s value', (f, named) => {
  expect(unproven(f)).toContain(named);
});

test('an array formula takes ranges anywhere', () => {
  expect(unproven('ABS(A1:A9)', true)).toBeUndefined();
  expect(unproven('SUM(IF(A1:A3>2,1,0))', true)).toBeUndefined();
});

test.each([
  'SUM(A1:A3)+EDU.PER100(1,2)',
  '_xlfn.RANK.EQ(A1,A1:A5)',
  'TEXT(A1,"0.0%")',
  'TEXT(A1,"yyyy年m月d日")',
  'IF(A1="NORMSDIST(1)","x","y")', // a call inside a string is text
  "'预算 (2024)'!A1*2", // a sheet name with parentheses
  'TEXT(A1,"yyyy-mm-dd")',
  'TEXT(A1, "#,##0.00" )',
  'SUM( A1:A3 , B:B, 2:2)', // ranges where the function takes them
  'SUMIFS(C1:C3,A1:A3,1,B1:B3,2)',
  'COUNTIFS(A1:A3,{1,2},B1:B3,1)', // an array constant's commas are not the call's
  'IFERROR(VLOOKUP("x",F1:G5,2,0),"无")', // exact matches have rows
  'VLOOKUP("初中",F1:G5,2, FALSE )',
  'HLOOKUP(7,E1:G2,2,FALSE())',
  'INDEX(G1:G5,MATCH(400,G1:G5,0))',
  'INDEX(A1:C9,10,2)',
  'VLOOKUP(A1,Sheet2!A:C,2,FALSE)',
  'SUMPRODUCT(($B$5:$B$99="小学")*C5:C99)', // element by element
  'SUMPRODUCT(ABS(A1:A3))',
  'EDU.DIFFCOEF(K$2:K$9*2,$C$2:$C$9)', // EDU functions have their own rows
  'A:A&"/"&B:B', // outside every call: intersected by the HyperFormula route (formula-text.ts)
  "SUM('预算 (2024)'!A1:A3)",
])('%s is computed', (f) => {
  expect(unproven(f)).toBeUndefined();
});

test('fill keeps the cached value of an unproven function and says why; with no cached value the engine’s is written', () => {
  const wb = book({ A1: 1.96, B1: { f: 'NORMSDIST(A1)' }, C1: { f: 'B1*2' }, D1: { f: 'A1*2' } });
  // B1 cached 0.975 (Excel's NORMSDIST(1.96) = 0.97500210485178), C1 with no cached value.
  wb.sheets[0].cells.find((c) => c.ref === 'B1')!.value = 0.97500210485178;
  wb.sheets[0].cells.find((c) => c.ref === 'C1')!.value = null;
  for (const engine of ['auto', 'hyperformula'] as const) {
    const ev = evaluateWorkbook(wb, { engine });
    const kept = new Map(ev.kept.map((k) => [k.ref, k]));
    expect(kept.get('B1')?.why).toContain('NORMSDIST');
    expect(kept.get('B1')?.written).toBe(false);
    expect(ev.values.get('S')!.has('B1')).toBe(false); // left as Excel wrote it
    // C1 reads the kept cell and has no value of its own to keep: the engine's is written.
    expect(kept.get('C1')?.written).toBe(true);
    expect(ev.values.get('S')!.get('D1')).toBe(3.92); // 1.96 × 2, computed as before
  }
});

test('a range behind a defined name where one value is taken keeps Excel’s value (HyperFormula gives #VALUE!)', () => {
  // B2 = ABS(nums) with nums = A1:A3 = -1, -4, -9: Excel intersects with row 2 → 4; cached 4.
  const wb = book({ A1: -1, A2: -4, A3: -9, B2: { f: 'ABS(nums)' }, C2: { f: 'SUM(nums)' } });
  wb.definedNames.push({ name: 'nums', formula: 'S!$A$1:$A$3' } as (typeof wb.definedNames)[number]);
  wb.sheets[0].cells.find((c) => c.ref === 'B2')!.value = 4;
  const ev = evaluateWorkbook(wb, { engine: 'hyperformula' });
  expect(ev.kept.find((k) => k.ref === 'B2')?.why).toContain('nums');
  expect(ev.values.get('S')!.has('B2')).toBe(false);
  expect(ev.values.get('S')!.get('C2')).toBe(-14); // SUM takes the range: −1 − 4 − 9
});
