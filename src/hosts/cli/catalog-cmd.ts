/**
 * `plan-metrics catalog [--plan P] [--stage S] [--search TEXT] [--json]`: the bundled catalog, as an
 * aligned table or as JSON rows.
 */
import { allRows, catalog } from '../../domain/catalog/index';
import { withCatalogLayer } from '../../domain/catalog/layer';
import { resolvePlan } from '../../domain/catalog/resolve';
import { KIND_LABELS, type CatalogRow } from '../../domain/catalog/types';
import { parseStage, stageFallbacks, stageName } from '../../domain/core/stage';
import { normalizeKey } from '../../domain/core/text';
import { formatTable } from './table-format';
import type { CommandResult } from './eval';

// The plan-file reader (xlsx, YAML) only when --catalog is given.
const ownPlan = () => require('../../features/own-plan/load') as typeof import('../../features/own-plan/load');

/**
 * The JSON shape of one row, as `--json` prints it.
 * @example
 * rowJson(catalog.rows[0]).source;
 * // { document: '《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)', clause: '第五条（一）第1项', file: null, quote: '每百名学生拥有…' }
 */
export function rowJson(r: CatalogRow) {
  return {
    id: r.id, plan: r.plan, name: r.name, name_hant: r.name_hant, name_en: r.name_en, stage: r.stage, kind: r.kind,
    year: r.year, value: r.value, unit: r.unit, direction: r.direction, scope: r.scope,
    // Every row says where its number comes from: a plan's document and file, a national row's document and clause.
    source: { document: r.source.document ?? null, clause: r.source.clause ?? null, file: r.source.file ?? null, quote: r.source.quote },
  };
}

/**
 * The rows matching the filters. Search looks in every spelling of the name and the quote.
 * @example
 * filterRows({ plan: '南雄市', search: '巩固' }).every((r) => r.plan === 'nanxiong'); // true
 */
export function filterRows(opts: { plan?: string; stage?: string; search?: string }): CatalogRow[] {
  const plan = opts.plan ? resolvePlan(opts.plan).id : null;
  const stages = opts.stage ? stageFallbacks(parseStage(opts.stage)) : null;
  const q = opts.search ? normalizeKey(opts.search) : null;
  const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
  return allRows().filter((r) => {
    if (plan && r.plan !== plan) return false;
    if (stages && !stages.includes(r.stage)) return false;
    if (q) {
      const ind = byId.get(r.indicator);
      const hay = [r.id, r.name, r.name_hant, r.name_en, r.source.quote, ...(ind ? [ind.name, ind.name_hant, ...ind.aliases] : [])];
      if (!hay.some((s) => normalizeKey(s).includes(q))) return false;
    }
    return true;
  });
}

function shown(r: CatalogRow): string {
  if (r.unit === '%') return `${Number((r.value * 100).toPrecision(12))}%`;
  return `${r.value}${r.unit && !r.unit.includes('/') ? ' ' + r.unit : ''}`;
}

/**
 * @example
 * runCatalog({ plan: 'national', search: '生均用房' }).stdout.includes('4.5'); // true
 */
export function runCatalog(opts: { plan?: string; stage?: string; search?: string; json?: boolean; catalog?: string[] }): CommandResult {
  // A user's own plan files (--catalog) are listed with the bundled rows.
  const rows = opts.catalog?.length ? withCatalogLayer(ownPlan().userLayer(null, { catalog: opts.catalog }), () => filterRows(opts)) : filterRows(opts);
  if (opts.json) return { stdout: JSON.stringify(rows.map(rowJson), null, 1), code: 0 };
  const table = [
    ['规划', '指标', '学段', '类别', '年份', '方向', '值', '范围', '原文'],
    ...rows.map((r) => [r.plan, r.name, stageName(r.stage), KIND_LABELS[r.kind][0], r.year === null ? '' : String(r.year), r.direction, shown(r), r.scope ?? '', r.source.quote]),
  ];
  return { stdout: `${formatTable(table)}\n(${rows.length} 行 / rows)`, code: 0 };
}
