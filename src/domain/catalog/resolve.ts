/**
 * Finding an indicator or a plan from what a person typed: id, 简体, 繁體, English or alias,
 * ignoring case, spaces and full/half-width forms. An unknown name is #N/A naming the closest ones.
 */
import { MetricError } from '../core/errors';
import { normalizeKey } from '../core/text';
import { allPlans, catalog, getIndicator, getPlan } from './index';
import { activeLayer } from './layer';
import type { Indicator, Plan } from './types';

/**
 * The indicator `name` refers to.
 * @example
 * resolveIndicator('生均用房').id;           // 'teaching_space_per_student'
 * resolveIndicator('生均教學及輔助用房面積').id; // 'teaching_space_per_student'
 * resolveIndicator('生均用地');              // throws MetricError #N/A 找不到指标… 最接近：…
 */
export function resolveIndicator(name: string): Indicator {
  const key = normalizeKey(name);
  const id = catalog.keys[key];
  const ind = id ? getIndicator(id) : userIndicator(key);
  if (ind) return ind;
  const near = closestIndicators(name, 3);
  throw new MetricError(
    '#N/A',
    `找不到指标「${name}」${near.length ? `，最接近：${near.map((i) => i.name).join('、')}` : ''}`,
    `no indicator "${name}"${near.length ? `; closest: ${near.map((i) => i.name_en).join('; ')}` : ''}`,
  );
}

// A name the bundled catalog does not know may be one of the user's own indicators.
function userIndicator(key: string): Indicator | undefined {
  return activeLayer()?.indicators.find((i) => [i.id, i.name, i.name_hant, i.name_en, ...i.aliases].some((s) => normalizeKey(s) === key));
}

/**
 * The indicators whose names look most like `name` (character-bigram overlap), best first.
 * @example
 * closestIndicators('生均仪器值', 1)[0].id; // 'equipment_value_per_student'
 */
export function closestIndicators(name: string, n: number): Indicator[] {
  const q = grams(normalizeKey(name));
  if (q.size === 0) return [];
  const scored: { ind: Indicator; score: number }[] = [];
  for (const ind of catalog.indicators) {
    let best = 0;
    for (const g of gramsOf(ind)) {
      let common = 0;
      for (const x of q) if (g.has(x)) common++;
      best = Math.max(best, (2 * common) / (q.size + g.size));
    }
    if (best > 0.2) scored.push({ ind, score: best });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, n).map((s) => s.ind);
}

// The bigrams of every name of every indicator, made once: an unknown name on every row of a
// table would otherwise rebuild them for all 212 indicators on each call.
const indicatorGrams = new Map<Indicator, Set<string>[]>();
function gramsOf(ind: Indicator): Set<string>[] {
  let g = indicatorGrams.get(ind);
  if (!g) indicatorGrams.set(ind, (g = [ind.name, ind.name_hant, ind.name_en, ind.id, ...ind.aliases].map((s) => grams(normalizeKey(s)))));
  return g;
}

function grams(s: string): Set<string> {
  const chars = [...s];
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return out;
}

const PLAN_KEYS = new Map<string, string>();
for (const p of catalog.plans) {
  for (const s of [p.id, p.name, p.name_hant, p.name_en, p.document]) PLAN_KEYS.set(normalizeKey(s), p.id);
  // 南雄 for 南雄市, 玉泉 for 玉泉区, 塔城 for 塔城地区: people drop the administrative suffix.
  const short = p.name.replace(/(地区|区|市|县)$/, '');
  if (short !== p.name) PLAN_KEYS.set(normalizeKey(short), p.id);
  const shortHant = p.name_hant.replace(/(地區|區|市|縣)$/, '');
  if (shortHant !== p.name_hant) PLAN_KEYS.set(normalizeKey(shortHant), p.id);
}
PLAN_KEYS.set(normalizeKey('国家'), 'national');
PLAN_KEYS.set(normalizeKey('國家'), 'national');
PLAN_KEYS.set(normalizeKey('國家標準'), 'national');

/**
 * The plan `name` refers to; a blank means `national`.
 * @example
 * resolvePlan('南雄市').id; // 'nanxiong'
 * resolvePlan('塔城地區').id; // 'tacheng'
 * resolvePlan(null).id;     // 'national'
 */
export function resolvePlan(name: string | null | undefined): Plan {
  // A user's own plan (the workbook's 「规划目标」 sheet) comes first: the user brought it.
  const own = name == null || name.trim() === '' ? undefined : userPlan(normalizeKey(name));
  if (own) return own;
  const id = name == null || name.trim() === '' ? 'national' : PLAN_KEYS.get(normalizeKey(name));
  const plan = id ? getPlan(id) : undefined;
  if (plan) return plan;
  const plans = allPlans();
  throw new MetricError(
    '#N/A',
    `找不到规划「${name}」，可用：${plans.map((p) => p.name).join('、')}`,
    `no plan "${name}"; use one of ${plans.map((p) => p.id).join(', ')}`,
  );
}

function userPlan(key: string): Plan | undefined {
  return activeLayer()?.plans.find((p) => [p.id, p.name, p.name_hant, p.name_en].some((s) => normalizeKey(s) === key));
}
