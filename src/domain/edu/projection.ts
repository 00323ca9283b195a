/**
 * Enrolment projection and place planning (学位供需预测): EDU.COHORT, EDU.ENTRANTS, EDU.PLACESNEEDED,
 * EDU.CLASSESBYYEAR, EDU.STAFFBYYEAR and EDU.NEWSCHOOLS. The math is in src/domain/core; here the ranges
 * are read (a row or a column alike), rates given once or per grade, and defaults taken from the
 * catalog. Results are laid out one row per year; grades (where there are several) across.
 */
import { getIndicator } from '../catalog/index';
import { resolvePlan } from '../catalog/resolve';
import { selectThreshold } from '../catalog/select';
import type { Stage } from '../catalog/types';
import { classesByYear } from '../core/classes-by-year';
import { cohort } from '../core/cohort';
import { entrants } from '../core/entrants';
import { MetricError } from '../core/errors';
import { newSchools } from '../core/new-schools';
import { parseNumber, type CellInput } from '../core/parse';
import { placesNeeded } from '../core/places-needed';
import { staffByYear } from '../core/staff-by-year';
import { num, optNum, stage as readStage, toMatrix, type Arg } from './args';

/** A national default for a stage (standard class size, students per staff member). */
function nationalDefault(indicatorId: string, stage: Stage): number {
  return selectThreshold(getIndicator(indicatorId)!, resolvePlan('national'), stage).row.value;
}

const zh = (what: string) => what.split(' / ')[0];
const en = (what: string) => what.split(' / ')[1] ?? what;

/** A range that must be one row or one column (or one cell), read in order. */
function vector(x: Arg, what: string): CellInput[] {
  const m = toMatrix(x, what);
  if (m.length === 1) return m[0];
  if (m[0].length === 1) return m.map((r) => r[0]);
  throw new MetricError('#VALUE!', `${zh(what)}应为一行或一列，不是${m.length}行${m[0].length}列的区域`, `${en(what)} must be one row or one column, not ${m.length} × ${m[0].length}`);
}

/** Numbers of a vector; a blank inside is missing data (#VALUE! naming its place), never 0. */
function numbers(xs: CellInput[], what: string): number[] {
  return xs.map((x, i) => {
    const n = parseNumber(x, what);
    if (n === null) throw new MetricError('#VALUE!', `${zh(what)}的第${i + 1}个值为空`, `${en(what)}: value ${i + 1} is blank`);
    return n;
  });
}

/** A matrix of numbers, one row per year; a blank inside is #VALUE! naming row and column. */
function numberMatrix(x: Arg, what: string): number[][] {
  return toMatrix(x, what).map((r, i) =>
    r.map((c, j) => {
      const n = parseNumber(c, what);
      if (n === null) throw new MetricError('#VALUE!', `${zh(what)}第${i + 1}行第${j + 1}列为空`, `${en(what)}: row ${i + 1}, column ${j + 1} is blank`);
      return n;
    }),
  );
}

/**
 * A rate given once (a value, or one cell) or once per grade (a row or column of `n`). Omitted or a
 * blank single cell: `fallback` for every grade. Percent text ("98%") reads as 0.98.
 */
function rates(x: Arg, what: string, n: number, fallback: number): number[] {
  const xs = x === undefined || x === null ? [null] : vector(x, what);
  if (xs.length === 1) return new Array<number>(n).fill(parseNumber(xs[0], what) ?? fallback);
  if (xs.length !== n) {
    throw new MetricError('#VALUE!', `${zh(what)}有${xs.length}个值，应为1个或每个年级1个（共${n}个）`, `${en(what)} has ${xs.length} values: give 1, or one per grade (${n})`);
  }
  return numbers(xs, what);
}

/**
 * EDU.COHORT(current, intakes, [promotion], [repetition]): projected enrolment by grade, one row per
 * coming year (as many as `intakes`), one column per grade (as many as `current`). `current` and
 * `intakes` may be rows or columns. Promotion defaults to 1 and repetition to 0, given once or per
 * grade; each must lie in [0, 1] and their sum per grade ≤ 1 (#NUM! otherwise).
 * @example
 * COHORT([[100, 90, 80]], [[110, 120]]); // [[110, 100, 90], [120, 110, 100]]
 * COHORT([[100, 90, 80]], [[110]], '90%'); // [[110, 90, 81]]
 */
export function COHORT(current: Arg, intakes: Arg, promotion?: Arg, repetition?: Arg): number[][] {
  const cur = numbers(vector(current, '在校生 / current enrolment'), '在校生 / current enrolment');
  const ins = numbers(vector(intakes, '招生数 / intakes'), '招生数 / intakes');
  const G = cur.length;
  return cohort(cur, ins, rates(promotion, '升级率 / promotion', G, 1), rates(repetition, '留级率 / repetition', G, 0));
}

/**
 * EDU.ENTRANTS(births, [rate]): entrants = births × entry rate, cell by cell, spilled in the shape of
 * `births`. Put the births of year t − 6 on the line of school year t. The rate (default 1) is one
 * value or one per cell of `births`; it may exceed 1 where children move in.
 * @example
 * ENTRANTS([[5000], [5200]], 0.98); // [[4900], [5096]]
 */
export function ENTRANTS(births: Arg, rate?: Arg): number[][] {
  const b = numberMatrix(births, '出生人数 / births');
  const cells = b.length * b[0].length;
  let r: number[][];
  const given = rate === undefined || rate === null ? [[null]] : toMatrix(rate, '入学系数 / entry rate');
  if (given.length === 1 && given[0].length === 1) {
    const one = parseNumber(given[0][0], '入学系数 / entry rate') ?? 1;
    r = b.map((row) => row.map(() => one));
  } else if (given.length === b.length && given[0].length === b[0].length) {
    r = numberMatrix(given, '入学系数 / entry rate');
  } else {
    throw new MetricError('#VALUE!', `入学系数应为1个值或与出生人数同样大小（${b.length}行${b[0].length}列，共${cells}个）`, `the entry rate must be one value or the same size as births (${b.length} × ${b[0].length})`);
  }
  return b.map((row, i) => row.map((n, j) => entrants(n, r[i][j])));
}

/**
 * EDU.PLACESNEEDED(enrolment): places needed per year, the sum of each row of an enrolment table
 * (one row per year, one column per grade — the spill of EDU.COHORT). Spills one column.
 * @example
 * PLACESNEEDED([[110, 100, 90], [120, 110, 100]]); // [[300], [330]]
 */
export function PLACESNEEDED(enrolment: Arg): number[][] {
  return placesNeeded(numberMatrix(enrolment, '在校生 / enrolment')).map((n) => [n]);
}

/**
 * EDU.CLASSESBYYEAR(enrolment, stage, [size]): classes needed per year, each grade rounded up on
 * its own and summed; size defaults to the stage's standard class size (小学 45, 初中 50).
 * @example
 * CLASSESBYYEAR([[46, 46], [90, 45]], '小学'); // [[4], [3]]
 */
export function CLASSESBYYEAR(enrolment: Arg, stage: Arg, size?: Arg): number[][] {
  const s = readStage(stage);
  const m = numberMatrix(enrolment, '在校生 / enrolment');
  return classesByYear(m, optNum(size, '班额 / size') ?? nationalDefault('standard_class_size', s)).map((n) => [n]);
}

/**
 * EDU.STAFFBYYEAR(enrolment, stage, [ratio]): 教职工 needed per year, the year's total enrolment ÷
 * students per staff member, rounded up; ratio defaults to 小学 19, 初中 13.5, 高中 12.5.
 * @example
 * STAFFBYYEAR([[500, 450], [475, 475]], '小学'); // [[50], [50]]
 */
export function STAFFBYYEAR(enrolment: Arg, stage: Arg, ratio?: Arg): number[][] {
  const s = readStage(stage);
  const m = numberMatrix(enrolment, '在校生 / enrolment');
  return staffByYear(m, optNum(ratio, '师生比 / ratio') ?? nationalDefault('students_per_staff', s)).map((n) => [n]);
}

/**
 * EDU.NEWSCHOOLS(shortfall, school_size): schools of `school_size` places needed to close a place
 * shortfall, rounded up.
 * @example
 * NEWSCHOOLS(7200, 2160); // 4
 */
export function NEWSCHOOLS(shortfall: Arg, schoolSize: Arg): number {
  return newSchools(num(shortfall, '学位缺口 / shortfall'), num(schoolSize, '学校规模 / school size'));
}
