/**
 * The fast path's general formulas (src/engine/fast/parse-formula, eval-node, builtins): each
 * covered built-in by hand-computed rows, the cases it leaves to HyperFormula, random sheets of the
 * covered grammar against HyperFormula, and the workbooks issue 17 measures (the bench built-in
 * shape, EDU calls inside IF, our school-resources template) computed without HyperFormula.
 * Every check also runs the sheet through HyperFormula alone and requires the same values and grids.
 */
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { book, same, type Input } from './routes';
import { parseFormula } from '../../../src/engine/fast/parse-formula';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';
import { cellRef } from '../../../src/xlsx/refs';
import { shiftFormula } from '../../../src/xlsx/formula-shift';
import type { CellValue } from '../../../src/xlsx/types';
import { writeCounty, school, rng } from '../../../bench/gen';
import { writeIfCounty } from '../../../bench/gen-if';
import { writeTemplateWorkload } from '../../../bench/templates-gen';
import { buildSchoolResources, SCHOOL_ROWS } from '../../../src/features/templates/school-resources';
import { writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import { typeRow } from '../templates/fill';
import { fcSeed } from '../../setup/fc-seed';

// The inputs of the hand-computed rows.
const INPUTS: Record<string, Input> = {
  A1: 21, B1: 500, C1: '5', /* D1 blank */ E1: true, F1: '小学', G1: { error: '#DIV/0!' }, H1: '  a  b ',
  A2: 4.2, B2: -1.5, C2: '', D2: 'ABC', E2: false,
};

/** The value of `formula` in J5 over INPUTS, and whether the fast path computed it. */
function one(formula: string): { value: CellValue | undefined; fast: boolean } {
  const ev = same(book({ ...INPUTS, J5: { f: formula } }));
  return { value: ev.values.get('S')!.get('J5'), fast: ev.fastCount === 1 };
}

describe('each covered built-in, by hand', () => {
  test.each<[string, CellValue]>([
    // Arithmetic: text "5" is 5, a blank is 0, TRUE is 1; errors propagate, left first.
    ['A1/B1*100', 4.2], // 21 / 500 × 100
    ['A1+C1', 26], // 21 + "5"
    ['A1+D1', 21], // blank = 0
    ['E1+1', 2], // TRUE = 1
    ['A2^2', 17.64], // 4.2² (17.640000000000004, reported at 15 digits)
    ['A1%', 0.21],
    ['-B2', 1.5],
    ['A1/D1', { error: '#DIV/0!' }],
    ['G1+1', { error: '#DIV/0!' }],
    ['F1*1', { error: '#VALUE!' }], // 小学 is no number
    ['F1+G1', { error: '#DIV/0!' }], // an error operand wins over a failed coercion
    ['0.1+0.2-0.3', 0], // 5.55e-17 is within 1e-13 of cancelling: HyperFormula's epsilon
    // Text: & joins with blanks as "" and numbers as written.
    ['A1&D1&"x"', '21x'],
    ['A2&"/"&E1', '4.2/TRUE'],
    // Comparisons: text without case, blank as "" or 0, text after numbers.
    ['F1="小学"', true],
    ['F1="小學"', false], // traditional 學 is another character
    ['D2="abc"', true],
    ['D1=""', true],
    ['D1=0', true],
    ['F1>A1', true],
    ['9/1000*100>=0.9', true], // 0.8999999999999999 ≥ 0.9 within 1e-13
    // IF / IFS / NOT / IFERROR / TRUE / FALSE.
    ['IF(F1="小学",1,2)', 1],
    ['IF(A1>100,1)', false], // no third argument: FALSE
    ['IF(D2,1,2)', { error: '#VALUE!' }], // "ABC" is no logical
    ['IF(A1,D1,2)', 0], // a blank result is 0
    ['IF(C2,1,2)', 2], // "" is FALSE
    ['IFS(A1>100,1,A1>10,2)', 2],
    ['IFS(A1>100,1)', { error: '#N/A' }],
    ['NOT(E1)', false],
    ['NOT(F1)', { error: '#VALUE!' }],
    ['IFERROR(G1,"无")', '无'],
    ['IFERROR(A1,"无")', 21],
    ['TRUE()', true],
    ['FALSE', false],
    // AND / OR: text and blanks in a range skipped; no logical at all is #VALUE!.
    ['AND(E1,A1>1)', true],
    ['OR(E2,A1<1)', false],
    ['AND(E1:E2)', false],
    ['OR(C1:D1)', { error: '#VALUE!' }], // "5" in a range is skipped, the blank too
    ['AND(A1:G1)', { error: '#DIV/0!' }],
    // Aggregates: a range keeps its numbers; other arguments are made numbers.
    ['SUM(A1:E1)', 521], // 21 + 500 ("5", blank, TRUE skipped)
    ['SUM(C1,E1)', 0], // references: "5" and TRUE skipped
    ['SUM("5",TRUE())', 6], // literals: made numbers
    ['SUM(A1:G1)', { error: '#DIV/0!' }],
    ['MIN(A1:B2)', -1.5],
    ['MAX(A1:B2)', 500],
    ['MAX(F1:H1)', { error: '#DIV/0!' }], // G1
    ['MAX(H1:H2)', 0], // no number: 0
    ['AVERAGE(A1:B1)', 260.5], // (21 + 500) / 2
    ['AVERAGE(F1:F2)', { error: '#DIV/0!' }],
    ['COUNT(A1:H1)', 2],
    ['COUNTA(A1:H1)', 7], // all but the blank D1
    ['COUNTA(C2)', 1], // "" counts
    ['COUNTIF(A1:E2,TRUE())', 1],
    ['COUNTIF(A1:E2,FALSE)', 1],
    ['COUNTIF(A1:H2,"abc")', 1], // D2 "ABC": whole cell, without case
    ['COUNTIF(A1:H2,"小学")', 1],
    ['COUNTIF(G1:G1,TRUE())', { error: '#DIV/0!' }], // a one-cell range is its value
    // SUMIF: the numbers beside the matched cells; text, logicals and blanks add nothing.
    ['SUMIF(A1:H1,"小学",A2:H2)', 0], // F1 "小学" matched; F2 beside it is blank
    ['SUMIF(D1:D2,"abc",A1:A2)', 4.2], // D2 "ABC" matched (without case) → A2 = 4.2
    ['SUMIF(A1:H1,"小学",B1:I1)', { error: '#DIV/0!' }], // F1 matched → G1, an error, is the result
    ['SUMIF(E1:E2,TRUE(),A1:A2)', 21], // E1 TRUE → A1 = 21
    ['SUMIF(E1:E2,FALSE,B1:B2)', -1.5], // E2 FALSE → B2 = -1.5
    // Number criteria (the rule book's, src/engine/excel/semantics/criteria.ts): a relational one
    // compares numbers only, an equal one also meets text that reads as the number.
    ['COUNTIF(A1:E2,">5")', 2], // A1 21, B1 500; C1 "5" is text, left out
    ['COUNTIF(A1:E2,5)', 1], // C1 "5" typed as text reads as 5
    ['SUMIF(A1:C1,"5",A2:C2)', 0], // C1 "5" matched → C2 "" adds nothing
    ['SUMIF(E1:G1,"无",E1:G1)', 0], // nothing matched
    // IS functions, and inside SUMPRODUCT element by element.
    ['ISERROR(G1)', true],
    ['ISNUMBER(C1)', false], // "5" is text
    ['ISTEXT(C2)', true],
    ['ISBLANK(D1)', true],
    ['SUMPRODUCT(--ISERROR(A1:H1))', 1], // G1
    ['SUMPRODUCT(--ISNUMBER(A1:B2))', 4],
    // SUMPRODUCT, element by element.
    ['SUMPRODUCT(A1:B1,A2:B2)', -661.8], // 21 × 4.2 + 500 × −1.5 = 88.2 − 750
    ['SUMPRODUCT(A1:B1,(A2:B2-1)^2)', 3340.04], // 21 × 3.2² + 500 × 2.5² = 215.04 + 3125
    ['SUMPRODUCT(A1:C1)', 521], // 21 + 500: the text "5" is 0 (Microsoft: SUMPRODUCT treats non-numeric entries as zeros)
    ['SUMPRODUCT(--A1:C1)', 526], // -- makes the text "5" a number first: 21 + 500 + 5
    ['SUMPRODUCT(A1:B1,A2:C2)', { error: '#VALUE!' }], // sizes differ
    ['SQRT(A2*A2)', 4.2],
    ['SQRT(B2)', { error: '#NUM!' }],
    ['TRIM(H1)', 'a b'],
    ['LEN(F1)', 2],
    ['LEN(A2)', 3], // "4.2"
    // Excel's rounding (src/engine/excel/excel-round.ts), as ExcelPlugin.
    ['ROUND(2.345,2)', 2.35],
    ['ROUND(1.005,2)', 1.01],
    ['ROUNDUP(0.1*3*10,0)', 3],
    ['ROUNDDOWN(-2.567,1)', -2.5],
    ['ROUND(1234,-2)', 1200],
    ['ROUND(A2)', 4],
    // EDU calls inside formulas: 4.2 teachers per 100 students meets the 小学 standard 4.2.
    ['IF(EDU.MEETS("qualified_teachers_per100",A2,"小学"),1,0)', 1],
    ['EDU.PER100(A1,B1)*2', 8.4], // 21 / 500 × 100 × 2
    ['IF(COUNTA(A1:C1)=0,"",EDU.PER100(A1,B1)+1)', 5.2],
  ])('%s = %j', (f, want) => {
    const r = one(f);
    expect(r.value).toEqual(want);
    expect(r.fast).toBe(true);
  });

  test.each([
    'A1+"1,234"', // a text HyperFormula may read as a number in its own ways
    '"2024-01-01"<A1', // a text that may be a date
    '-A2^2', // precedence of unary minus over ^
    'SUMIF(A1:H1,"小学",A2:G2)', // a sum range of another size: Excel resizes it, not written in the rule book (kept)
    'SUM(A1:A3*2)', // array arithmetic outside SUMPRODUCT
    'A1:A2+1', // a range where Excel intersects
    'MEDIAN(A1:B1)', // a built-in not covered
    'IF(A1,,2)', // an omitted argument
  ])('%s is left to HyperFormula (and agrees)', (f) => {
    expect(one(f).fast).toBe(false);
  });
});

test('the parser records relative rows so a filled-down formula is recognised', () => {
  const p = parseFormula('IF($B2="小学",K2>=4.2,K2>=5.3)')!;
  expect(p.rows).toEqual([2, 2, 2]);
  expect(p.text).toEqual(['IF($B', '="小学",K', '>=4.2,K', '>=5.3)']);
  expect(parseFormula('SUM(名称)')).toBeNull();
  expect(parseFormula('Sheet2!A1+1')).toBeNull();
  expect(parseFormula('{1,2}')).toBeNull();
});

// Random sheets of the covered grammar.
const typed = fc.constantFrom('小学', '初中', '小學', 'TRUE', 'false', '5', '12.5', ' 42 ', '1,234', '８５％', '', 'abc', 'ABC', ' a  b ', '—');
const input: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(fc.integer({ min: -50, max: 3000 }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.constantFrom(0, 0.85, 4.2, 9 / 1000 * 100, 0.1, 0.3)) },
  { weight: 3, arbitrary: typed },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom({ error: '#DIV/0!' }, { error: '#N/A' }, { error: '#VALUE!' }) },
  { weight: 2, arbitrary: fc.constant(null) },
);
const ref = fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 10 }), fc.boolean()).map(([r, c, abs]) => (abs ? '$' : '') + cellRef(r, c));
const range = fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }))
  .map(([r, c, h, w]) => `${cellRef(r, c)}:${cellRef(r + h, c + w)}`);
/** The same-shaped range `dc` columns to the right (SUMIF's sum range). */
const shiftCols = (r: string, dc: number): string => r.replace(/[A-Z]+/g, (l) => cellRef(0, [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 + dc).replace(/\d+$/, ''));
const literal = fc.oneof(fc.integer({ min: 0, max: 2000 }).map(String), fc.constantFrom('0.85', '4.2', '0', 'TRUE', 'FALSE', 'TRUE()'), typed.map((s) => `"${s}"`));
const OPS = ['+', '-', '*', '/', '^', '&', '=', '<>', '<', '>', '<=', '>='];
const AGG = ['SUM', 'MIN', 'MAX', 'AVERAGE', 'COUNT', 'COUNTA', 'AND', 'OR'];
const { expr } = fc.letrec<{ expr: string; leaf: string }>((tie) => ({
  leaf: fc.oneof({ weight: 3, arbitrary: ref }, { weight: 2, arbitrary: literal }),
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: tie('leaf') },
    { weight: 3, arbitrary: fc.tuple(tie('expr'), fc.constantFrom(...OPS), tie('leaf')).map(([a, op, b]) => `${a}${op}${b}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('-', ''), tie('leaf'), fc.constantFrom('', '%')).map(([s, a, p]) => `${s}${a}${p}`) },
    { weight: 1, arbitrary: tie('expr').map((a) => `(${a})`) },
    { weight: 2, arbitrary: fc.tuple(tie('expr'), tie('expr'), fc.option(tie('expr'))).map(([c, a, b]) => `IF(${c},${a}${b === null ? '' : ',' + b})`) },
    { weight: 1, arbitrary: fc.tuple(tie('expr'), tie('expr'), tie('expr'), tie('expr')).map(([a, b, c, d]) => `IFS(${a},${b},${c},${d})`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...AGG), fc.array(fc.oneof(range, tie('expr')), { minLength: 1, maxLength: 3 })).map(([f, a]) => `${f}(${a.join(',')})`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('NOT', 'TRIM', 'LEN', 'SQRT', 'ROUND', 'ROUNDUP', 'ROUNDDOWN'), tie('expr')).map(([f, a]) => `${f}(${a})`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('ROUND', 'ROUNDUP', 'ROUNDDOWN'), tie('expr'), fc.integer({ min: -2, max: 3 })).map(([f, a, p]) => `${f}(${a},${p})`) },
    { weight: 1, arbitrary: fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `IFERROR(${a},${b})`) },
    { weight: 1, arbitrary: fc.tuple(range, fc.constantFrom('TRUE()', 'FALSE', 'TRUE', '"小学"', '"abc"', '"是"', '""', '">5"')).map(([r, c]) => `COUNTIF(${r},${c})`) },
    { weight: 1, arbitrary: fc.tuple(range, fc.constantFrom('TRUE()', 'FALSE', '"小学"', '"abc"', '"是"', '""', '">5"'), fc.integer({ min: 0, max: 3 })).map(([r, c, dc]) => `SUMIF(${r},${c},${shiftCols(r, dc)})`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('ISERROR', 'ISNUMBER', 'ISTEXT', 'ISBLANK'), tie('expr')).map(([f, a]) => `${f}(${a})`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('ISERROR', 'ISNUMBER', 'ISTEXT', 'ISBLANK'), range).map(([f, r]) => `SUMPRODUCT(--${f}(${r}))`) },
    { weight: 1, arbitrary: fc.tuple(range, ref, fc.constantFrom('-', '*', '+')).map(([r, x, op]) => `SUMPRODUCT(${r},(${r}${op}${x})^2)`) },
    { weight: 1, arbitrary: fc.tuple(ref, ref).map(([a, b]) => `IF(EDU.MEETS("qualified_teachers_per100",${a},${b}),1,0)`) },
    { weight: 1, arbitrary: fc.tuple(ref, ref).map(([a, b]) => `EDU.PER100(${a},${b})`) },
  ),
}));

// Found by FC_SEED=4105222323 in a clean-clone CI run: AND over a range holding #VALUE! and a
// reference to a #DIV/0! cell. HyperFormula hands the reference's error on before AND's rule runs,
// so both routes give #DIV/0! (the fast path had scanned the range first: #VALUE!).
test('AND(A3:B5,F4) with errors in both: the routes agree on the reference’s error', () => {
  const ev = same(book({ A3: 1, B5: { f: '1+"x"' }, F4: { f: '1/0' }, H1: { f: 'AND(A3:B5,F4)' }, H2: { f: 'OR(F4,A3:B5)' } }));
  expect(ev.values.get('S')!.get('H1')).toEqual({ error: '#DIV/0!' });
  expect(ev.values.get('S')!.get('H2')).toEqual({ error: '#DIV/0!' });
});

// Found by FC_SEED=3251436945: a one-cell range reaches a function as its value in HyperFormula,
// so its error is a direct argument's, met before the errors inside the other ranges.
test('EDU.SHARE(E1:E1,E1:H1,H2:H2) and AND(A1:B2,C1:C1) with errors: the routes agree', () => {
  const ev = same(book({ E1: 1, F1: 2, H1: { f: '1/0' }, H2: { f: 'NA()' }, L1: { f: 'EDU.SHARE(E1:E1,E1:H1,H2:H2)' }, A1: { f: '1+"x"' }, C1: { f: '1/0' }, L2: { f: 'AND(A1:B2,C1:C1)' } }));
  expect(ev.values.get('S')!.get('L1')).toEqual({ error: '#N/A' });
  expect(ev.values.get('S')!.get('L2')).toEqual({ error: '#DIV/0!' });
});

test('400 random sheets of the covered grammar: the fast path and HyperFormula agree exactly', () => {
  let fast = 0;
  let total = 0;
  const sheet = fc.tuple(fc.array(fc.array(input, { minLength: 7, maxLength: 7 }), { minLength: 8, maxLength: 8 }), fc.array(expr, { minLength: 1, maxLength: 12 }))
    .map(([grid, formulas]) => {
      const cells: Record<string, Input> = {};
      grid.forEach((row, r) => row.forEach((v, c) => { if (v !== null || r % 2) cells[cellRef(r, c)] = v; }));
      // Formulas in H1… (columns H–K): they read each other and the inputs.
      formulas.forEach((f, k) => { cells[cellRef(k % 8, 7 + Math.floor(k / 8))] = { f }; });
      // The first one filled down column L, as Excel fills a column.
      for (let r = 0; r < 8; r++) cells[cellRef(r, 11)] = { f: shiftFormula(formulas[0], r, 4) };
      return cells;
    });
  fc.assert(fc.property(sheet, (cells) => {
    const ev = same(book(cells));
    fast += ev.fastCount;
    total += ev.formulaCount;
  }), { numRuns: 400, seed: fcSeed(20261202) });
  // The check means something only if the fast path computed most of them.
  expect(fast / total).toBeGreaterThan(0.5);
});

describe('the workbooks of issue 17 go through the fast path alone', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fast-formula-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const read = (file: string) => readWorkbook(openXlsx(new Uint8Array(fs.readFileSync(file))));

  test('the bench built-in shape, 200 schools: 200 × 16 + 14 formulas, none for HyperFormula', async () => {
    const file = path.join(dir, 'builtin.xlsx');
    expect(await writeCounty(file, 200, 'builtin')).toBe(3214);
    const ev = same(read(file));
    expect(ev.formulaCount).toBe(3214);
    expect(ev.fastCount).toBe(3214);
  });

  test('EDU calls inside IF with SUM and SUMPRODUCT, 200 schools: none for HyperFormula', async () => {
    const file = path.join(dir, 'if.xlsx');
    expect(await writeIfCounty(file, 200)).toBe(3214);
    const ev = same(read(file));
    expect(ev.fastCount).toBe(3214);
  });

  test('the school-resources template with 200 schools typed in', async () => {
    const spec = buildSchoolResources({ rows: 200 });
    const next = rng(7);
    for (let i = 0; i < 200; i++) typeRow(spec, SCHOOL_ROWS.firstData + i, school(next, i));
    const file = path.join(dir, 'template.xlsx');
    fs.writeFileSync(file, await writeTemplateXlsx(spec));
    const ev = same(read(file));
    expect(ev.formulaCount - ev.fastCount).toBe(0);
  });

  test('the place-planning template with 200 grade lines: its per-stage SUMIF totals too', async () => {
    const file = path.join(dir, 'places.xlsx');
    // 200 lines × 3 formulas + 18 in the totals block (templateWithRows' count).
    expect(await writeTemplateWorkload(file, 'place-planning', 200)).toBe(618);
    const ev = same(read(file));
    expect([ev.formulaCount, ev.fastCount]).toEqual([618, 618]);
  });
});
