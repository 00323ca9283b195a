/**
 * Reading the plan a user brings: a sheet 「规划目标」 (繁 「規劃目標」, English `Plan targets`), one row
 * per number — 规划 · 指标 · 学段 · 年份 · 数值 · 方向 · 单位 · 类别 · 出处 — into catalog rows of the
 * catalog's own types. An indicator name the catalog knows (简/繁/alias) is that indicator, so its
 * aliases, unit and direction carry over; an unknown name becomes the user's own indicator. A bad
 * row is a finding with its sheet and row, never a silent skip. Pure: the CLI, the pane and the
 * tests hand it the sheet's values.
 */
import { normalizeKey, toHalfWidth } from '../core/text';
import { parseNumberText } from '../core/parse';
import { parseStage } from '../core/stage';
import { catalog, getIndicator } from './index';
import { DIRECTION_HINT, readDirection } from './direction-words';
import { emptyLayer, type CatalogLayer, type PlanFinding } from './layer';
import type { CatalogRow, Direction, Indicator, Kind, Plan, Stage } from './types';

/** The sheet's names, 简 / 繁 / English. */
export const PLAN_SHEET_NAMES = ['规划目标', '規劃目標', 'Plan targets'] as const;

/** A cell's value as the sheet holds it. */
export type PlanCell = string | number | boolean | null | undefined;

/**
 * True for the plan sheet's names (a plan sheet is not a school table: its 指标 column names
 * indicators, and must not get highlight rules or be checked as data).
 * @example
 * isPlanSheetName('規劃目標'); // true
 * isPlanSheetName('学校');     // false
 */
export function isPlanSheetName(name: string): boolean {
  return PLAN_SHEET_NAMES.some((n) => normalizeKey(n) === normalizeKey(name));
}

type Column = 'plan' | 'indicator' | 'stage' | 'year' | 'value' | 'direction' | 'unit' | 'kind' | 'source' | 'status';
const HEADERS: Record<Column, string[]> = {
  plan: ['规划', '規劃', 'plan', '规划名称', '規劃名稱'],
  indicator: ['指标', '指標', 'indicator', '指标名称', '指標名稱'],
  stage: ['学段', '學段', 'stage'],
  year: ['年份', 'year', '目标年份', '目標年份'],
  value: ['数值', '數值', 'value', '值'],
  direction: ['方向', 'direction'],
  unit: ['单位', '單位', 'unit'],
  kind: ['类别', '類別', 'kind'],
  source: ['出处', '出處', 'source', '依据', '依據'],
  // `plan-metrics extract` writes 状态 「待确认…」 on every drafted row (a draft a person confirms).
  status: ['状态', '狀態', 'status'],
};
const KIND_WORDS: Record<string, Kind> = {
  目标: 'target', 目標: 'target', target: 'target', 基线: 'baseline', 基線: 'baseline', baseline: 'baseline',
  标准: 'standard', 標準: 'standard', standard: 'standard', 省级标准: 'standard', 省級標準: 'standard',
};
/** The setting naming the province profile: 「适用省级标准：河北省」 in one cell, or the label and the name side by side. */
const PROFILE_LABEL = /^(适用省级标准|適用省級標準|provinceprofile)[:：]?\s*(.*)$/i;
/**
 * The profile's school scope: a row of the profile plan with this 指标 and a number N leaves out
 * 教学点 with fewer than N students.
 */
export const SCOPE_NAMES = ['教学点最少学生数', '教學點最少學生數', 'teaching point minimum students', '教学点学生数下限', '教學點學生數下限'];
/** The id of the scope row's indicator. */
export const SCOPE_ID = 'teaching_point_min_students';

const where = (sheet: string, row: number) => ({ zh: `「${sheet}」第${row}行`, en: `sheet "${sheet}" row ${row}` });

/**
 * Reads the sheet's values (rows of cells, as a used range gives them) into a layer over the
 * bundled catalog.
 * @example
 * const l = readPlanSheet('规划目标', [
 *   ['规划', '指标', '学段', '年份', '数值', '方向', '单位', '类别', '出处'],
 *   ['某某县', '学前三年毛入园率', '', 2025, '92%', '以上', '', '目标', '某某县“十四五”教育规划：达到92%以上'],
 *   ['某某县', '学前三年毛入园率', '', 2025, '九成', '大约', '', '目标', ''],
 * ]);
 * l.rows[0].value;     // 0.92, indicator 'preschool_gross_enrolment' (the bundled one)
 * l.findings[0].zh;    // '「规划目标」第3行：数值「九成」不是数字'
 */
export function readPlanSheet(sheet: string, grid: PlanCell[][]): CatalogLayer {
  const layer = emptyLayer();
  const find = (row: number, zh: string, en: string) => {
    const w = where(sheet, row);
    layer.findings.push({ sheet, row, zh: `${w.zh}：${zh}`, en: `${w.en}: ${en}` });
  };
  // The header row: the first of the first 20 rows naming both 指标 and 数值.
  let headerRow = -1;
  const cols = new Map<Column, number>();
  for (let r = 0; r < Math.min(grid.length, 20) && headerRow < 0; r++) {
    const found = new Map<Column, number>();
    (grid[r] ?? []).forEach((c, i) => {
      const k = typeof c === 'string' ? normalizeKey(c) : '';
      for (const [col, names] of Object.entries(HEADERS) as [Column, string[]][]) {
        if (!found.has(col) && names.some((n) => normalizeKey(n) === k)) found.set(col, i);
      }
    });
    if (found.has('indicator') && found.has('value')) {
      headerRow = r;
      for (const [k, v] of found) cols.set(k, v);
    }
  }
  layer.profileName = profileSetting(grid);
  if (headerRow < 0) {
    if (grid.some((row) => row.some((c) => c !== null && c !== undefined && c !== ''))) {
      layer.findings.push({ sheet, row: 0, zh: `「${sheet}」没有表头行（须有「指标」与「数值」两列）`, en: `sheet "${sheet}" has no header row (it needs the columns 指标 and 数值)` });
    }
    return layer;
  }
  if (!cols.has('plan')) find(headerRow + 1, '没有「规划」列', 'no 规划 (plan) column');

  const plans = new Map<string, Plan>();
  const own = new Map<string, Indicator>();
  const seen = new Map<string, { row: number; value: number }>();
  const unconfirmed: number[] = [];
  let lastPlan: string | null = null;
  const cell = (r: PlanCell[], c: Column): PlanCell => (cols.has(c) ? r[cols.get(c)!] : null);
  const text = (x: PlanCell): string => (x === null || x === undefined ? '' : toHalfWidth(String(x)));

  for (let r = headerRow + 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const rowNo = r + 1;
    const indName = text(cell(line, 'indicator'));
    const valueCell = cell(line, 'value');
    if (!indName && text(valueCell) === '') continue; // a blank line, or the profile setting
    if (PROFILE_LABEL.test(normalizeKey(indName))) continue;
    // 规划 may be written once and left blank below (or merged down): it carries down.
    const planName: string | null = text(cell(line, 'plan')) || lastPlan;
    if (!planName) {
      find(rowNo, '没有规划名称（「规划」列为空）', 'no plan name (the 规划 column is blank)');
      continue;
    }
    lastPlan = planName;
    if (!indName) {
      find(rowNo, '没有指标名称', 'no indicator name');
      continue;
    }
    // 数值: a number, or number text as typed (95%, 95％, 0.95, 1,200).
    let value: number | null | undefined = typeof valueCell === 'number' ? valueCell : typeof valueCell === 'string' ? parseNumberText(valueCell) : undefined;
    if (value === null || value === undefined || !Number.isFinite(value)) {
      const shown = text(valueCell);
      if (shown === '') find(rowNo, `「${indName}」没有数值`, `"${indName}" has no value`);
      else find(rowNo, `数值「${shown}」不是数字`, `value "${shown}" is not a number`);
      continue;
    }
    const typedPercent = typeof valueCell === 'string' && /[%％]/.test(valueCell);
    const yearCell = cell(line, 'year');
    let year: number | null = null;
    if (text(yearCell) !== '') {
      const y = typeof yearCell === 'number' ? yearCell : Number(text(yearCell).replace(/年$/, ''));
      if (!Number.isInteger(y) || y < 1949 || y > 2100) {
        find(rowNo, `年份「${text(yearCell)}」不是1949–2100之间的整数`, `year "${text(yearCell)}" is not a whole year 1949–2100`);
        continue;
      }
      year = y;
    }
    let stage: Stage = 'all';
    const stageText = text(cell(line, 'stage'));
    if (stageText) {
      try {
        stage = parseStage(stageText);
      } catch {
        find(rowNo, `学段「${stageText}」无法识别`, `stage "${stageText}" is not a known stage`);
        continue;
      }
    }
    const kindText = text(cell(line, 'kind'));
    const kind: Kind | undefined = kindText ? KIND_WORDS[normalizeKey(kindText)] : year === null ? 'standard' : 'target';
    if (!kind) {
      find(rowNo, `类别「${kindText}」无法识别（可用：目标、基线、标准）`, `kind "${kindText}" is not known (use 目标 target, 基线 baseline, 标准 standard)`);
      continue;
    }
    const isScope = SCOPE_NAMES.some((n) => normalizeKey(n) === normalizeKey(indName));
    const bundled = isScope ? undefined : bundledIndicator(indName);
    const dirText = text(cell(line, 'direction'));
    let direction: Direction | null = dirText ? readDirection(dirText) : bundled?.direction ?? '>=';
    if (!direction) {
      find(rowNo, `方向「${dirText}」无法识别（可用：${DIRECTION_HINT.zh}）`, `direction "${dirText}" is not readable (use ${DIRECTION_HINT.en})`);
      continue;
    }
    const unitText = text(cell(line, 'unit'));
    const unit = unitText || bundled?.unit || (typedPercent ? '%' : '');
    // A percentage typed as a bare 95 in a % row means 95 %: the catalog keeps fractions.
    if (unit === '%' && !typedPercent && value > 1.5) value = Number((value / 100).toPrecision(15));
    direction = direction ?? '>=';
    let ind = bundled;
    if (!ind) {
      const id = isScope ? SCOPE_ID : `user:${indName}`;
      ind = own.get(id);
      if (!ind) {
        ind = { id, name: indName, name_hant: indName, name_en: indName, aliases: isScope ? SCOPE_NAMES : [], unit, direction };
        own.set(id, ind);
      }
    }
    let plan = plans.get(normalizeKey(planName));
    // 出处 is kept verbatim (a quote is compared with its document as written).
    const rawSource = cell(line, 'source');
    const sourceText = rawSource === null || rawSource === undefined ? '' : String(rawSource).trim();
    if (!plan) {
      plan = { id: `user:${planName}`, name: planName, name_hant: planName, name_en: planName, document: documentOf(sourceText) || `${sheet}`, issuer: '', date: '', user: true };
      plans.set(normalizeKey(planName), plan);
    }
    const key = [plan.id, ind.id, stage, year ?? '', kind].join('|');
    const prev = seen.get(key);
    if (prev) {
      if (prev.value !== value) {
        find(rowNo, `与第${prev.row}行同一指标、学段、年份而数值不同（${prev.value} 与 ${value}），采用第${prev.row}行`,
          `same indicator, stage and year as row ${prev.row} with a different value (${prev.value} and ${value}); row ${prev.row} is used`);
      }
      continue;
    }
    seen.set(key, { row: rowNo, value });
    if (/^(待确认|待確認|toconfirm|draft)/i.test(normalizeKey(text(cell(line, 'status'))))) unconfirmed.push(rowNo);
    const row: CatalogRow = {
      id: [plan.id, ind.id, stage, kind, year ?? undefined].filter((x) => x !== undefined).join('.'),
      plan: plan.id, indicator: ind.id, name: ind.name, name_hant: ind.name_hant, name_en: ind.name_en,
      stage, kind, year, value, unit, direction, scope: null,
      source: { document: documentOf(sourceText) || plan.document, quote: sourceText || `${sheet}!${rowNo}` },
    };
    layer.rows.push(row);
  }
  if (unconfirmed.length) {
    // Used as they are (so formulas work while a draft is checked), but never silently: one line.
    const shown = unconfirmed.length > 20 ? `${unconfirmed.slice(0, 20).join('、')}…` : unconfirmed.join('、');
    const shownEn = unconfirmed.length > 20 ? `${unconfirmed.slice(0, 20).join(', ')}…` : unconfirmed.join(', ');
    layer.findings.push({
      sheet, row: unconfirmed[0],
      zh: `「${sheet}」有 ${unconfirmed.length} 行「待确认」（第${shown}行）：已按这些行计算；对照原文确认后，把「状态」改为「已确认」或清空`,
      en: `sheet "${sheet}" has ${unconfirmed.length} rows still 待确认 (to confirm; rows ${shownEn}): they are used as they are; once checked against the document, set 状态 to 已确认 or clear it`,
    });
  }
  layer.plans.push(...plans.values());
  layer.indicators.push(...own.values());
  return layer;
}

/**
 * True when a layer read from a sheet named `Plan targets` is the English plan tracker, not a plan
 * (no header row of a plan, nothing read): then it is no plan and no finding.
 * @example
 * isTrackerNotPlan('Plan targets', readPlanSheet('Plan targets', [['Indicator', 'Plan value']])); // true
 */
export function isTrackerNotPlan(sheet: string, layer: CatalogLayer): boolean {
  return sheet === 'Plan targets' && !layer.rows.length && layer.findings.every((f) => f.row === 0);
}

/**
 * Sets the layer's province profile from its name (the sheet's setting or `--profile`): the plan of
 * that name whose 标准 rows then override the national ones, with its 教学点 scope. A name no plan
 * of the layer has is a finding.
 * @example
 * const l = applyProfile(readPlanSheet('规划目标', grid), '河北省');
 * l.profile; // { plan: 'user:河北省', minStudents: 50 }
 */
export function applyProfile(layer: CatalogLayer, name?: string | null): CatalogLayer {
  const wanted = name ?? layer.profileName;
  if (!wanted) return layer;
  layer.profileName = wanted;
  const plan = layer.plans.find((p) => normalizeKey(p.name) === normalizeKey(wanted) || normalizeKey(p.id) === normalizeKey(wanted));
  if (!plan) {
    layer.findings.push({ sheet: '', row: 0, zh: `找不到省级标准「${wanted}」：规划目标中没有这个规划`, en: `no province profile "${wanted}": no plan of that name among the plan targets` });
    layer.profile = null;
    return layer;
  }
  const scope = layer.rows.find((r) => r.plan === plan.id && r.indicator === SCOPE_ID);
  layer.profile = { plan: plan.id, minStudents: scope ? scope.value : null };
  return layer;
}

/**
 * The findings as lines, Chinese then English, for `check`, `fill`'s notes and the pane.
 * @example
 * findingLines([{ sheet: '规划目标', row: 3, zh: '「规划目标」第3行：数值「九成」不是数字', en: 'sheet "规划目标" row 3: value "九成" is not a number' }]);
 * // ['「规划目标」第3行：数值「九成」不是数字 / sheet "规划目标" row 3: value "九成" is not a number']
 */
export function findingLines(findings: PlanFinding[]): string[] {
  return findings.map((f) => `${f.zh} / ${f.en}`);
}

function bundledIndicator(name: string): Indicator | undefined {
  const id = catalog.keys[normalizeKey(name)];
  return id ? getIndicator(id) : undefined;
}

// 出处 is "document：verbatim sentence" or "《document》…": the document is the part before.
function documentOf(source: string): string {
  const m = /^(《[^》]+》|[^：:「“]+)[：:「“]/.exec(source);
  return m ? m[1].trim() : '';
}

// The 「适用省级标准：河北省」 setting anywhere on the sheet (one cell, or label and name side by side).
function profileSetting(grid: PlanCell[][]): string | undefined {
  for (const row of grid) {
    for (let i = 0; i < row.length; i++) {
      const c = row[i];
      if (typeof c !== 'string') continue;
      const m = PROFILE_LABEL.exec(toHalfWidth(c).replace(/\s+/g, ''));
      if (!m) continue;
      if (m[2]) return m[2];
      const next = row[i + 1];
      if (typeof next === 'string' && next.trim()) return toHalfWidth(next);
    }
  }
  return undefined;
}
