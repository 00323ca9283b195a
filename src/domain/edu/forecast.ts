/**
 * Forecasts fitted from a bureau's own past (学位预测): EDU.RATES (grade progression ratios from an
 * enrolment history), EDU.ENTRYRATE (entrants ÷ births), EDU.BACKTEST (how far such forecasts were
 * off) and EDU.SURPLUS (empty places, the mirror of EDU.SHORTFALL). The maths is in src/domain/core;
 * here the ranges are read as the project reads them everywhere: numbers typed as text are numbers
 * (１２０, 1,200), a blank inside the data is missing (#VALUE! naming its place), never 0.
 */
import { backtest } from '../core/backtest';
import { entryRate } from '../core/entry-rate';
import { MetricError } from '../core/errors';
import { fitRates, type RatesMethod } from '../core/fit-rates';
import { parseNumber, parseText, type CellInput } from '../core/parse';
import { surplus } from '../core/surplus';
import { num, optNum, scalar, toMatrix, type Arg } from './args';

const HISTORY = '历史在校生 / enrolment history';

/**
 * An enrolment history: a row per year (oldest first), a column per grade. Rows wholly blank at
 * the top are years not filled in (a template leaves room for more years than a bureau may have)
 * and are skipped; any other blank is missing data.
 * @example
 * historyMatrix([[null, null], [100, 90], ['１１０', '95']]); // [[100, 90], [110, 95]]
 */
export function historyMatrix(x: Arg): number[][] {
  const m = toMatrix(x, HISTORY);
  const blank = (c: CellInput) => parseNumber(c, HISTORY) === null;
  let first = 0;
  while (first < m.length && m[first].every(blank)) first++;
  return m.slice(first).map((r, i) =>
    r.map((c, j) => {
      const n = parseNumber(c, HISTORY);
      if (n === null) throw new MetricError('#VALUE!', `历史在校生第${first + i + 1}行第${j + 1}列为空`, `enrolment history: row ${first + i + 1}, column ${j + 1} is blank`);
      return n;
    }),
  );
}

// The words a sheet may use for each method (English or Chinese), lower case.
const METHOD_WORDS: Record<string, RatesMethod> = {
  mean: 'mean', average: 'mean', 平均: 'mean', 均值: 'mean',
  last: 'last', latest: 'last', 最近: 'last', 最近一年: 'last',
  weighted: 'weighted', 加权: 'weighted',
  low: 'low', min: 'low', 低: 'low', 最低: 'low',
  high: 'high', max: 'high', 高: 'high', 最高: 'high',
};

/**
 * The method argument: blank or omitted is "mean".
 * @example
 * method('Weighted'); // 'weighted'
 * method(undefined);  // 'mean'
 */
export function method(x: Arg): RatesMethod {
  const t = parseText(scalar(x, '方法 / method'));
  if (t === null) return 'mean';
  const m = METHOD_WORDS[t.toLowerCase()];
  if (!m) throw new MetricError('#VALUE!', `方法「${t}」应为 mean（平均）、last（最近一年）、weighted（加权）、low（最低）或 high（最高）`, `method "${t}" must be mean, last, weighted, low or high`);
  return m;
}

/** A range that must be one row or one column, read in order. */
function line(x: Arg, what: string): CellInput[] {
  const m = toMatrix(x, what);
  if (m.length === 1) return m[0];
  if (m[0].length === 1) return m.map((r) => r[0]);
  throw new MetricError('#VALUE!', `${what.split(' / ')[0]}应为一行或一列`, `${what.split(' / ')[1]} must be one row or one column`);
}

/** The numbers of a line; a blank inside is missing data, named by its place (after `skipped`). */
function numbers(xs: CellInput[], what: string, skipped = 0): number[] {
  return xs.map((c, i) => {
    const n = parseNumber(c, what);
    if (n === null) throw new MetricError('#VALUE!', `${what.split(' / ')[0]}的第${skipped + i + 1}个值为空`, `${what.split(' / ')[1]}: value ${skipped + i + 1} is blank`);
    return n;
  });
}

/**
 * EDU.RATES(history, [method]): grade progression ratios E(t+1, g+1) ÷ E(t, g) fitted from an
 * enrolment history (a row per year, oldest first, a column per grade; at least two years),
 * spilled as one row of G values — the rate from each grade to the next, and 1 for the top grade,
 * whose pupils leave — so that EDU.COHORT(current, intakes, EDU.RATES(history)) projects with them.
 * Method: "mean" (default), "last", "weighted" (weights 1 … n, recent years more), "low" or "high"
 * (the lowest or highest year of each grade: the scenario band).
 * @example
 * RATES([[100, 90, 80], [110, 98, 90], [120, 99, 98]]);          // [[0.94, 1, 1]]
 * RATES([[100, 90, 80], [110, 98, 90], [120, 99, 98]], 'last');  // [[0.9, 1, 1]]
 */
export function RATES(history: Arg, how?: Arg): number[][] {
  return [fitRates(historyMatrix(history), method(how))];
}

/**
 * EDU.ENTRYRATE(births, entrants): the mean over the years of entrants ÷ births, the births on
 * the line of the year those children enter (births of t − 6 beside entrants of t, as
 * EDU.ENTRANTS reads them). Rows or columns of the same length; years blank on both sides at the
 * top are years not filled in and are skipped.
 * @example
 * ENTRYRATE([[1000], [1200]], [[980], [1200]]); // 0.99
 */
export function ENTRYRATE(births: Arg, entrants: Arg): number {
  const b = line(births, BIRTHS);
  const e = line(entrants, ENTRANTS);
  // Years blank on both sides at the top are years not filled in, as in a history (RATES).
  let first = 0;
  while (first < b.length && first < e.length - 1 && parseNumber(b[first], BIRTHS) === null && parseNumber(e[first], ENTRANTS) === null) first++;
  return entryRate(numbers(b.slice(first), BIRTHS, first), numbers(e.slice(first), ENTRANTS, first));
}
const BIRTHS = '出生人数 / births';
const ENTRANTS = '入学人数 / entrants';

/**
 * EDU.BACKTEST(history, horizon, [method]): the mean absolute percentage error (a fraction) of the
 * stage's total enrolment forecast `horizon` years ahead from each past year, the rates fitted by
 * `method` on the years up to it only, the real 一年级 of each year as its intake. Needs
 * horizon + 2 years of history.
 * @example
 * BACKTEST([[100, 100], [100, 90], [100, 90]], 1); // 0 (the ratio was 0.9 both years)
 */
export function BACKTEST(history: Arg, horizon: Arg, how?: Arg): number {
  return backtest(historyMatrix(history), num(horizon, '预测年数 / horizon'), method(how)).mape;
}

/**
 * EDU.SURPLUS(demand, supply, [grades]): empty places, MAX(0, supply − demand) × grades — the
 * mirror of EDU.SHORTFALL.
 * @example
 * SURPLUS(3800, 5000, 6); // 7200
 */
export function SURPLUS(demand: Arg, supply: Arg, grades?: Arg): number {
  return surplus(num(demand, '需求 / demand'), num(supply, '学位数 / supply'), optNum(grades, '年级数 / grades', 1));
}
