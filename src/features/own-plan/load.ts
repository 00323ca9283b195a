/**
 * Finding the plan a user brings: the 「规划目标」 sheet of a workbook, or a `--catalog FILE` (an .xlsx
 * with that sheet, or a YAML file in the seeds' own format), read into a layer over the bundled
 * catalog (src/domain/catalog/layer.ts). The rows are read by one reader (readPlanSheet), whichever
 * way they came.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as YamlModule from 'yaml';
import { mergeLayers, type CatalogLayer } from '../../domain/catalog/layer';
import { applyProfile, isTrackerNotPlan, PLAN_SHEET_NAMES, readPlanSheet, type PlanCell } from '../../domain/catalog/user-plan';
import { normalizeKey } from '../../domain/core/text';
import { openXlsx } from '../../xlsx/open';
import { readWorkbook } from '../../xlsx/read';
import { WorkbookError } from '../../xlsx/errors';
import type { SheetData, WorkbookData } from '../../xlsx/types';

/**
 * The workbook's plan sheets, 「规划目标」 first, then 「規劃目標」, then `Plan targets`.
 * @example
 * planSheetsOf(readWorkbook(openXlsx(bytes)))[0]?.name; // '规划目标'
 */
export function planSheetsOf(wb: WorkbookData): SheetData[] {
  const out: SheetData[] = [];
  for (const n of PLAN_SHEET_NAMES) {
    const s = wb.sheets.find((x) => x.kind === 'worksheet' && normalizeKey(x.name) === normalizeKey(n));
    if (s) out.push(s);
  }
  return out;
}

/**
 * A sheet's values as rows of cells (an error cell as its code).
 * @example
 * sheetGrid(sheet)[0][1]; // '指标'
 */
export function sheetGrid(sheet: SheetData): PlanCell[][] {
  const grid: PlanCell[][] = [];
  for (const c of sheet.cells) {
    const v = c.value;
    if (v === null) continue;
    (grid[c.row] ??= [])[c.col] = typeof v === 'object' ? v.error : v;
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid;
}

/**
 * The layer a workbook brings (null when it has no plan sheet).
 * @example
 * layerOfWorkbook(wb)?.rows.length; // the plan sheet's readable rows
 */
export function layerOfWorkbook(wb: WorkbookData): CatalogLayer | null {
  for (const s of planSheetsOf(wb)) {
    const layer = readPlanSheet(s.name, sheetGrid(s));
    // 'Plan targets' is also the English plan tracker's sheet name: a sheet of that name without
    // the plan's header row is not a plan sheet, and no finding.
    if (isTrackerNotPlan(s.name, layer)) continue;
    return layer;
  }
  return null;
}

/**
 * Reads `--catalog FILE`: an .xlsx with a 「规划目标」 sheet, or a YAML file in the seeds' format
 * (`plan:` the plan's name; `rows:` with indicator, stage, kind, year, value, direction, unit, quote;
 * `trajectories:` with points).
 * @example
 * loadCatalogFile('plan.xlsx').plans[0].name; // '某某县'
 * loadCatalogFile('plan.yaml').rows.length;    // its rows
 */
export function loadCatalogFile(file: string): CatalogLayer {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new WorkbookError('not-found', `找不到规划文件：${file}`, `no such plan file: ${file}`);
  }
  if (/\.ya?ml$/i.test(file)) return readPlanYaml(path.basename(file), bytes.toString('utf8'));
  const wb = readWorkbook(openXlsx(bytes));
  const layer = layerOfWorkbook(wb);
  if (!layer) {
    throw new WorkbookError('not-found', `${file} 中没有「规划目标」工作表`, `${file} has no 规划目标 (Plan targets) sheet`);
  }
  return layer;
}

interface YamlRow { indicator?: string; stage?: string; kind?: string; year?: number | null; value?: unknown; direction?: string; unit?: string; quote?: string }

// The YAML reader (72 modules, ~30 ms to load) only when a YAML plan is read: `fill` and `check`
// import this file for the workbook's own plan sheet, which is not YAML.
const yaml = () => require('yaml') as typeof YamlModule;

/**
 * A YAML plan in the seeds' format, read through the same row reader as the sheet (so a bad
 * direction or value is the same finding, numbered by its entry).
 * @example
 * readPlanYaml('plan.yaml', 'plan: 某某县\nrows:\n  - {indicator: 毛入园率, stage: all, kind: target, year: 2025, value: 0.92, quote: 达到92%}').rows[0].value; // 0.92
 */
export function readPlanYaml(name: string, text: string): CatalogLayer {
  let doc: { plan?: unknown; indicators?: { id: string; name: string }[]; rows?: YamlRow[]; trajectories?: { indicator: string; stage?: string; unit?: string; direction?: string; points?: { year: number; value: number; quote: string }[]; rules?: unknown[] }[] };
  try {
    doc = yaml().parse(text) ?? {};
  } catch (e) {
    throw new WorkbookError('corrupt', `${name} 不是可读的 YAML：${(e as Error).message.split('\n')[0]}`, `${name} is not readable YAML`);
  }
  if (typeof doc.plan !== 'string' || !doc.plan.trim()) {
    throw new WorkbookError('corrupt', `${name} 缺少 plan（规划名称）`, `${name} has no plan (the plan's name)`);
  }
  const names = new Map((doc.indicators ?? []).map((i) => [i.id, i.name]));
  const header: PlanCell[] = ['规划', '指标', '学段', '年份', '数值', '方向', '单位', '类别', '出处'];
  const grid: PlanCell[][] = [header];
  for (const r of doc.rows ?? []) {
    grid.push([doc.plan, names.get(r.indicator ?? '') ?? r.indicator ?? '', r.stage ?? '', r.year ?? '', r.value as PlanCell, r.direction ?? '', r.unit ?? '', r.kind ?? '', r.quote ?? '']);
  }
  const extra: CatalogLayer['findings'] = [];
  for (const t of doc.trajectories ?? []) {
    for (const p of t.points ?? []) grid.push([doc.plan, names.get(t.indicator) ?? t.indicator, t.stage ?? '', p.year, p.value, t.direction ?? '', t.unit ?? '', 'target', p.quote]);
    if (t.rules?.length) {
      extra.push({ sheet: name, row: 0, zh: `${name}：轨迹「${t.indicator}」的 rules 未读入，请把每年的值写成 points`, en: `${name}: the rules of trajectory "${t.indicator}" are not read; give each year as a point` });
    }
  }
  const layer = readPlanSheet(name, grid);
  layer.findings.push(...extra);
  return layer;
}

/**
 * The layer for one evaluation: the workbook's sheet, then `--catalog` files, then the profile
 * (`--profile`, else the sheet's 「适用省级标准」 setting). Null when there is nothing to layer.
 * @example
 * userLayer(wb, { catalog: ['plan.xlsx'], profile: '河北省' })?.profile?.minStudents; // 50
 */
export function userLayer(wb: WorkbookData | null, opts: { catalog?: string[]; profile?: string } = {}): CatalogLayer | null {
  const parts = [wb ? layerOfWorkbook(wb) : null, ...(opts.catalog ?? []).map(loadCatalogFile)];
  if (!parts.some(Boolean) && !opts.profile) return null;
  const layer = mergeLayers(...parts);
  return applyProfile(layer, opts.profile ?? layer.profileName);
}
