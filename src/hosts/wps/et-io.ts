/**
 * The task pane's ExcelIO (src/hosts/pane/io.ts) over the WPS 表格 (ET) object model, the JSAPI a WPS
 * 加载项 page reaches as `window.Application` — the VBA-style model (Range, FormatConditions,
 * Worksheets.Add) rather than Office.js. The pane's UI and actions are the same for both hosts;
 * only this module talks to WPS. Calls are synchronous in ET; the interface's promises just wrap them.
 *
 * Forms the JSAPI documents loosely are read in every plausible shape: `Range.Address` as a
 * method or a property (with or without $), `Range.Value2` of a block as rows of values or,
 * for one cell, the value itself.
 */
import type { CellValue, CfRule, ExcelIO, SheetBlock } from '../pane/io';
import type { SheetSpec } from '../pane/sheet-spec';
import { dxfMiss } from '../../features/school-table/types';
import { uniqueName } from '../pane/sheet-name';

/* The slice of the ET object model used here; everything is `any`-shaped in WPS, so loosely typed. */
export type EtApplication = any;

/** ET's enumerations (the VBA values; WPS's Application.Enum is not present in every build). */
const xlExpression = 2;

/**
 * #RRGGBB as the BGR number ET's Color properties take (VBA's RGB()).
 * @example
 * bgr('#FFC7CE'); // 13551615 (0xCEC7FF)
 */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n >> 16) & 255) + ((n >> 8) & 255) * 256 + (n & 255) * 65536;
}

/** A range's A1 address without $ or sheet: Address may be a method or a property in ET. */
function addressOf(r: any): string {
  const a = typeof r.Address === 'function' ? r.Address(false, false) : r.Address;
  return String(a).replace(/\$/g, '').replace(/^.*!/, '');
}

const blankToNull = (x: unknown): CellValue => (x === undefined || x === null || x === '' ? null : (x as CellValue));

/** A range's values as rows, blanks null (Value2 may be a matrix, or one value for one cell). */
function valuesOf(r: any): CellValue[][] {
  const rows = Number(r.Rows?.Count ?? 1);
  const cols = Number(r.Columns?.Count ?? 1);
  const v = r.Value2;
  if (Array.isArray(v) && Array.isArray(v[0])) return v.map((row: unknown[]) => row.map(blankToNull));
  if (rows === 1 && cols === 1) return [[blankToNull(v)]];
  // Neither shape: read cell by cell (slow, but never wrong).
  const out: CellValue[][] = [];
  for (let i = 1; i <= rows; i++) {
    const row: CellValue[] = [];
    for (let j = 1; j <= cols; j++) row.push(blankToNull(r.Cells(i, j).Value2));
    out.push(row);
  }
  return out;
}

/** How many rows from a block's top are looked at for merged header cells. */
const HEADER_ROWS = 12;

/**
 * Merged areas among the block's first rows (where headers are), as A1 addresses: ET has no list
 * of merges, so each cell is asked for MergeCells / MergeArea — cheap for a header's few rows.
 */
function mergesOf(r: any, rows: number, cols: number): string[] {
  const out = new Set<string>();
  for (let i = 1; i <= Math.min(rows, HEADER_ROWS); i++) {
    for (let j = 1; j <= cols; j++) {
      const c = r.Cells(i, j);
      if (c.MergeCells === true) out.add(addressOf(c.MergeArea));
    }
  }
  return [...out];
}

function splitAddress(address: string): { sheet?: string; cell: string } {
  const i = address.lastIndexOf('!');
  if (i < 0) return { cell: address };
  return { sheet: address.slice(0, i).replace(/^'(.*)'$/, '$1').replace(/''/g, "'"), cell: address.slice(i + 1) };
}


/**
 * The pane's IO over `app` (window.Application in WPS). Highlight rules carry the pane's marker
 * (as in Excel) and are removed by it, never a user's rule.
 * @example
 * const io = etIO(window.Application);
 * await io.writeFormula('Sheet1!F5', '=EDU.SHORTFALL(5000,3800,6)');
 */
export function etIO(app: EtApplication): ExcelIO {
  const sheetByName = (name?: string) => (name ? app.ActiveWorkbook.Worksheets.Item(name) : app.ActiveSheet);
  const block = (r: any): SheetBlock => {
    const values = valuesOf(r);
    return {
      sheet: String(r.Worksheet?.Name ?? app.ActiveSheet.Name),
      address: addressOf(r),
      row: Number(r.Row) - 1,
      col: Number(r.Column) - 1,
      values,
      merges: mergesOf(r, values.length, values[0]?.length ?? 0),
    };
  };
  return {
    async getActiveCell() {
      return `${app.ActiveSheet.Name}!${addressOf(app.ActiveCell)}`;
    },
    async getSelectedAddress() {
      return `${app.ActiveSheet.Name}!${addressOf(app.Selection)}`;
    },
    async writeFormula(address, formula) {
      const { sheet, cell } = splitAddress(address);
      sheetByName(sheet).Range(cell).Formula = formula;
    },
    async readUsedRange() {
      const r = app.ActiveSheet.UsedRange;
      const b = block(r);
      return b.values.every((row) => row.every((x) => x === null)) ? null : b;
    },
    async readSelection() {
      return block(app.Selection);
    },
    async addConditionalFormats(sheet, rules: CfRule[], tag) {
      const ws = sheetByName(sheet);
      for (const rule of rules) {
        // The same marker the Office.js pane puts in its rules (N("…") is 0, so the rule is
        // unchanged): it stays with the rule in the saved file, so removal finds the rules again
        // in a later WPS session, and never touches a rule without it.
        const fc = ws.Range(rule.range).FormatConditions.Add(xlExpression, undefined, `=AND(N("PM:${tag}#wps")=0,${rule.formula.replace(/^=/, '')})`);
        fc.Interior.Color = bgr(rule.fill);
        fc.Font.Color = bgr(rule.font);
      }
      return rules.length;
    },
    async removeConditionalFormats(tag) {
      let removed = 0;
      const sheets = app.ActiveWorkbook.Worksheets;
      for (let s = 1; s <= Number(sheets.Count); s++) {
        // Cells.FormatConditions: every rule of the sheet, whatever range it is on.
        const fcs = sheets.Item(s).Cells.FormatConditions;
        for (let i = Number(fcs.Count); i >= 1; i--) {
          const fc = fcs.Item(i);
          if (String(fc.Formula1 ?? '').includes(`"PM:${tag}#`)) {
            fc.Delete();
            removed++;
          }
        }
      }
      return removed;
    },
    async readSheetByName(names) {
      const ws = etSheetByName(app, names);
      return ws ? block(ws.UsedRange) : null;
    },
    async recalculate() {
      // The pane's page is not the page that runs the EDU functions in WPS (see plan-layer.ts);
      // a recalculation makes them read the sheet again.
      app.Calculate?.();
    },
    async addSheet(spec: SheetSpec) {
      const sheets = app.ActiveWorkbook.Worksheets;
      const taken: string[] = [];
      for (let i = 1; i <= Number(sheets.Count); i++) taken.push(String(sheets.Item(i).Name));
      const ws = sheets.Add(undefined, sheets.Item(Number(sheets.Count)));
      const name = uniqueName(spec.name, taken);
      ws.Name = name;
      for (const c of spec.cells) {
        const r = ws.Range(c.ref);
        if (c.formula !== undefined) r.Formula = c.formula.startsWith('=') ? c.formula : `=${c.formula}`;
        // Text stays text: the quote prefix keeps "=…" or "0012" from being read as a formula or number.
        else if (typeof c.value === 'string' && /^[=+\-@0-9]/.test(c.value)) r.Value2 = `'${c.value}`;
        else if (c.value !== undefined) r.Value2 = c.value;
      }
      for (const s of spec.spills ?? []) {
        const f = spec.cells.find((c) => c.ref === s.ref)?.formula;
        if (f) ws.Range(s.range).FormulaArray = f.startsWith('=') ? f : `=${f}`;
      }
      for (const m of spec.merges ?? []) ws.Range(m).Merge();
      for (const [col, chars] of Object.entries(spec.columnWidths ?? {})) ws.Range(`${col}:${col}`).ColumnWidth = chars;
      for (const rule of spec.conditionalFormats ?? []) {
        const fc = ws.Range(rule.range).FormatConditions.Add(xlExpression, undefined, `=${rule.formula.replace(/^=/, '')}`);
        fc.Interior.Color = bgr(dxfMiss.fill);
        fc.Font.Color = bgr(dxfMiss.font);
      }
      ws.Activate();
      return name;
    },
  };
}

/**
 * The first worksheet of the active workbook whose name is among `names`, or null.
 * @example
 * etSheetByName(window.Application, ['规划目标', '規劃目標', 'Plan targets'])?.Name; // '规划目标'
 */
export function etSheetByName(app: EtApplication, names: readonly string[]): any {
  const sheets = app?.ActiveWorkbook?.Worksheets;
  if (!sheets) return null;
  const all: any[] = [];
  for (let i = 1; i <= Number(sheets.Count); i++) all.push(sheets.Item(i));
  // In the order of `names` (「规划目标」 before `Plan targets`), not the workbook's.
  for (const n of names) {
    const ws = all.find((x) => String(x.Name) === n);
    if (ws) return ws;
  }
  return null;
}

/**
 * A range's values as rows of cells (ET gives one cell's value as the value itself).
 * @example
 * etValues(ws.UsedRange); // [['规划', '指标', …], …]
 */
export function etValues(r: any): CellValue[][] {
  return valuesOf(r);
}
