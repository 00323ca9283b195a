/**
 * Conformance rows for forecasts fitted from history (issue 28): EDU.RATES, EDU.ENTRYRATE,
 * EDU.BACKTEST, EDU.SURPLUS, and EDU.COHORT reading the ratios RATES gives. Every expectation is
 * worked by hand in its `why` from the small history H below.
 */
import { BLANK, col, err, row, type Case, type Scalar } from './case';

// H: 4 years (oldest first) × 3 grades. Its progression ratios E(t+1, g+1) ÷ E(t, g):
//   1→2: 90/100 = 0.90, 95/100 = 0.95, 100/100 = 1.00
//   2→3: 100/100 = 1.00, 90/90 = 1.00, 114/95 = 1.20   (1.2: children moving in)
const H: Scalar[][] = [
  [100, 100, 100],
  [100, 90, 100],
  [100, 95, 90],
  [100, 100, 114],
];
// H0: the same ratios every year (0.9 then 0.95), no noise.
//   110·0.9 = 99, 100·0.95 = 95 (year 2 → 3); 120·0.9 = 108, 99·0.95 = 94.05 (year 3 → 4).
const H0: Scalar[][] = [
  [100, 100, 100],
  [110, 90, 95],
  [120, 99, 85.5],
  [130, 108, 94.05],
];

/** A one-row result, each value within 1e-12 of the hand value (thirds do not end in binary). */
function near(want: number[]) {
  return {
    matrix: (m: unknown[][]) => {
      expect(m.length).toBe(1);
      expect(m[0].length).toBe(want.length);
      m[0].forEach((v, i) => expect(Math.abs((v as number) - want[i])).toBeLessThanOrEqual(1e-12));
    },
  };
}

export const forecastCases: Case[] = [
  // ---- RATES: one row of G values, the last 1 (the top grade leaves the stage)
  { fn: 'RATES', args: [H], expect: near([0.95, 3.2 / 3, 1]), why: 'mean (default): (0.9 + 0.95 + 1)/3 = 0.95; (1 + 1 + 1.2)/3 = 1.0666…' },
  { fn: 'RATES', args: [H, 'mean'], expect: near([0.95, 3.2 / 3, 1]), why: '"mean" said outright is the default' },
  { fn: 'RATES', args: [H, 'last'], expect: near([1, 1.2, 1]), why: 'last: the latest pair only, 100/100 and 114/95' },
  { fn: 'RATES', args: [H, 'weighted'], expect: near([5.8 / 6, 1.1, 1]), why: 'weighted 1,2,3 ÷ 6: (0.9 + 2·0.95 + 3·1)/6 = 5.8/6 = 0.9666…; (1 + 2·1 + 3·1.2)/6 = 6.6/6 = 1.1' },
  { fn: 'RATES', args: [H, 'low'], expect: near([0.9, 1, 1]), why: 'low: the lowest year of each grade, 0.9 and 1' },
  { fn: 'RATES', args: [H, 'high'], expect: near([1, 1.2, 1]), why: 'high: the highest year of each grade, 1 and 1.2' },
  { fn: 'RATES', args: [H, '加权'], expect: near([5.8 / 6, 1.1, 1]), why: 'the Chinese word 加权 is weighted' },
  { fn: 'RATES', args: [H, BLANK], expect: near([0.95, 3.2 / 3, 1]), why: 'a blank method cell is the default mean' },
  { fn: 'RATES', args: [[['１００', '２００'], ['110', '９５']]], expect: near([0.95, 1]), why: 'numbers typed as text (full-width) are numbers: 95/100 = 0.95' },
  { fn: 'RATES', args: [[[BLANK, BLANK], [100, 200], [110, 95]]], expect: near([0.95, 1]), why: 'a wholly blank year at the top is a year not filled in: skipped' },
  { fn: 'RATES', args: [row(100, 90, 80)], expect: err('#VALUE!', /至少需要连续2年.*at least 2 consecutive years/), why: 'one year gives no ratio: a history too short' },
  { fn: 'RATES', args: [[[BLANK, BLANK], [100, 200]]], expect: err('#VALUE!', /只有1年/), why: 'after the blank top year only one year is left' },
  { fn: 'RATES', args: [[[100, 200], [BLANK, 95]]], expect: err('#VALUE!', /第2行第1列为空.*row 2, column 1 is blank/), why: 'a blank inside a given year is missing data, never 0' },
  { fn: 'RATES', args: [col(100, 110)], expect: err('#VALUE!', /至少需要2个年级/), why: 'one grade has nothing to progress to' },
  { fn: 'RATES', args: [[[0, 200], [110, 95]]], expect: err('#DIV/0!'), why: 'no pupils in grade 1 of year 1: 95/0' },
  { fn: 'RATES', args: [H, 'median'], expect: err('#VALUE!', /方法「median」/), why: 'an unknown method' },
  { fn: 'RATES', args: [[[100, -200], [110, 95]]], expect: err('#NUM!'), why: 'negative enrolment' },
  { fn: 'RATES', args: [[[100, 'abc'], [110, 95]]], expect: err('#VALUE!', /「abc」不是数字/), why: 'text that is no number' },

  // ---- COHORT reads what RATES spills (a ratio above 1 with no repetition)
  { fn: 'COHORT', args: [row(100, 100, 114), row(100), row(0.95, 1.1, 1)], expect: [[100, 95, 110]], why: 'RATES(H, "weighted")-like rates: 0.95·100, 1.1·100 (a ratio of 1.1 is read when no repetition is given)' },
  { fn: 'COHORT', args: [row(100, 90), row(110), row(1.2, 1), 0.05], expect: err('#NUM!'), why: 'a rate above 1 beside repetition would count pupils twice' },
  { fn: 'COHORT', args: [row(100, 90), row(110), 2.5], expect: err('#NUM!'), why: 'a cohort does not grow 2.5 times in a year: a typing error' },

  // ---- ENTRYRATE: mean of entrants ÷ births
  { fn: 'ENTRYRATE', args: [col(1000, 1200), col(980, 1200)], expect: 0.99, why: '(980/1000 + 1200/1200)/2 = (0.98 + 1)/2' },
  { fn: 'ENTRYRATE', args: [row(1000, 1250, 800), col(1000, 1300, 760)], expect: 2.99 / 3, why: 'a row beside a column: (1 + 1.04 + 0.95)/3 = 0.99666…' },
  { fn: 'ENTRYRATE', args: [col('1,000', '１２００'), col('980', 1200)], expect: 0.99, why: 'numbers typed as text' },
  { fn: 'ENTRYRATE', args: [1000, 1100], expect: 1.1, why: 'one year: 1100/1000 (children moving in)' },
  { fn: 'ENTRYRATE', args: [col(BLANK, BLANK, 1000, 1200), col(BLANK, BLANK, 980, 1200)], expect: 0.99, why: 'two years not filled in at the top are skipped (a template leaves room)' },
  { fn: 'ENTRYRATE', args: [col(BLANK, 1000, 1200), col(900, 980, 1200)], expect: err('#VALUE!', /出生人数的第1个值为空/), why: 'entrants without their births: missing data' },
  { fn: 'ENTRYRATE', args: [col(1000, 1200), col(980)], expect: err('#VALUE!', /出生人数有2个值，入学人数有1个/), why: 'years that do not pair up' },
  { fn: 'ENTRYRATE', args: [col(1000, BLANK), col(980, 1200)], expect: err('#VALUE!', /出生人数的第2个值为空/), why: 'a blank year is missing data' },
  { fn: 'ENTRYRATE', args: [col(0, 1200), col(980, 1200)], expect: err('#DIV/0!'), why: 'no births' },
  { fn: 'ENTRYRATE', args: [[[1, 2], [3, 4]], col(1, 2, 3, 4)], expect: err('#VALUE!', /应为一行或一列/), why: 'a 2 × 2 block is no list of years' },

  // ---- BACKTEST on H: MAPE of the stage total `horizon` years ahead
  {
    fn: 'BACKTEST', args: [H, 1], expect: (5 / 285 + 26.5 / 314) / 2,
    why: 'from year 2: rates (0.9, 1) → [100, 90, 90] = 280 vs 285, off 5/285; from year 3: rates (0.925, 1) → [100, 92.5, 95] = 287.5 vs 314, off 26.5/314; mean 0.050969…',
  },
  { fn: 'BACKTEST', args: [H, 2], expect: 34 / 314, why: 'from year 2 only: [100, 90, 90] then [100, 90, 90] = 280 vs 314' },
  { fn: 'BACKTEST', args: [H, 1, 'last'], expect: (5 / 285 + 24 / 314) / 2, why: 'last: from year 3 the rates are (0.95, 1) → [100, 95, 95] = 290 vs 314' },
  { fn: 'BACKTEST', args: [H0, 1], expect: 0, why: 'noise-free history: every forecast is exact' },
  { fn: 'BACKTEST', args: [H0, 2, 'weighted'], expect: 0, why: 'noise-free: exact two years ahead by any method' },
  { fn: 'BACKTEST', args: [H, '1'], expect: (5 / 285 + 26.5 / 314) / 2, why: 'a horizon typed as text' },
  { fn: 'BACKTEST', args: [H, 3], expect: err('#VALUE!', /至少需要连续5年.*at least 5 consecutive years/), why: '3 years ahead needs 2 years to fit + 3 to compare' },
  { fn: 'BACKTEST', args: [H, 0], expect: err('#NUM!'), why: 'a horizon of 0 years' },
  { fn: 'BACKTEST', args: [H, 1.5], expect: err('#NUM!'), why: 'a horizon must be whole years' },
  { fn: 'BACKTEST', args: [H, BLANK], expect: err('#VALUE!'), why: 'a blank horizon is missing, not 0' },
  { fn: 'BACKTEST', args: [H, 1, 'median'], expect: err('#VALUE!', /方法「median」/), why: 'an unknown method' },

  // ---- SURPLUS: MAX(0, supply − demand) × grades
  { fn: 'SURPLUS', args: [3800, 5000, 6], expect: 7200, why: 'the 玉泉区 shortfall turned round: 1200 empty a grade × 6' },
  { fn: 'SURPLUS', args: [5000, 3800], expect: 0, why: 'more demand than places: nothing empty' },
  { fn: 'SURPLUS', args: ['4,500', '５０００'], expect: 500, why: 'numbers typed as text: 5000 − 4500' },
  { fn: 'SURPLUS', args: [1.08e-74, 999999.9999999988], expect: 999999.999999999, why: 'found by a fresh fuzz sweep: 15 significant digits of 999999.9999999988; Math.log10(999999.999999999) is exactly 6, and HyperFormula’s own exporter made it 1000000' },
  { fn: 'SURPLUS', args: [4200, 4200, 3], expect: 0, why: 'exactly full' },
  { fn: 'SURPLUS', args: [3800, 5000, 2.5], expect: err('#NUM!'), why: 'grades must be whole' },
  { fn: 'SURPLUS', args: [-1, 3800], expect: err('#NUM!'), why: 'negative demand' },
  { fn: 'SURPLUS', args: [BLANK, 3800], expect: err('#VALUE!'), why: 'blank demand is missing, not 0' },
];
