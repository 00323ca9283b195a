/**
 * Choosing the catalog row that applies: an indicator, a plan and maybe a stage in; the standard or
 * target in force out. When the plan has no row for the indicator its national standard applies,
 * and the result says so (`fallback`).
 */
import { MetricError } from '../core/errors';
import { stageFallbacks, stageName } from '../core/stage';
import { rowsOf } from './index';
import { activeLayer, type CatalogLayer } from './layer';
import { isGoalKind, type CatalogRow, type Indicator, type Plan, type Stage } from './types';

/** The row chosen, and whether it came from the national standard instead of the plan asked for. */
export interface Selected { row: CatalogRow; fallback: boolean }

/**
 * The threshold row for an indicator in a plan (standards first, else the plan's latest target).
 * Without a stage, the indicator must have a single stage (or an "all"/义务教育 row) in that plan.
 * @example
 * selectThreshold(resolveIndicator('生均用房'), resolvePlan(null), 'primary').row.value; // 4.5
 * selectThreshold(resolveIndicator('巩固率'), resolvePlan('南雄市')).row.value;           // 0.96
 */
export function selectThreshold(ind: Indicator, plan: Plan, stage?: Stage): Selected {
  // The catalog does not change while the program runs, and a county table asks the same few
  // questions on every row (MEETS of 生均用房 for 小学 …): each answer, or its error, is kept.
  const cache = cacheInForce();
  let byPlan = cache.get(ind);
  if (!byPlan) cache.set(ind, (byPlan = new Map()));
  let byStage = byPlan.get(plan);
  if (!byStage) byPlan.set(plan, (byStage = new Map()));
  let r = byStage.get(stage ?? '');
  if (!r) {
    try {
      r = Object.freeze(selectUncached(ind, plan, stage));
    } catch (e) {
      r = { error: e };
    }
    byStage.set(stage ?? '', r);
  }
  if ('error' in r) throw r.error;
  return r;
}
type Cache = Map<Indicator, Map<Plan, Map<string, Readonly<Selected> | { error: unknown }>>>;
const selected: Cache = new Map();
// A user's layer has its own answers (its plans, its province profile): kept with the layer, so
// one workbook's answers are never another's.
const layerCaches = new WeakMap<CatalogLayer, Cache>();
function cacheInForce(): Cache {
  const l = activeLayer();
  if (!l) return selected;
  let c = layerCaches.get(l);
  if (!c) layerCaches.set(l, (c = new Map()));
  return c;
}

/**
 * The plans that stand for the national standard, first first: the province profile the workbook
 * names (its 标准 rows override the national ones), then the national standards.
 * @example
 * nationalPlanIds(); // ['national'] with no province profile; ['user:河北省', 'national'] with one
 */
export function nationalPlanIds(): string[] {
  const p = activeLayer()?.profile;
  return p ? [p.plan, 'national'] : ['national'];
}

function selectUncached(ind: Indicator, plan: Plan, stage?: Stage): Selected {
  if (plan.id !== 'national') {
    const own = pick(rowsOf(ind.id).filter((r) => r.plan === plan.id && isGoalKind(r.kind)), ind, plan, stage);
    if (own) return { row: own, fallback: false };
  }
  for (const id of nationalPlanIds()) {
    const nat = pick(rowsOf(ind.id).filter((r) => r.plan === id && isGoalKind(r.kind)), ind, plan, stage);
    if (nat) return { row: nat, fallback: plan.id !== 'national' && plan.id !== id };
  }
  throw new MetricError(
    '#N/A',
    `「${ind.name}」在${plan.name}${stage ? `（${stageName(stage)}）` : ''}及国家标准中都没有标准或目标值`,
    `"${ind.name_en}" has no standard or target in ${plan.name_en}${stage ? ` (${stage})` : ''} or the national standards`,
  );
}

function pick(rows: CatalogRow[], ind: Indicator, plan: Plan, stage?: Stage): CatalogRow | null {
  if (rows.length === 0) return null;
  let forStage: CatalogRow[] = [];
  if (stage) {
    for (const s of stageFallbacks(stage)) {
      forStage = rows.filter((r) => r.stage === s);
      if (forStage.length) break;
    }
    if (!forStage.length) return null;
  } else {
    const stages = [...new Set(rows.map((r) => r.stage))];
    const chosen = stages.length === 1 ? stages[0] : (['all', 'compulsory'] as Stage[]).find((s) => stages.includes(s));
    if (!chosen) {
      throw new MetricError(
        '#VALUE!',
        `「${ind.name}」在${plan.name}按学段区分（${stages.map(stageName).join('、')}），请指定学段`,
        `"${ind.name_en}" differs by stage in ${plan.name_en} (${stages.join(', ')}); give a stage`,
      );
    }
    forStage = rows.filter((r) => r.stage === chosen);
  }
  return best(forStage);
}

/** Unscoped before scoped; a standing standard before a dated target; the latest target last wins. */
function best(rows: CatalogRow[]): CatalogRow {
  const rank = (r: CatalogRow) => (r.scope ? 1 : 0) * 1e6 + (r.kind === 'standard' ? 0 : 1) * 1e5 - (r.year ?? 0);
  return [...rows].sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * The target in force in `year`: the stated value for that year, linear between stated years, the
 * last stated value after the last year, #N/A before the first. A standing standard (no year) is in
 * force every year.
 * @example
 * // 南雄市 体质健康优良率: 2022 0.50, 2023 0.52 (每年提升2个百分点)
 * targetForYear(resolveIndicator('体质健康优良率'), resolvePlan('南雄市'), 2023).value; // 0.52
 */
export function targetForYear(ind: Indicator, plan: Plan, year: number, stage?: Stage): { value: number; fallback: boolean; rows: CatalogRow[] } {
  const order: [string, boolean][] = [
    ...(plan.id === 'national' ? [] : [[plan.id, false] as [string, boolean]]),
    ...nationalPlanIds().map((id) => [id, plan.id !== 'national' && plan.id !== id] as [string, boolean]),
  ];
  for (const [planId, fallback] of order) {
    const all = rowsOf(ind.id).filter((r) => r.plan === planId && isGoalKind(r.kind));
    if (!all.length) continue;
    const chosen = pick(all, ind, plan, stage);
    if (!chosen) continue;
    const rows = all.filter((r) => r.stage === chosen.stage && (r.scope ?? null) === (chosen.scope ?? null));
    const standing = rows.find((r) => r.year === null);
    const dated = rows.filter((r) => r.year !== null).sort((a, b) => (a.year as number) - (b.year as number));
    if (!dated.length) {
      if (standing) return { value: standing.value, fallback, rows: [standing] };
      continue;
    }
    const first = dated[0].year as number;
    if (year < first) {
      throw new MetricError(
        '#N/A',
        `${plan.name}「${ind.name}」最早的目标年份是${first}年，${year}年没有目标`,
        `${plan.name_en} "${ind.name_en}" has targets from ${first}; none for ${year}`,
      );
    }
    for (let i = 0; i < dated.length; i++) {
      const a = dated[i];
      const ay = a.year as number;
      if (ay === year) return { value: a.value, fallback, rows: [a] };
      const b = dated[i + 1];
      if (b && ay < year && year < (b.year as number)) {
        const t = (year - ay) / ((b.year as number) - ay);
        return { value: Number((a.value + t * (b.value - a.value)).toPrecision(15)), fallback, rows: [a, b] };
      }
    }
    const last = dated[dated.length - 1];
    return { value: last.value, fallback, rows: [last] };
  }
  throw new MetricError(
    '#N/A',
    `${plan.name}及国家标准中没有「${ind.name}」的目标值`,
    `no target for "${ind.name_en}" in ${plan.name_en} or the national standards`,
  );
}
