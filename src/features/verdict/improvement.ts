/**
 * 补短测算 over school rows, for report.html and the pane's 达标汇总 (the improvement-plan template
 * computes the same in the sheet with the EDU functions): per school, the additions of its pass plan
 * (EDU.PASSPLAN without unit costs: each addition weighed as a share of what its standard asks) and
 * the additions that raise it to its stage's floor L on top (EDU.CVFLOOR over the values after the
 * pass plans); per stage the floors, and the county's totals. Pure.
 */
import { getIndicator } from '../../domain/catalog/index';
import { cvFloor } from '../../domain/core/cv-floor';
import { isMetricError } from '../../domain/core/errors';
import { needToReach } from '../../domain/core/need';
import { passPlan } from '../../domain/core/pass-plan';
import { RESOURCE_INDICATORS } from '../../domain/core/resource-indicators';
import { planStandards } from '../../domain/edu/pass-plan';
import type { SchoolFigures } from './types';
import { resourceRules, type ResourceStage } from './rules';

/** One school's additions, in the seven indicators' own things (teachers, m², 元, rooms). */
export interface SchoolPlan {
  school: string;
  stage: ResourceStage;
  /** The pass plan (6 of 7 met, the rest ≥ 85 %). */
  pass: number[];
  /** Up to the stage's floor L, on top of the pass plan. */
  balance: number[];
}

/** One stage: the floor per indicator (null when it cannot be computed), and its totals. */
export interface StagePlan {
  stage: ResourceStage;
  floors: (number | null)[];
  pass: number[];
  balance: number[];
}

export interface ImprovementSummary {
  /** Schools that need something, in the order given. */
  schools: SchoolPlan[];
  byStage: StagePlan[];
  /** The county's totals per indicator. */
  pass: number[];
  balance: number[];
  /** Schools no plan can be made for: a figure or the enrolment not reported. */
  unplanned: string[];
}

const zeros = () => [0, 0, 0, 0, 0, 0, 0];

/**
 * @example
 * // the school: 3 teachers and 100,000 元 to pass; alone in its stage, nothing to balance
 * const p = improvementPlan([{ name: '一小', stage: 'primary', students: 500, values: [3.0, 1, 0.9, 4.5, 7.5, 1800, 2.3] }]);
 * p.schools[0].pass; // [3, 0, 0, 0, 0, 100000, 0]
 */
export function improvementPlan(rows: SchoolFigures[]): ImprovementSummary {
  const out: ImprovementSummary = { schools: [], byStage: [], pass: zeros(), balance: zeros(), unplanned: [] };
  for (const stage of ['primary', 'junior'] as const) {
    const standards = planStandards(stage);
    const { minMet, floor, diffLimit } = resourceRules(stage);
    const planned: { row: SchoolFigures; n: number; pass: number[]; after: number[] }[] = [];
    for (const row of rows.filter((r) => r.stage === stage)) {
      const n = row.students;
      if (n === null || n <= 0 || row.values.some((v) => v === null)) {
        out.unplanned.push(row.name);
        continue;
      }
      const values = row.values as number[];
      const pass = passPlan(values, n, standards, minMet, floor);
      const after = values.map((v, i) => v + (pass[i] * standards[i].measure.per) / n);
      planned.push({ row, n, pass, after });
    }
    if (!planned.length) continue;
    const sp: StagePlan = { stage, floors: [], pass: zeros(), balance: zeros() };
    const balance = planned.map(() => zeros());
    RESOURCE_INDICATORS.forEach((_, i) => {
      let L: number | null = null;
      try {
        L = cvFloor(planned.map((p) => p.after[i]), planned.map((p) => p.n), diffLimit);
      } catch (e) {
        if (!isMetricError(e)) throw e;
      }
      sp.floors.push(L);
      planned.forEach((p, k) => {
        if (L !== null) balance[k][i] = needToReach(p.after[i], L, p.n, standards[i].measure);
        sp.pass[i] += p.pass[i];
        sp.balance[i] += balance[k][i];
      });
    });
    planned.forEach((p, k) => {
      if ([...p.pass, ...balance[k]].some((x) => x > 0)) out.schools.push({ school: p.row.name, stage, pass: p.pass, balance: balance[k] });
    });
    for (let i = 0; i < 7; i++) {
      out.pass[i] += sp.pass[i];
      out.balance[i] += sp.balance[i];
    }
    out.byStage.push(sp);
  }
  return out;
}

/** The seven things the additions count, with their units, in the standard's order. */
export const IMPROVEMENT_UNITS: { zh: string; en: string }[] = RESOURCE_INDICATORS.map((id) => {
  const u = getIndicator(id)!.unit.split('/')[0];
  return { zh: u, en: u === '人' ? 'teachers' : u === '间' ? 'rooms' : u === '元' ? 'yuan' : u };
});
