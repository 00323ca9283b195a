/**
 * Issue 28: rates fitted from history recover the rates that made it, the middle scenario is the
 * projection a person works by hand, the back-test of a noise-free history is 0, and the back-test
 * runs on published enrolment by grade.
 */
import { createEngine } from '../../../src/engine/hf/engine';
import { backtest } from '../../../src/domain/core/backtest';
import { fitRates, RATES_METHODS } from '../../../src/domain/core/fit-rates';
import { callEdu } from '../../../src/domain/edu/table';
import { prng } from '../../../src/features/sample/prng';

/** The project's seeded generator (mulberry32), so the noise is the same on every run. */
const random = prng;

// Known progression rates of a six-grade 小学 (1→2 … 5→6): one above 1, as where children move in.
const TRUE_RATES = [0.98, 0.99, 1.01, 0.97, 1.0];
const NOISE = 0.01; // each year's ratio is the true rate × (1 + ε), |ε| ≤ 1 %

/** 8 years of history: grade 1 the intake, every other grade the grade below a year earlier × rate × (1 + ε). */
function syntheticHistory(noise: number, seed = 28): number[][] {
  const rnd = random(seed);
  const years: number[][] = [[1000, 980, 970, 980, 950, 950]];
  for (let t = 1; t < 8; t++) {
    const before = years[t - 1];
    const row = [1000 + 25 * t];
    for (let g = 1; g < 6; g++) row.push(before[g - 1] * TRUE_RATES[g - 1] * (1 + noise * (2 * rnd() - 1)));
    years.push(row);
  }
  return years;
}

describe('RATES recovers the rates of a synthetic history', () => {
  test.each(RATES_METHODS)('method %s: every rate within the noise (|fitted − true| ≤ 1 % of true)', (m) => {
    const fitted = fitRates(syntheticHistory(NOISE), m);
    expect(fitted).toHaveLength(6);
    expect(fitted[5]).toBe(1); // the top grade leaves the stage
    // Each yearly ratio lies in true·(1 ± 1 %), so does any average of them, and the lowest and highest.
    TRUE_RATES.forEach((p, g) => expect(Math.abs(fitted[g] - p)).toBeLessThanOrEqual(p * NOISE + 1e-12));
  });

  test('without noise every method gives the true rates exactly (to 1e-12)', () => {
    for (const m of RATES_METHODS) fitRates(syntheticHistory(0), m).slice(0, 5).forEach((x, g) => expect(x).toBeCloseTo(TRUE_RATES[g], 12));
  });

  test('the mean is closer than the noise: averaging 7 years shrinks it (here below 0.5 %)', () => {
    // Not a bound but a check that averaging does something: the mean of 7 uniform ε has a standard
    // deviation of 1 %/√21 ≈ 0.22 %; with this seed the largest error is measured below 0.5 %.
    const fitted = fitRates(syntheticHistory(NOISE), 'mean');
    const worst = Math.max(...TRUE_RATES.map((p, g) => Math.abs(fitted[g] - p) / p));
    expect(worst).toBeLessThan(0.005);
    expect(worst).toBeGreaterThan(0); // the noise is there
  });
});

describe('back-test', () => {
  test('noise-free history: 0 at every horizon it can test (1 … 6 years ahead of 8)', () => {
    for (let h = 1; h <= 6; h++) expect(backtest(syntheticHistory(0), h).mape).toBeCloseTo(0, 12);
  });

  test('noisy history: the error is above 0 and of the size of the noise', () => {
    const { mape, forecasts } = backtest(syntheticHistory(NOISE), 1);
    expect(forecasts).toBe(6); // origins year 2 … 7
    expect(mape).toBeGreaterThan(0);
    // A year's total is a sum of 5 grades, each off by at most ~2 % (its ratio's own noise plus the
    // fitted rate's): the total cannot be off by more.
    expect(mape).toBeLessThan(0.02);
  });
});

describe('the middle scenario: COHORT(current, intakes, RATES(history)) in a sheet', () => {
  // History H of the conformance rows (test/conformance/cases-forecast.ts): mean rates 0.95, 3.2/3, 1.
  const sheet = [
    [100, 100, 100, 105],
    [100, 90, 100, 110],
    [100, 95, 90, 120],
    [100, 100, 114, null],
    ['=EDU.COHORT(A4:C4,D1:D3,EDU.RATES(A1:C4))', null, null],
  ];
  test('three years by hand', () => {
    const hf = createEngine({ S: sheet });
    try {
      const at = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col }) as number;
      // Year 1: 105; 100·0.95 = 95; 100·3.2/3 = 106.666…
      // Year 2: 110; 105·0.95 = 99.75; 95·3.2/3 = 101.333…
      // Year 3: 120; 110·0.95 = 104.5; 99.75·3.2/3 = 106.4
      const want = [[105, 95, 320 / 3], [110, 99.75, 304 / 3], [120, 104.5, 106.4]];
      want.forEach((r, y) => r.forEach((v, g) => expect(at(4 + y, g)).toBeCloseTo(v, 9)));
      // Totals 306.67, 311.08, 330.9: what PLACESNEEDED reads.
      expect(want.map((r) => r.reduce((s, x) => s + x, 0))).toEqual([expect.closeTo(306.6667, 3), expect.closeTo(311.0833, 3), expect.closeTo(330.9, 9)]);
    } finally {
      hf.destroy();
    }
  });
});

// ---- A published series ------------------------------------------------------------------------
//
// Hong Kong SAR, Education Bureau, School Education Statistics Section, 「學生人數統計」 Student
// Enrolment Statistics 2020, Table 3.1 「2010年至2020年小學開辦班數、學額、學生人數及重讀生人數 ─ 按級別統計」
// (Operating Classes, Accommodation, Student Enrolment and Repeaters in Primary Schools by Grade,
// 2010-2020), rows 學生人數 Enrolment of 小一, 小二, 小三 (P1–P3), September of each year. Read from
// the copy at https://9lib.co/article/primary-schools-student-enrolment-statistics.qvl961jd — the
// copy breaks off before 小四, so the stage tested is P1–P3 (a three-grade stage, as 初中 is).
const HK_P1_P3: number[][] = [
  [49653, 50179, 52775], // 2010
  [51397, 49740, 50558], // 2011
  [54683, 51604, 50131], // 2012
  [59074, 54548, 51921], // 2013
  [61082, 58859, 54972], // 2014
  [60320, 60486, 58931], // 2015
  [61861, 59896, 60735], // 2016
  [65601, 61293, 60111], // 2017
  [66914, 64700, 61238], // 2018
  [60465, 66131, 64804], // 2019
  [59427, 58916, 64603], // 2020
];
// Hong Kong SAR, non-Chinese-speaking pupils in public-sector and DSS primary schools, 小一 … 小六,
// school years 2009/10 … 2014/15 (September), from the Education Bureau's replies to the
// Legislative Council Finance Committee (examination of the 2012-13 and 2015-16 estimates), as
// tabulated by the Hong Kong Council of Social Service:
// https://ycdi.hkspc.org/200910-201112學年按階段及級別劃分的非華語學生人數‡/
const HK_NCS_P1_P6: number[][] = [
  [1116, 1066, 1052, 1163, 1066, 1017], // 2009/10
  [1229, 1252, 1259, 1173, 1254, 1070], // 2010/11
  [1291, 1310, 1297, 1321, 1222, 1262], // 2011/12
  [1394, 1359, 1304, 1357, 1339, 1192], // 2012/13
  [1445, 1459, 1376, 1322, 1368, 1320], // 2013/14
  [1574, 1533, 1467, 1399, 1353, 1371], // 2014/15
];

describe('back-test on published enrolment by grade (Hong Kong SAR, Education Bureau)', () => {
  test('the sources add up: P1–P3 as printed; the NCS rows sum to the printed 小一至小六 totals', () => {
    // Printed totals 小一至小六: 6,480 7,237 7,703 7,945 8,290 8,697.
    expect(HK_NCS_P1_P6.map((r) => r.reduce((s, x) => s + x, 0))).toEqual([6480, 7237, 7703, 7945, 8290, 8697]);
  });

  test('P1–P3, 2010–2020: MAPE 1, 3 and 5 years ahead (mean, weighted, last)', () => {
    const table = Object.fromEntries(
      (['mean', 'weighted', 'last'] as const).map((m) => [m, [1, 3, 5].map((h) => backtest(HK_P1_P3, h, m))]),
    );
    // Forecasts per horizon: 11 years give 9, 7 and 5 origins.
    expect(table.mean.map((x) => x.forecasts)).toEqual([9, 7, 5]);
    // The numbers the closing note reports (measured, rounded to 0.01 %): a three-grade stage whose
    // cohorts move almost whole (ratios 0.98 … 1.02), the intake given, so errors stay small.
    for (const m of Object.keys(table)) {
      for (const x of table[m]) {
        expect(x.mape).toBeGreaterThan(0);
        expect(x.mape).toBeLessThan(0.03);
      }
    }
    // Measured (a regression guard, not a hand value): mean 0.45 %, 0.90 %, 1.20 %.
    expect(table.mean.map((x) => 100 * x.mape)).toEqual([expect.closeTo(0.45, 2), expect.closeTo(0.9, 2), expect.closeTo(1.2, 2)]);
    // Through the sheet function as well: the same number.
    expect(callEdu('BACKTEST', [HK_P1_P3, 3])).toBeCloseTo(table.mean[1].mape, 12);
    console.log('HK P1–P3 2010–2020 MAPE (1, 3, 5 years):', JSON.stringify(Object.fromEntries(Object.entries(table).map(([m, xs]) => [m, xs.map((x) => +(100 * x.mape).toFixed(2))]))));
  });

  test('NCS P1–P6, 2009/10–2014/15: MAPE 1 and 3 years ahead; 5 years needs 7 years of history', () => {
    const one = backtest(HK_NCS_P1_P6, 1);
    const three = backtest(HK_NCS_P1_P6, 3);
    expect([one.forecasts, three.forecasts]).toEqual([4, 2]);
    // A small, fast-growing group (non-Chinese-speaking pupils rose a third in five years): cohorts
    // gain pupils as they move up, so errors are larger than for the whole of Hong Kong.
    expect(one.mape).toBeGreaterThan(0);
    expect(three.mape).toBeGreaterThan(one.mape);
    // Measured: 3.51 % and 15.07 %.
    expect([100 * one.mape, 100 * three.mape]).toEqual([expect.closeTo(3.51, 2), expect.closeTo(15.07, 2)]);
    const five = callEdu('BACKTEST', [HK_NCS_P1_P6, 5]);
    expect(five).toMatchObject({ code: '#VALUE!', zh: expect.stringMatching(/至少需要连续7年/) });
    console.log('HK NCS P1–P6 MAPE (1, 3 years):', +(100 * one.mape).toFixed(2), +(100 * three.mape).toFixed(2));
  });
});
