/**
 * The catalog as the pane shows it: search by 简体, 繁體 or English (a substring of the row's and
 * the indicator's names, aliases or id, folded the way every lookup folds text), filtered by plan
 * and stage, and each row's value, direction, unit, year and source as display text. Pure: no DOM,
 * no Office, so it is tested directly.
 */
import { catalog, getIndicator, getPlan } from '../../domain/catalog/index';
import { activeLayer } from '../../domain/catalog/layer';
import { KIND_LABELS, type CatalogRow, type Direction, type Stage } from '../../domain/catalog/types';
import { normalizeKey } from '../../domain/core/text';
import { stageFallbacks, stageName } from '../../domain/core/stage';
import type { Lang } from './i18n';

/** What the user asked for. An empty plan or stage means "all". */
export interface CatalogQuery { text: string; plan?: string; stage?: Stage | '' }

// Each row's searchable keys, folded once: the catalog is small (≈150 rows) but typing re-searches.
const KEYS = new Map<CatalogRow, string[]>();
for (const r of catalog.rows) KEYS.set(r, keysOf(r));
function keysOf(r: CatalogRow): string[] {
  const ind = getIndicator(r.indicator);
  const names = [r.name, r.name_hant, r.name_en, r.indicator, r.id];
  if (ind) names.push(ind.name, ind.name_hant, ind.name_en, ...ind.aliases);
  return [...new Set(names.map(normalizeKey).filter(Boolean))];
}

// Rows in a stable, useful order: national first, then plans in catalog order, then by indicator
// in catalog order, stage and year.
const PLAN_ORDER = new Map(catalog.plans.map((p, i) => [p.id, p.id === 'national' ? -1 : i]));
const IND_ORDER = new Map(catalog.indicators.map((x, i) => [x.id, i]));
const STAGE_ORDER: Stage[] = ['all', 'preschool', 'compulsory', 'primary', 'junior', 'nine_year', 'senior', 'twelve_year', 'special', 'vocational'];
const SORTED = [...catalog.rows].sort(
  (a, b) =>
    (PLAN_ORDER.get(a.plan) ?? 99) - (PLAN_ORDER.get(b.plan) ?? 99) ||
    (IND_ORDER.get(a.indicator) ?? 999) - (IND_ORDER.get(b.indicator) ?? 999) ||
    STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) ||
    (a.year ?? 0) - (b.year ?? 0),
);

/**
 * The catalog rows matching a query.
 * @example
 * searchCatalog({ text: '生均' }).length > 0;                              // true
 * searchCatalog({ text: '生均教學' })[0].indicator;                         // 'teaching_space_per_student'
 * searchCatalog({ text: 'teaching space', plan: 'national', stage: 'junior' })[0].value; // 5.8
 */
export function searchCatalog(q: CatalogQuery): CatalogRow[] {
  const key = normalizeKey(q.text ?? '');
  const stages = q.stage ? new Set<Stage>(stageFallbacks(q.stage)) : null;
  // The workbook's own plan (its 「规划目标」 sheet, loaded by the pane) comes first.
  const own = activeLayer()?.rows ?? [];
  return [...own, ...SORTED].filter((r) => {
    if (q.plan && r.plan !== q.plan) return false;
    if (stages && !stages.has(r.stage)) return false;
    if (!key) return true;
    return (KEYS.get(r) ?? keysOf(r)).some((k) => k.includes(key));
  });
}

const DIR_TEXT: Record<Direction, { zh: string; en: string }> = {
  '>=': { zh: '不低于', en: 'at least' },
  '>': { zh: '高于', en: 'above' },
  '<=': { zh: '不超过', en: 'at most' },
  '<': { zh: '低于', en: 'below' },
  '=': { zh: '等于', en: 'equal to' },
};

/**
 * A direction as words (the symbol is part of the threshold text). @example directionText('<=', 'zh'); // '不超过'
 */
export function directionText(d: Direction, lang: Lang): string {
  return DIR_TEXT[d][lang];
}

/**
 * A value in its unit for display: percentages (stored as fractions) as %, others as numbers with
 * thousands separators; no rounding beyond what the catalog states (at most 4 decimals).
 * @example
 * formatValue(0.96, '%');      // '96%'
 * formatValue(0.855, '%');     // '85.5%'
 * formatValue(2000, '元/生');  // '2,000 元/生'
 * formatValue(4.5, 'm²/生');   // '4.5 m²/生'
 */
export function formatValue(value: number, unit: string): string {
  if (unit === '%') return `${trim(value * 100)}%`;
  const n = trim(value);
  return unit ? `${n} ${unit}` : n;
}

function trim(x: number): string {
  const r = Number(x.toFixed(4));
  return r.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/** A catalog row as the pane displays it. */
export interface RowView {
  name: string;
  plan: string;
  stage: string;
  kind: string;
  threshold: string;
  direction: string;
  unit: string;
  year: string;
  source: string;
  quote: string;
}

/**
 * The display texts of one row (names in the pane's language; the quote always verbatim Chinese).
 * @example
 * const v = rowView(searchCatalog({ text: '生均教学及辅助用房面积', plan: 'national', stage: 'primary' })[0], 'zh');
 * v.threshold; // '≥ 4.5 m²/生'
 */
export function rowView(r: CatalogRow, lang: Lang): RowView {
  const plan = getPlan(r.plan);
  return {
    name: lang === 'zh' ? r.name : r.name_en,
    // A plan the user brought is marked as theirs.
    plan: plan ? (lang === 'zh' ? plan.name : plan.name_en) + (plan.user ? (lang === 'zh' ? '（本工作簿）' : ' (this workbook)') : '') : r.plan,
    stage: lang === 'zh' ? stageName(r.stage) : r.stage,
    kind: KIND_LABELS[r.kind][lang === 'zh' ? 0 : 1],
    threshold: `${r.direction === '=' ? '=' : r.direction.replace('>=', '≥').replace('<=', '≤')} ${formatValue(r.value, r.unit)}`,
    direction: directionText(r.direction, lang),
    unit: r.unit === '%' ? '%' : r.unit,
    year: r.year === null ? (lang === 'zh' ? '长期' : 'standing') : String(r.year),
    source: [r.source.document, r.source.clause].filter(Boolean).join(' '),
    quote: r.source.quote,
  };
}
