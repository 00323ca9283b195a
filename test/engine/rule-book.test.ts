/**
 * The rule book (src/engine/excel/semantics) against HyperFormula's own configuration and against
 * hand-worked values. Its constants configure HyperFormula (src/engine/hf/engine.ts); here they are
 * held to HyperFormula's defaults, so a departure is deliberate and named: accentSensitive, where
 * Excel keeps accents ("cafe" ≠ "café"; LibreOffice agrees, test/conformance/builtins.ts), and the
 * comparison tolerance, 2^-48 (LibreOffice's approxEqual) where HyperFormula's is 1e-13.
 */
import { HyperFormula } from 'hyperformula';
import { ENGINE_CONFIG, createEngine } from '../../src/engine/hf/engine';
import { COMPARE_EPSILON, EPSILON, PRECISION_DIGITS, floatCmp, reported } from '../../src/engine/excel/semantics/numbers';
import { COLLATION, COLLATOR, fold, mayBeDate } from '../../src/engine/excel/semantics/text';
import { criterion, same15, textNumber } from '../../src/engine/excel/semantics/criteria';
import { writtenError } from '../../src/engine/excel/semantics/errors';
import { emptyTextNumber, toNumber } from '../../src/engine/excel/semantics/coercion';
import { marshalEdu, Passed, type HostValues } from '../../src/domain/edu/marshal';
import { specOf } from '../../src/domain/edu/table';
import { isMetricError } from '../../src/domain/core/errors';
import type { CellInput } from '../../src/domain/core/parse';

const HF = HyperFormula.defaultConfig;

test('the epsilon is HyperFormula’s default; the digits are Excel’s 15 (HyperFormula’s default keeps 11); both configure it', () => {
  expect(EPSILON).toBe(HF.precisionEpsilon);
  expect(HF.precisionRounding).toBe(10);
  expect(PRECISION_DIGITS).toBe(14); // digits after the first significant one: 15 in all
  expect(ENGINE_CONFIG.precisionEpsilon).toBe(EPSILON);
  expect(ENGINE_CONFIG.precisionRounding).toBe(PRECISION_DIGITS);
});

test('the collation is HyperFormula’s but for accents (Excel keeps them), and configures it', () => {
  expect({ ...COLLATION, accentSensitive: HF.accentSensitive }).toEqual({
    localeLang: HF.localeLang,
    caseSensitive: HF.caseSensitive,
    accentSensitive: HF.accentSensitive,
    caseFirst: HF.caseFirst,
    ignorePunctuation: HF.ignorePunctuation,
  });
  expect(COLLATION.accentSensitive).toBe(true);
  for (const [k, v] of Object.entries(COLLATION)) expect(ENGINE_CONFIG[k as keyof typeof ENGINE_CONFIG]).toBe(v);
  expect(COLLATOR.compare('cafe', 'CAFE')).toBe(0);
  expect(COLLATOR.compare('cafe', 'café')).not.toBe(0);
  expect(fold('CAFÉ')).toBe('café');
});

// A departure from HyperFormula's defaults: comparisons use 2^-48 (LibreOffice's approxEqual), not
// its precisionEpsilon 1e-13 — Excel saved FALSE for =1.11111111111111=1.1111111111111 (POI's
// FormulaEvalTestData_Copy.xlsx F35); sums still cancel under 1e-13.
test('comparisons: equal within 2^-48 (LibreOffice’s approxEqual), not HyperFormula’s 1e-13, through both routes', () => {
  expect(COMPARE_EPSILON).toBe(2 ** -48);
  expect(COMPARE_EPSILON).toBeLessThan(HF.precisionEpsilon);
  expect(floatCmp(1.11111111111111, 1.1111111111111)).toBe(1);
  expect(floatCmp(0.1 + 0.2, 0.3)).toBe(0);
  expect(floatCmp(0, 1e-300)).toBe(-1);
  const hf = createEngine({ S: [['=1.11111111111111=1.1111111111111', '=0.1+0.2=0.3', '=9/1000*100>=0.9', '=1.11111111111111>1.1111111111111']] });
  try {
    expect(hf.getSheetValues(0)[0]).toEqual([false, true, true, true]);
  } finally {
    hf.destroy();
  }
});

test('numbers: 9/1000*100 is 0.9 within the epsilon and reported so (hand: 0.8999999999999999)', () => {
  expect(floatCmp((9 / 1000) * 100, 0.9)).toBe(0);
  expect(reported((9 / 1000) * 100)).toBe(0.9);
  expect(reported(1 / 3)).toBe(0.333333333333333);
});

// Excel keeps a typed 999999.999999999 (15 nines, 15 significant digits): Math.log10 of it is
// exactly 6, so HyperFormula's own exporter rounded it at 10^6 to 1000000; the engine's exporter is
// given the rule book's rounding. Hand: each of these has 15 significant digits already.
test.each([999999.999999999, -999999.999999999, 9999999999.99999, 99999999999999.9, 99.9999999999999, 0.00999999999999999])(
  'a number with 15 nines, %p, comes back as it is, computed and through HyperFormula',
  (v) => {
    expect(reported(v)).toBe(v);
    const hf = createEngine({ S: [[v, '=A1', '=A1*1', '=EDU.SURPLUS(0,A1)']] });
    try {
      expect(hf.getSheetValues(0)[0]).toEqual([v, v, v, v < 0 ? { error: '#NUM!' } : v].map((x) => (typeof x === 'object' ? expect.objectContaining({ value: '#NUM!' }) : x)));
    } finally {
      hf.destroy();
    }
  },
);

// The empty text "" is #VALUE! as a number, a blank 0 (Microsoft, "How to correct a #VALUE! error";
// Excel's cached values in POI's FormulaEvalTestData_Copy.xlsx, E7 = ""): the rule book's rule,
// given to HyperFormula's helper (src/engine/hf/excel-coercion.ts), and the fast path's toNumber.
test('the empty text is #VALUE! in arithmetic and number arguments, through HyperFormula; a blank is 0', () => {
  expect(emptyTextNumber('')).toEqual({ error: '#VALUE!' });
  expect([emptyTextNumber(null), emptyTextNumber(' '), emptyTextNumber(0)]).toEqual([undefined, undefined, undefined]);
  expect(toNumber('')).toEqual({ error: '#VALUE!' });
  expect(toNumber(null)).toBe(0);
  const hf = createEngine({ S: [[null, '=""', '=B1+1', '=A1+1', '=-B1', '=ROUND(B1,0)', '=SUM(B1)', '=LEN(B1)', '=B1=""']] });
  try {
    const row = hf.getSheetValues(0)[0].slice(2);
    const v = (x: unknown) => (x !== null && typeof x === 'object' ? (x as { value: string }).value : x);
    // Hand: A1 is blank (1 + 0), B1 is "" (#VALUE! wherever a number is needed); SUM skips the text
    // of a reference (Microsoft, SUM: text in a reference is ignored), LEN and = read it as text.
    expect(row.map(v)).toEqual(['#VALUE!', 1, '#VALUE!', '#VALUE!', 0, 0, true]);
  } finally {
    hf.destroy();
  }
});

// A defined name that refers to a blank cell is blank (src/engine/hf/excel-names.ts): ClosedXML's
// DrawingSizeInPx.xlsx, where Excel saved IF(Override<>"",Override,Folder&File) as Folder&File with
// Override → a blank cell; HyperFormula made the name's blank 0 and wrote 0. Hand: A1 blank, so
// Blank<>"" is FALSE (2), =Blank shows 0 as any formula giving a blank, Blank+1 is 1, ISBLANK TRUE.
test('a name that refers to a blank cell is blank, not 0', () => {
  const hf = createEngine({ S: [[null, '=IF(Blank<>"",1,2)', '=Blank', '=Blank+1', '=ISBLANK(Blank)', '=Full&"x"']] });
  try {
    hf.addNamedExpression('Blank', '=S!$A$1');
    hf.addNamedExpression('Full', '=S!$D$1');
    expect(hf.getSheetValues(0)[0].slice(1)).toEqual([2, 0, 1, true, '1x']);
  } finally {
    hf.destroy();
  }
});

test('the date-prefix rule and the written errors', () => {
  expect([mayBeDate('2024/9/1'), mayBeDate(' 9'), mayBeDate('小学'), mayBeDate('九月')]).toEqual([true, true, false, false]);
  expect(['#LIC!', '#CYCLE!', '#ERROR!', '#N/A', '#DIV/0!'].map(writtenError)).toEqual(['#VALUE!', '#VALUE!', '#VALUE!', '#N/A', '#DIV/0!']);
});

test('a number typed as text keeps 15 significant digits, the rest zeros (Microsoft: Excel keeps 15 digits)', () => {
  expect(textNumber('110101199001011234')).toBe(110101199001011000);
  expect(textNumber('110101199001011299')).toBe(110101199001011000);
  expect(textNumber('110101199001021234')).toBe(110101199001021000);
  expect(textNumber('0.1234567890123456789')).toBe(0.123456789012345);
  expect(textNumber('5')).toBe(5);
  expect(textNumber('5 ')).toBeUndefined();
  expect(same15(0.1 + 0.2, 0.3)).toBe(true);
});

test.each<[unknown, unknown, boolean | undefined]>([
  ['5', 5, true],
  ['5', '5', true],
  [5, '5', true],
  ['>4', '5', false], // a relational criterion compares numbers only
  ['>4', 5, true],
  ['<>5', '小学', true],
  ['<>5', '5', false],
  ['小学', '小学', true],
  ['cafe', 'CAFE', true],
  ['cafe', 'Café', false],
  ['*中', '初中', true],
  ['5*', 5, false], // wildcards match text only
  ['5*', '5x', true],
  ['~*', '*', true],
  ['', null, true],
  ['=', '', false],
  ['<>', '', true],
  [true, true, true],
  ['TRUE', 1, false],
  ['>2024/9/1', 45536, undefined], // a date typed as text: not written here
  ['>a', 'b', undefined], // a relational criterion on text: not written here
])('criterion %j meets %j: %s', (c, v, want) => {
  const t = criterion(c as never);
  expect(t === undefined ? undefined : t(v as never)).toBe(want);
});

describe('one EDU marshaller', () => {
  const hostErr = { err: '#N/A' };
  const host: HostValues<typeof hostErr> = {
    error: (v) => (v === hostErr ? hostErr : undefined),
    rows: (v) => (Array.isArray(v) ? v : undefined),
    cell: (v) => (v === undefined || v === '' ? null : (v as CellInput)),
    omitted: (v) => v === undefined,
  };
  const per100 = specOf('PER100')!;

  test('the core’s value, 21 / 500 × 100 = 4.2', () => {
    expect(marshalEdu(per100, [21, 500], host)).toBe(4.2);
  });
  test('the argument count first: one argument is #N/A even with an error in it', () => {
    const r = marshalEdu(per100, [hostErr], host);
    expect(isMetricError(r) && r.code).toBe('#N/A');
  });
  test('then the first error value among the arguments, handed back unchanged', () => {
    expect(marshalEdu(per100, [21, hostErr], host)).toEqual(new Passed(hostErr));
  });
  test('trailing omitted optionals are dropped beyond the required ones', () => {
    expect(marshalEdu(per100, [21, 500, undefined], host)).toBe(4.2);
  });
  test('a single value for a range arrives as 1 × 1; an error inside a range is handed back', () => {
    const diff = specOf('DIFFCOEF')!;
    // DIFFCOEF of one school (value 7, 100 students): no spread, 0; of 4, 6 by 100, 300:
    // 0.157459164324443 (src/domain/edu/diffcoef.ts example).
    expect(marshalEdu(diff, [7, 100], host)).toBe(0);
    expect(marshalEdu(diff, [[[4], [6]], [[100], [300]]], host)).toBe(0.157459164324443);
    expect(marshalEdu(diff, [[[4], [hostErr]], [[100], [300]]], host)).toEqual(new Passed(hostErr));
  });
});
