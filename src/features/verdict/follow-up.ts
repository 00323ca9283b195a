/**
 * The follow-up list: what the statistician sends back to the schools. Per resource indicator, the
 * schools that miss its standard and by how much (value, standard, gap, gap as a share of the
 * standard), worst first; and per school, the indicators it misses and whether it still passes the
 * 6-of-7 / 85% rule. A blank (未填报) is listed too, after the figures: a school that did not report
 * has not shown it meets the standard, and the return must be completed. Each school row is judged
 * by its own stage (a 一贯制 school's 小学部 row by 小学, its 初中部 row by 初中). Pure.
 */
import { getIndicator } from '../../domain/catalog/index';
import type { Direction } from '../../domain/catalog/types';
import { gap as gapOf, meets } from '../../domain/core/compare';
import { countMet } from '../../domain/core/count-met';
import { RESOURCE_INDICATORS } from '../../domain/core/resource-indicators';
import { schoolPass } from '../../domain/core/school-pass';
import { resourceRules, type ResourceStage } from './rules';
import type { SchoolFigures } from './types';

/** One school missing one indicator. */
export interface Miss {
  school: string;
  stage: ResourceStage;
  indicatorId: string;
  /** The indicator's name and unit as the catalog has them. */
  name: string;
  unit: string;
  direction: Direction;
  /** The school's figure; null when it did not report one (未填报). */
  value: number | null;
  standard: number;
  /** How far from the standard, in the indicator's unit (compare.ts gap); null for a blank. */
  gap: number | null;
  /** gap ÷ standard (0.187 = 18.7 % short); null for a blank or a zero standard. */
  gapShare: number | null;
}

/** One school's misses, for the list sent back to it. */
export interface SchoolMisses {
  school: string;
  stage: ResourceStage;
  /** How many of the seven it meets. */
  met: number;
  /** Whether it passes the school rule (≥ 6 of 7 met, the rest ≥ 85 % of the standard). */
  passes: boolean;
  /** In the standard's order. */
  misses: Miss[];
}

export interface FollowUp {
  /** 小学 then 初中, the indicators in the standard's order, within one indicator worst first. */
  byIndicator: Miss[];
  /** Schools with at least one miss: failing the school rule first, then more misses first. */
  bySchool: SchoolMisses[];
}

/** Worst first: the largest share of the standard missing; a blank after every figure. */
function worstFirst(a: Miss, b: Miss): number {
  const ka = a.gapShare ?? (a.value === null ? -1 : 0);
  const kb = b.gapShare ?? (b.value === null ? -1 : 0);
  return kb - ka;
}

/**
 * @example
 * // 生均体育运动场馆面积 (小学 ≥ 7.5): 6.1 misses by 7.5 − 6.1 = 1.4 m², 1.4 / 7.5 = 18.7 % of the standard
 * const f = followUp([{ name: 'XX小学', stage: 'primary', students: 500, values: [4.2, 1, 0.9, 4.5, 6.1, 2000, 2.3] }]);
 * [f.byIndicator[0].value, f.byIndicator[0].standard, f.byIndicator[0].gap]; // [6.1, 7.5, 1.4]
 * f.bySchool[0].met;    // 6
 * f.bySchool[0].passes; // false (6.1 / 7.5 = 81.3 % < 85 %)
 */
export function followUp(schools: SchoolFigures[]): FollowUp {
  const byIndicator: Miss[] = [];
  const bySchool: SchoolMisses[] = [];
  for (const stage of ['primary', 'junior'] as const) {
    const rules = resourceRules(stage);
    const rows = schools.filter((s) => s.stage === stage);
    const perIndicator: Miss[][] = RESOURCE_INDICATORS.map(() => []);
    for (const s of rows) {
      const misses: Miss[] = [];
      RESOURCE_INDICATORS.forEach((id, i) => {
        const std = rules.standards[i];
        const v = s.values[i];
        if (v !== null && meets(v, std.direction, std.value)) return;
        const ind = getIndicator(id)!;
        const g = v === null ? null : gapOf(v, std.direction, std.value);
        const m: Miss = {
          school: s.name, stage, indicatorId: id, name: ind.name, unit: ind.unit, direction: std.direction,
          value: v, standard: std.value, gap: g, gapShare: g === null || std.value === 0 ? null : g / Math.abs(std.value),
        };
        misses.push(m);
        perIndicator[i].push(m);
      });
      if (misses.length) {
        bySchool.push({
          school: s.name, stage, met: countMet(s.values, rules.standards),
          passes: schoolPass(s.values, rules.standards, rules.minMet, rules.floor), misses,
        });
      }
    }
    // Array.prototype.sort is stable: equal gaps keep the table's order.
    for (const list of perIndicator) byIndicator.push(...list.sort(worstFirst));
  }
  bySchool.sort((a, b) => Number(a.passes) - Number(b.passes) || b.misses.length - a.misses.length);
  return { byIndicator, bySchool };
}

const MISS_SYMBOL: Record<Direction, string> = { '>=': '<', '>': '≤', '<=': '>', '<': '≥', '=': '≠' };

// One formatter for every figure: toLocaleString with options builds a new Intl.NumberFormat on
// each call, which made report.html of 10,000 schools (≈40,000 misses) take 15 s instead of 2.
const FIGURE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A figure as the follow-up list shows it: at most two decimals. @example figure(2000); // '2,000' · figure(6.1333); // '6.13' */
export const figure = (x: number): string => FIGURE.format(Number(x.toFixed(2)));

/** A share as a percentage with one decimal. @example percent(0.18667); // '18.7%' */
export const percent = (x: number): string => `${Number((x * 100).toFixed(1))}%`;

/** The unit of a gap: the indicator's unit without its "per" part (m²/生 → m², 人/百名学生 → 人). */
const gapUnit = (unit: string): string => unit.split('/')[0];

/**
 * One miss as the line sent back to the school, Chinese or English.
 * @example
 * missText({ name: '生均体育运动场馆面积', unit: 'm²/生', direction: '>=', value: 6.1, standard: 7.5, gap: 1.4, gapShare: 0.18667 } as Miss, 'zh');
 * // '生均体育运动场馆面积 6.1 < 7.5，差 1.4 m²（18.7%）'
 * missText({ name: '生均教学仪器设备值', unit: '元/生', direction: '>=', value: null, standard: 2000, gap: null, gapShare: null } as Miss, 'zh');
 * // '生均教学仪器设备值 未填报（标准 ≥ 2,000）'
 */
export function missText(m: Miss, lang: 'zh' | 'en', name: string = m.name): string {
  const sym = m.direction.replace('>=', '≥').replace('<=', '≤');
  if (m.value === null || m.gap === null) {
    return lang === 'zh' ? `${name} 未填报（标准 ${sym} ${figure(m.standard)}）` : `${name} not reported (standard ${sym} ${figure(m.standard)})`;
  }
  const share = m.gapShare === null ? '' : lang === 'zh' ? `（${percent(m.gapShare)}）` : ` (${percent(m.gapShare)})`;
  const head = `${name} ${figure(m.value)} ${MISS_SYMBOL[m.direction]} ${figure(m.standard)}`;
  return lang === 'zh' ? `${head}，差 ${figure(m.gap)} ${gapUnit(m.unit)}${share}` : `${head}, short by ${figure(m.gap)} ${gapUnit(m.unit)}${share}`;
}
