/**
 * The task pane's only Office.js module: the ExcelIO interface (io.ts) implemented with Excel.run.
 * Everything else in the pane is plain TypeScript over ExcelIO, so it is tested with a fake, and
 * this file is tested with office-addin-mock.
 *
 * Requirement sets: ExcelApi 1.7 (active cell, frozen panes), 1.6 (conditional formats), 1.4
 * (settings); merged areas (1.13) and drop-down lists (1.8) are skipped, not failed, on an Excel
 * without them.
 */
import { asCellValue } from './cell-text';
import { renderCharts, type ChartHost } from './chart-render';
import { parseRangeRef, rangeRef } from '../../xlsx/refs';
import { splitAreas, splitSheet } from './address';
import type { CellValue, ExcelIO, SheetBlock } from './io';
import { dxfMiss } from '../../features/school-table/types';
import { styleOf, type StyleDef } from '../../features/templates/styles';
import type { CellSpec, SheetSpec, StyleName } from './sheet-spec';
import { uniqueName } from './sheet-name';

export type { CellValue, CfRule, ExcelIO, SheetBlock } from './io';

/** The workbook setting that lists the highlight runs the pane added (kept in the workbook file). */
export const HIGHLIGHT_SETTING = 'PlanMetrics.highlights';

/** One highlight run as remembered in the workbook. */
export interface HighlightRun {
  tag: string;
  run: string;
  sheet: string;
  ranges: string[];
  /** Rules too long to carry the marker, remembered by range and formula instead. */
  unmarked?: { range: string; formula: string }[];
}

/**
 * The longest conditional-format formula written (with '='): Excel's rule dialog and WPS take 255
 * characters, so a rule the marker would push past that is written without it and remembered by
 * its range and formula instead (src/features/school-table keeps its rules within 255).
 */
export const MAX_CF_FORMULA = 255;

// Formula text as compared on removal: Excel may re-space or re-case what it stores.
const sameFormula = (a: string, b: string) => a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase();
const sameRange = (a: string, b: string) => splitSheet(a).local.replace(/\$/g, '').toUpperCase() === b.replace(/\$/g, '').toUpperCase();

/**
 * The marker a rule's formula carries: N("…") is 0, so AND(N("…")=0, f) is f. The marker travels
 * with the rule when rows are inserted or the sheet is renamed, and tells the user in Excel's rule
 * manager where the rule came from; removal deletes exactly the rules carrying a remembered marker.
 * @example marker('misses', 'k1x9'); // 'PM:misses#k1x9'
 */
export function marker(tag: string, run: string): string {
  return `PM:${tag}#${run}`;
}

/**
 * The formula Excel stores for a rule (with '=' and the marker).
 * @example markedFormula('AND(ISNUMBER(F5),F5<4.5)', 'misses', 'k1x9');
 * // '=AND(N("PM:misses#k1x9")=0,AND(ISNUMBER(F5),F5<4.5))'
 */
export function markedFormula(formula: string, tag: string, run: string): string {
  return `=AND(N("${marker(tag, run)}")=0,${formula.replace(/^=/, '')})`;
}

function cellValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

function parseRuns(value: unknown): HighlightRun[] {
  if (typeof value !== 'string' || !value) return [];
  try {
    const x = JSON.parse(value);
    return Array.isArray(x) ? x.filter((r) => r && typeof r.tag === 'string' && typeof r.run === 'string') : [];
  } catch {
    return [];
  }
}

function isSetSupported(name: string, version: string): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported(name, version);
  } catch {
    return false;
  }
}

function worksheet(ctx: Excel.RequestContext, sheet: string | null): Excel.Worksheet {
  return sheet ? ctx.workbook.worksheets.getItem(sheet) : ctx.workbook.worksheets.getActiveWorksheet();
}

/** Reads a loaded range (address, values, rowIndex, columnIndex) and its merged areas. */
async function readBlock(ctx: Excel.RequestContext, range: Excel.Range): Promise<SheetBlock> {
  let merges: string[] = [];
  if (isSetSupported('ExcelApi', '1.13')) {
    const areas = range.getMergedAreasOrNullObject();
    areas.load('address');
    await ctx.sync();
    if (!areas.isNullObject) merges = splitAreas(areas.address);
  }
  const { sheet, local } = splitSheet(range.address);
  return {
    sheet: sheet ?? '',
    address: local,
    row: range.rowIndex,
    col: range.columnIndex,
    values: range.values.map((row) => row.map(cellValue)),
    merges,
  };
}

// Excel's column width is in points; a template states widths in characters of the default
// font (11 pt): one character ≈ 7 px = 5.25 pt, plus the cell's padding.
const POINTS_PER_CHAR = 5.25;
const PADDING_POINTS = 3.75;
// The "thin grey border on all sides" of the templates' styles.
const BORDER_COLOR = '#BFBFBF';
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

function applyStyle(r: Excel.Range, s: StyleDef): void {
  // The number format first: a text format ('@') must be in place before a value is written.
  if (s.numFmt) r.numberFormat = [[s.numFmt]];
  if (s.font?.bold !== undefined) r.format.font.bold = s.font.bold;
  if (s.font?.italic !== undefined) r.format.font.italic = s.font.italic;
  if (s.font?.size !== undefined) r.format.font.size = s.font.size;
  if (s.font?.color) r.format.font.color = s.font.color;
  if (s.fill) r.format.fill.color = s.fill;
  if (s.align) r.format.horizontalAlignment = s.align === 'left' ? 'Left' : s.align === 'right' ? 'Right' : 'Center';
  if (s.wrap !== undefined) r.format.wrapText = s.wrap;
  if (s.border) {
    for (const edge of EDGES) {
      const b = r.format.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = BORDER_COLOR;
    }
  }
}

/**
 * Cells grouped into runs: consecutive cells of one row with the same style become one range, so
 * a 50-row template is a few hundred format calls, not thousands.
 */
function styleRuns(cells: CellSpec[]): { range: string; style: StyleName }[] {
  const styled = cells
    .filter((c) => c.style)
    .map((c) => ({ ...parseRangeRef(c.ref), style: c.style as StyleName }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  const runs: { top: number; left: number; right: number; style: StyleName }[] = [];
  for (const c of styled) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.top && last.style === c.style && last.right === c.left - 1) last.right = c.left;
    else runs.push({ top: c.top, left: c.left, right: c.left, style: c.style });
  }
  return runs.map((r) => ({ range: rangeRef({ top: r.top, left: r.left, bottom: r.top, right: r.right }), style: r.style }));
}

/** Draws a SheetSpec into an empty worksheet (one batch; the caller syncs). */
function renderSheet(ws: Excel.Worksheet, spec: SheetSpec): void {
  for (const run of styleRuns(spec.cells)) applyStyle(ws.getRange(run.range), styleOf(run.style));
  for (const c of spec.cells) {
    const r = ws.getRange(c.ref);
    if (c.formula !== undefined) r.formulas = [[c.formula.startsWith('=') ? c.formula : `=${c.formula}`]];
    // Text stays text: a string Excel would read as a formula gets the quote prefix (cell-text.ts).
    else if (c.value !== undefined) r.values = [[asCellValue(c.value)]];
  }
  for (const m of spec.merges ?? []) ws.getRange(m).merge(false);
  for (const [col, chars] of Object.entries(spec.columnWidths ?? {})) {
    ws.getRange(`${col}:${col}`).format.columnWidth = chars * POINTS_PER_CHAR + PADDING_POINTS;
  }
  for (const [row, points] of Object.entries(spec.rowHeights ?? {})) ws.getRange(`${row}:${row}`).format.rowHeight = points;
  const f = spec.frozen;
  if (f && (f.rows > 0 || f.cols > 0)) {
    if (f.rows > 0 && f.cols > 0) ws.freezePanes.freezeAt(ws.getRange(rangeRef({ top: 0, left: 0, bottom: f.rows - 1, right: f.cols - 1 })));
    else if (f.rows > 0) ws.freezePanes.freezeRows(f.rows);
    else ws.freezePanes.freezeColumns(f.cols);
  }
  // The template's own miss marks (not the pane's highlight runs: no marker, not removed by it).
  for (const rule of spec.conditionalFormats ?? []) {
    const cf = ws.getRange(rule.range).conditionalFormats.add('Custom');
    cf.custom.rule.formula = `=${rule.formula.replace(/^=/, '')}`;
    cf.custom.format.fill.color = dxfMiss.fill;
    cf.custom.format.font.color = dxfMiss.font;
  }
  if (isSetSupported('ExcelApi', '1.8')) {
    for (const v of spec.dataValidations ?? []) {
      const dv = ws.getRange(v.range).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
      // Not strict: other spellings (小學, primary) are let in, so no stop alert.
      dv.errorAlert = { showAlert: v.strict, style: 'Stop', title: '', message: '' };
    }
  }
}


function newRun(): string {
  return Date.now().toString(36) + Math.floor(Math.random() * 1296).toString(36);
}

/**
 * The ExcelIO of the running Excel. Each method is one Excel.run batch.
 * @example
 * const io = officeExcelIO();
 * await io.writeFormula(await io.getActiveCell(), '=EDU.THRESHOLD("生均用房","小学")');
 */
export function officeExcelIO(): ExcelIO {
  return {
    async getActiveCell() {
      return Excel.run(async (ctx) => {
        const cell = ctx.workbook.getActiveCell();
        cell.load('address');
        await ctx.sync();
        return cell.address;
      });
    },

    async getSelectedAddress() {
      return Excel.run(async (ctx) => {
        const r = ctx.workbook.getSelectedRange();
        r.load('address');
        await ctx.sync();
        return r.address;
      });
    },

    async writeFormula(address, formula) {
      await Excel.run(async (ctx) => {
        const { sheet, local } = splitSheet(address);
        // `formulas` takes the en-US syntax (commas, English function names) whatever the
        // user's locale, which is what the pane composes.
        worksheet(ctx, sheet).getRange(local).formulas = [[formula]];
        await ctx.sync();
      });
    },

    async readUsedRange() {
      return Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        // valuesOnly: a formatted but empty border row must not widen the table.
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('address,values,rowIndex,columnIndex');
        await ctx.sync();
        if (used.isNullObject) return null;
        return readBlock(ctx, used);
      });
    },

    async readSheetByName(names) {
      return Excel.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/name');
        await ctx.sync();
        // In the order of `names` (「规划目标」 before `Plan targets`), not the workbook's.
        const found = names.map((n) => sheets.items.find((ws) => ws.name === n)).find(Boolean);
        if (!found) return null;
        const used = ctx.workbook.worksheets.getItem(found.name).getUsedRangeOrNullObject(true);
        used.load('address,values,rowIndex,columnIndex');
        await ctx.sync();
        if (used.isNullObject) return null;
        return readBlock(ctx, used);
      });
    },

    async recalculate() {
      await Excel.run(async (ctx) => {
        // The EDU functions read the catalog layer the pane just set: every cell computes again.
        ctx.workbook.application.calculate('Full' as Excel.CalculationType);
        await ctx.sync();
      });
      // Load with this document from now on, so that on the next open the pane's script reads the
      // plan before the user looks (SharedRuntime 1.1; silently nothing where it is not supported).
      try {
        if (isSetSupported('SharedRuntime', '1.1')) await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
      } catch {
        // not in a shared runtime: the pane loads the plan when it is opened
      }
    },

    async readSelection() {
      return Excel.run(async (ctx) => {
        const r = ctx.workbook.getSelectedRange();
        r.load('address,values,rowIndex,columnIndex');
        await ctx.sync();
        return readBlock(ctx, r);
      });
    },

    async addConditionalFormats(sheet, rules, tag) {
      if (!rules.length) return 0;
      const run = newRun();
      return Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        const unmarked: { range: string; formula: string }[] = [];
        for (const rule of rules) {
          const cf = ws.getRange(rule.range).conditionalFormats.add('Custom');
          let formula = markedFormula(rule.formula, tag, run);
          if (formula.length > MAX_CF_FORMULA) {
            formula = `=${rule.formula.replace(/^=/, '')}`;
            unmarked.push({ range: rule.range, formula });
          }
          cf.custom.rule.formula = formula;
          cf.custom.format.fill.color = rule.fill;
          cf.custom.format.font.color = rule.font;
        }
        const setting = ctx.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
        setting.load('value');
        await ctx.sync();
        const runs = parseRuns(setting.isNullObject ? null : setting.value);
        runs.push({ tag, run, sheet, ranges: rules.map((r) => r.range), ...(unmarked.length ? { unmarked } : {}) });
        ctx.workbook.settings.add(HIGHLIGHT_SETTING, JSON.stringify(runs));
        await ctx.sync();
        return rules.length;
      });
    },

    async removeConditionalFormats(tag) {
      return Excel.run(async (ctx) => {
        const setting = ctx.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
        setting.load('value');
        await ctx.sync();
        const runs = parseRuns(setting.isNullObject ? null : setting.value);
        const mine = runs.filter((r) => r.tag === tag);
        if (!mine.length) return 0;
        const markers = mine.map((r) => marker(r.tag, r.run));
        // Every sheet, not only the remembered ones: a sheet may have been renamed since (the
        // marker travels with the rule; an unmarked rule is looked for on its own sheet only).
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/name');
        await ctx.sync();
        const collections = sheets.items.map((ws) => {
          const c = ws.getRange().conditionalFormats;
          c.load('items/type');
          return { sheet: ws.name, c };
        });
        await ctx.sync();
        const custom: { sheet: string; cf: Excel.ConditionalFormat; range: Excel.Range | null }[] = [];
        for (const { sheet, c } of collections) {
          const unmarked = mine.filter((r) => r.sheet === sheet && r.unmarked?.length).length > 0;
          for (const cf of c.items) {
            if (cf.type !== 'Custom') continue;
            cf.custom.rule.load('formula');
            let range: Excel.Range | null = null;
            if (unmarked) {
              range = cf.getRangeOrNullObject();
              range.load('address');
            }
            custom.push({ sheet, cf, range });
          }
        }
        await ctx.sync();
        let removed = 0;
        for (const { sheet, cf, range } of custom) {
          const f = cf.custom.rule.formula ?? '';
          const marked = markers.some((m) => f.includes(`"${m}"`));
          const remembered = !!range && !range.isNullObject && mine.some((r) => r.sheet === sheet &&
            (r.unmarked ?? []).some((u) => sameFormula(u.formula, f) && sameRange(range.address, u.range)));
          if (marked || remembered) {
            cf.delete();
            removed++;
          }
        }
        const rest = runs.filter((r) => r.tag !== tag);
        if (rest.length) ctx.workbook.settings.add(HIGHLIGHT_SETTING, JSON.stringify(rest));
        else setting.delete();
        await ctx.sync();
        return removed;
      });
    },

    async addSheet(spec: SheetSpec) {
      return Excel.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/name');
        await ctx.sync();
        const name = uniqueName(spec.name, sheets.items.map((s) => s.name));
        const ws = sheets.add(name);
        renderSheet(ws, spec);
        renderCharts(ws as unknown as ChartHost, spec.charts ?? []);
        ws.activate();
        await ctx.sync();
        return name;
      });
    },
  };
}

/** What the pane learns when Office is ready: Excel's IO (null outside Excel) and the UI language. */
export interface Host { io: ExcelIO | null; displayLanguage: string | undefined }

/**
 * Waits for office.js and says whether the pane runs in Excel. Outside Office (office.js missing,
 * the page opened in a plain browser) it resolves at once with no IO and the browser's language,
 * so the catalog still works.
 * @example
 * const { io, displayLanguage } = await officeReady();
 */
export function officeReady(): Promise<Host> {
  if (typeof Office === 'undefined') {
    return Promise.resolve({ io: null, displayLanguage: typeof navigator === 'undefined' ? undefined : navigator.language });
  }
  return Office.onReady().then((info) => ({
    io: info.host === Office.HostType.Excel ? officeExcelIO() : null,
    displayLanguage: Office.context?.displayLanguage,
  }));
}
