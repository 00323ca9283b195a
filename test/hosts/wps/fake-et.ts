/**
 * A fake WPS 表格 object model (window.Application) for the WPS pane's tests: sheets of cells,
 * merges and conditional formats, reached as ET exposes them — Range('A1:B2') with Value2,
 * Formula, Cells(i, j), MergeCells/MergeArea, FormatConditions.Add(type, op, formula1) — and a
 * record of every write, so a test reads back exactly what the pane wrote.
 */
import { cellRef, parseRangeRef, rangeRef, type Rect } from '../../../src/xlsx/refs';

export interface FakeCf { range: string; type: number; formula: string; fill?: number; font?: number; deleted?: boolean }
export interface FakeSheet { name: string; cells: Map<string, { value?: unknown; formula?: string }>; merges: string[]; cfs: FakeCf[]; widths: Record<string, number>; arrays: [string, string][] }

const inside = (r: Rect, row: number, col: number) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

export class FakeEt {
  sheets: FakeSheet[] = [];
  active = 0;
  selection = 'A1';
  /** Every write, in order: [sheet!address, what, value]. */
  writes: [string, string, unknown][] = [];

  constructor(names: string[]) {
    for (const n of names) this.addSheet(n);
  }

  addSheet(name: string): FakeSheet {
    const s: FakeSheet = { name, cells: new Map(), merges: [], cfs: [], widths: {}, arrays: [] };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Puts rows of values at `topLeft` (null leaves a cell blank). */
  setValues(sheet: string, topLeft: string, rows: unknown[][]): void {
    const { top, left } = parseRangeRef(topLeft);
    rows.forEach((r, i) => r.forEach((v, j) => { if (v !== null) this.sheet(sheet).cells.set(cellRef(top + i, left + j), { value: v }); }));
  }

  private range(s: FakeSheet, address: string): any {
    // A whole column ('C:C'): only its width is set by the pane.
    if (/^[A-Z]+:[A-Z]+$/.test(address)) return { set ColumnWidth(w: number) { s.widths[address] = w; } };
    const rect = parseRangeRef(address.replace(/\$/g, ''));
    const et = this;
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const addr = rangeRef(rect);
    const mergeOf = () => s.merges.map(parseRangeRef).find((m) => inside(m, rect.top, rect.left));
    return {
      Worksheet: { Name: s.name },
      Address: (rowAbs = true, colAbs = true) => (rowAbs || colAbs ? addr.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2') : addr),
      Row: rect.top + 1,
      Column: rect.left + 1,
      Rows: { Count: rows },
      Columns: { Count: cols },
      Cells: (i: number, j: number) => et.range(s, cellRef(rect.top + i - 1, rect.left + j - 1)),
      get Value2() {
        const m = [];
        for (let i = rect.top; i <= rect.bottom; i++) {
          const row = [];
          for (let j = rect.left; j <= rect.right; j++) row.push(s.cells.get(cellRef(i, j))?.value ?? undefined);
          m.push(row);
        }
        // ET gives one cell's value as the value itself.
        return rows === 1 && cols === 1 ? m[0][0] : m;
      },
      set Value2(v: unknown) {
        et.writes.push([`${s.name}!${addr}`, 'Value2', v]);
        s.cells.set(addr, { value: v });
      },
      set Formula(f: string) {
        et.writes.push([`${s.name}!${addr}`, 'Formula', f]);
        s.cells.set(addr, { formula: f });
      },
      get Formula() { return s.cells.get(addr)?.formula ?? ''; },
      set FormulaArray(f: string) {
        et.writes.push([`${s.name}!${addr}`, 'FormulaArray', f]);
        s.arrays.push([addr, f]);
      },
      set ColumnWidth(w: number) { s.widths[addr] = w; },
      get MergeCells() { return !!mergeOf(); },
      get MergeArea() { const m = mergeOf(); return et.range(s, m ? rangeRef(m) : addr); },
      Merge: () => { et.writes.push([`${s.name}!${addr}`, 'Merge', true]); s.merges.push(addr); },
      FormatConditions: {
        Add: (type: number, _op: unknown, formula1: string) => {
          const cf: FakeCf = { range: addr, type, formula: formula1 };
          s.cfs.push(cf);
          et.writes.push([`${s.name}!${addr}`, 'FormatConditions.Add', formula1]);
          return { Interior: { set Color(c: number) { cf.fill = c; } }, Font: { set Color(c: number) { cf.font = c; } } };
        },
        get Count() { return s.cfs.filter((c) => c.range === addr && !c.deleted).length; },
        Item: (i: number) => {
          const cf = s.cfs.filter((c) => c.range === addr && !c.deleted)[i - 1];
          return { Formula1: cf.formula, Delete: () => { cf.deleted = true; } };
        },
      },
    };
  }

  /** The fake `window.Application`. */
  application(): any {
    const et = this;
    const ws = (s: FakeSheet) => ({
      get Name() { return s.name; },
      set Name(n: string) { s.name = n; },
      Range: (a: string) => et.range(s, a),
      // Cells.FormatConditions: every live rule of the sheet.
      get Cells() {
        const live = () => s.cfs.filter((c) => !c.deleted);
        return { FormatConditions: { get Count() { return live().length; }, Item: (i: number) => { const cf = live()[i - 1]; return { Formula1: cf.formula, Delete: () => { cf.deleted = true; } }; } } };
      },
      get UsedRange() {
        const keys = [...s.cells.keys()].map((k) => parseRangeRef(k));
        if (!keys.length) return et.range(s, 'A1');
        const r = { top: Math.min(...keys.map((k) => k.top)), left: Math.min(...keys.map((k) => k.left)), bottom: Math.max(...keys.map((k) => k.top)), right: Math.max(...keys.map((k) => k.left)) };
        return et.range(s, rangeRef(r));
      },
      Activate: () => { et.active = et.sheets.indexOf(s); },
    });
    const worksheets = {
      get Count() { return et.sheets.length; },
      Item: (x: number | string) => ws(typeof x === 'number' ? et.sheets[x - 1] : et.sheet(x)),
      Add: () => ws(et.addSheet(`Sheet${et.sheets.length + 1}`)),
    };
    return {
      get ActiveSheet() { return ws(et.sheets[et.active]); },
      get ActiveCell() { return et.range(et.sheets[et.active], et.selection.split(':')[0]); },
      get Selection() { return et.range(et.sheets[et.active], et.selection); },
      ActiveWorkbook: { Worksheets: worksheets },
    };
  }
}
