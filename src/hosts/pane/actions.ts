/**
 * What the pane's buttons do, as plain async functions over ExcelIO: no DOM here, so every action
 * is tested against office-addin-mock (through excel-io) or a fake ExcelIO. Each returns an
 * Outcome the UI shows as a status line; a failure is an Outcome too, never an unhandled throw.
 */
import type { Stage } from '../../domain/catalog/types';
import { isMetricError } from '../../domain/core/errors';
import { rangeRef } from '../../xlsx/refs';
import { splitSheet } from './address';
import { buildFormula, checkFormula, type FormulaChoice } from './formula';
import { t, type Lang } from './i18n';
import type { ExcelIO, SheetBlock } from './io';
import { findTable, missRules, schoolRows, selectionTable, type BlockTable } from './sheet-adapter';
import { computeSummary, summarySheet, type SummaryInput } from './summary-sheet';
import { retargetSheet } from '../../features/templates/sheet-refs';
import { templateSheets } from './templates-adapter';
import { collectReturns } from '../../features/collect/index';
import { countySheets } from '../../features/collect/county-workbook';

/** What an action reports to the user. */
export interface Outcome {
  ok: boolean;
  message: string;
  /** Extra lines (e.g. one per conditional format added). */
  details?: string[];
}

/** The tag under which the pane remembers the conditional formats it adds. */
export const MISSES_TAG = 'misses';

/**
 * An error as a user-facing message: a MetricError in the pane's language, an Office error with
 * its message, anything else as text.
 * @example
 * errorText(new Error('boom'), 'zh'); // '出错：boom'
 */
export function errorText(e: unknown, lang: Lang): string {
  if (isMetricError(e)) return lang === 'zh' ? e.zh : e.en;
  const msg = e instanceof Error ? e.message : String(e);
  return t(lang, 'error', msg);
}

/**
 * Writes the chosen EDU formula into the active cell, after checking that it will evaluate.
 * @example
 * await insertFormula(io, { fn: 'MEETS', indicatorId: 'teaching_space_per_student', cell: 'F5', stage: 'primary' }, 'zh');
 * // { ok: true, message: '已将 =EDU.MEETS("生均教学及辅助用房面积",F5,"小学") 写入 Sheet1!G5' }
 */
export async function insertFormula(io: ExcelIO, choice: FormulaChoice, lang: Lang): Promise<Outcome> {
  const check = checkFormula(choice, lang);
  if (!check.ok) return { ok: false, message: check.message };
  try {
    const target = await io.getActiveCell();
    const formula = buildFormula(choice, splitSheet(target).sheet ?? undefined);
    await io.writeFormula(target, formula);
    return { ok: true, message: t(lang, 'formulaWritten', formula, target) };
  } catch (e) {
    return { ok: false, message: errorText(e, lang) };
  }
}

/**
 * The selected range's first cell, for the formula form: its local address ('F5') and its sheet.
 * @example
 * await selectedCell(io); // { cell: 'F5', sheet: 'Sheet1' }
 */
export async function selectedCell(io: ExcelIO): Promise<{ cell: string; sheet: string }> {
  const { sheet, local } = splitSheet(await io.getSelectedAddress());
  return { cell: local.split(':')[0], sheet: sheet ?? '' };
}

export { templateChoices } from './templates-adapter';

/**
 * Adds a template's sheets (src/features/templates) for a plan, labelled in the pane's language. The sheets
 * others read go in first (county-assessment: 学校资源配置, then 优质均衡自评), so that when one has to
 * take another name (the workbook has a 学校资源配置 already) the formulas that read it follow it.
 * @example
 * await insertTemplate(io, 'school-resources', 'zh'); // { ok: true, message: '已添加工作表「学校资源配置」' }
 * await insertTemplate(io, 'county-assessment', 'zh'); // { ok: true, message: '已添加工作表「优质均衡自评」「学校资源配置」' }
 */
export async function insertTemplate(io: ExcelIO, name: string, lang: Lang, plan?: string): Promise<Outcome> {
  try {
    const sheets = templateSheets(name, lang, plan);
    const added: string[] = [];
    const renamed: [string, string][] = [];
    for (const spec of [...sheets].reverse()) {
      const target = renamed.reduce((s, [from, to]) => retargetSheet(s, from, to), spec);
      const got = await io.addSheet(target);
      if (got !== spec.name) renamed.push([spec.name, got]);
      added.unshift(got);
    }
    return { ok: true, message: t(lang, added.length > 1 ? 'templatesAdded' : 'templateAdded', added.join(lang === 'zh' ? '」「' : '", "')) };
  } catch (e) {
    return { ok: false, message: errorText(e, lang) };
  }
}

/** How many findings the status line lists; the 校验 sheet holds them all. */
const FINDINGS_SHOWN = 20;

/**
 * 合并学校报表: reads the schools' returns the user picked (bytes, as the browser gives them), merges
 * them into a new school-resources sheet with its formulas, and lists the 逻辑校验 findings in a
 * 「校验」 sheet — the same pure core as `plan-metrics collect`, so the pane and the command agree.
 * A file that cannot be read is a finding, not a failure.
 * @example
 * await collectIntoWorkbook(io, [{ name: '一小.xlsx', bytes }, { name: '二小.xlsx', bytes: other }], 'zh');
 * // { ok: true, message: '已合并 2 个文件的 2 所学校到「学校资源配置」；校验未发现问题（「校验」）', details: [] }
 */
export async function collectIntoWorkbook(io: ExcelIO, files: readonly { name: string; bytes: Uint8Array }[], lang: Lang, plan?: string): Promise<Outcome> {
  if (!files.length) return { ok: false, message: t(lang, 'collectNone') };
  try {
    const result = collectReturns(files);
    // 学校资源配置 and 校验, and with kindergartens (statistics exports) 幼儿园 and 普及普惠自评.
    const [table, checks, ...more] = countySheets(result, { plan });
    const tableName = await io.addSheet(table);
    const checksName = await io.addSheet(checks);
    for (const s of more) await io.addSheet(s);
    // A split or a 教学点 merged is listed in 校验 as a note, not counted as a problem.
    const n = result.findings.filter((f) => !f.info).length;
    const message = n
      ? t(lang, 'collectFindings', String(files.length), String(result.rows.length), tableName, String(n), checksName)
      : t(lang, 'collectClean', String(files.length), String(result.rows.length), tableName, checksName);
    const details = result.findings.filter((f) => !f.info).slice(0, FINDINGS_SHOWN).map((f) => `${f.file}${f.row ? ` ${f.sheet}!${f.row}` : ''}: ${f.message}`);
    if (n > FINDINGS_SHOWN) details.push(t(lang, 'collectMore', String(n - FINDINGS_SHOWN), checksName));
    return { ok: true, message, details };
  } catch (e) {
    return { ok: false, message: errorText(e, lang) };
  }
}

/** The highlight form: the plan, and the scope (the used range, or the selection as one indicator). */
export interface HighlightOptions { plan: string; scope: 'used' | 'selection'; indicatorId?: string }

/**
 * Adds a red-fill conditional format on each indicator column where a value misses its threshold
 * (the rules of src/features/school-table/highlight, in plain Excel), remembered so clearHighlights removes them.
 * @example
 * await highlightMisses(io, { plan: 'national', scope: 'used' }, 'zh');
 * // { ok: true, message: '已添加 7 条条件格式：', details: ['K3:K52: 生均教学及辅助用房面积未达标：小学 ≥ 4.5，初中 ≥ 5.8（国家标准）', …] }
 */
export async function highlightMisses(io: ExcelIO, opts: HighlightOptions, lang: Lang): Promise<Outcome> {
  try {
    let block: SheetBlock | null;
    let table: BlockTable | null;
    if (opts.scope === 'selection') {
      if (!opts.indicatorId) return { ok: false, message: t(lang, 'chooseIndicator') };
      block = await io.readSelection();
      table = selectionTable(block, opts.indicatorId, await io.readUsedRange());
    } else {
      block = await io.readUsedRange();
      table = block ? findTable(block) : null;
    }
    if (!block || !table) return { ok: false, message: t(lang, 'noColumns') };
    const { rules, skipped } = missRules(block, table, opts.plan, lang);
    const notes = skipped.map((x) => t(lang, 'skippedColumn', x));
    if (!rules.length) return { ok: false, message: skipped.length ? t(lang, 'noRules') : t(lang, 'noColumns'), details: notes };
    const n = await io.addConditionalFormats(block.sheet, rules, MISSES_TAG);
    return { ok: true, message: t(lang, 'highlighted', n), details: [...rules.map((r) => `${r.range}: ${r.description}`), ...notes] };
  } catch (e) {
    return { ok: false, message: errorText(e, lang) };
  }
}

/**
 * Removes exactly the conditional formats highlightMisses added (in any sheet, in any session).
 * @example
 * await clearHighlights(io, 'zh'); // { ok: true, message: '已清除 7 条条件格式' }
 */
export async function clearHighlights(io: ExcelIO, lang: Lang): Promise<Outcome> {
  try {
    const n = await io.removeConditionalFormats(MISSES_TAG);
    return { ok: true, message: n ? t(lang, 'cleared', n) : t(lang, 'nothingToClear') };
  } catch (e) {
    return { ok: false, message: errorText(e, lang) };
  }
}

/** The summary form: the plan (for indicators outside the seven), the stage of a table without a 学段 column. */
export interface SummaryOptions { plan: string; stage: Stage | '' }

/**
 * Computes the compliance summary of the active sheet's school table and adds it as a new sheet
 * (values; see summary.ts for why not formulas).
 * @example
 * await buildSummary(io, { plan: 'national', stage: '' }, 'zh'); // { ok: true, message: '已生成汇总工作表「达标汇总」' }
 */
export async function buildSummary(io: ExcelIO, opts: SummaryOptions, lang: Lang): Promise<Outcome> {
  try {
    const block = await io.readUsedRange();
    const table = block ? findTable(block) : null;
    if (!block || !table) return { ok: false, message: t(lang, 'noColumns') };
    if (table.detected.stageCol === null && !opts.stage) return { ok: false, message: t(lang, 'stageNeeded') };
    const { rows, noStage } = schoolRows(block, table, opts.stage || null);
    const input: SummaryInput = {
      plan: opts.plan,
      indicators: table.detected.columns.map((c) => c.indicatorId),
      schools: rows,
      source: `${block.sheet}!${rangeRef({
        top: block.row + table.firstDataRow, left: block.col,
        bottom: block.row + table.lastDataRow, right: block.col + Math.max(1, ...block.values.map((r) => r.length)) - 1,
      })}`,
    };
    const name = await io.addSheet(summarySheet(computeSummary(input), input, lang));
    const details = noStage ? [t(lang, 'rowsWithoutStage', noStage)] : undefined;
    return { ok: true, message: t(lang, 'summaryAdded', name), details };
  } catch (e) {
    return { ok: false, message: errorText(e, lang) };
  }
}
