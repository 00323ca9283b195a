/**
 * A small in-memory Excel workbook exposed through office-addin-mock's OfficeMockObject, for the
 * tests of src/hosts/pane/excel-io.ts. office-addin-mock enforces Office.js's load → sync → read
 * discipline on the properties excel-io reads (address, values, a setting's value, a rule's
 * formula): reading one that was not loaded and synced gives its error string, not the value.
 * Writes (formulas, values, formats, conditional formats, settings, merges, new sheets) are queued
 * and applied to the workbook state at context.sync(), as in Excel.
 *
 * Collections (worksheets, conditional formats) get a hand-written load(), because
 * office-addin-mock cannot load 'items/…' paths of arrays.
 */
// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; jest maps that
// package to an empty shim (the real one pulls in network code), so the enum is provided here.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import { OfficeMockObject } from 'office-addin-mock';
import { cellRef, parseRangeRef, rangeRef } from '../../../src/xlsx/refs';
import { splitSheet } from '../../../src/hosts/pane/address';

/** One cell's state. */
export interface FakeCell {
  value?: unknown;
  formula?: string;
  /** Written with Excel's quote prefix (a leading ' kept the text from being read as a formula). */
  quotePrefix?: boolean;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  align?: string;
  wrap?: boolean;
  border?: boolean;
}

/** One conditional format's state. */
export interface FakeCf { id: string; range: string; type: string; formula?: string; fill?: string; font?: string }

/** One sheet's state. */
export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  cfs: FakeCf[];
  merges: string[];
  widths: Map<string, number>;
  heights: Map<number, number>;
  frozen: { rows: number; cols: number } | null;
  validations: { range: string; rule: unknown; errorAlert: unknown }[];
  /** Charts added: type, the series (name, values range, category range), title and position. */
  charts?: FakeChart[];
}

/** One chart's state. */
export interface FakeChart {
  type: string;
  title: string;
  series: { name: string; values: string; categories?: string }[];
  position?: string;
}

/**
 * What Excel makes of a string set through Range.values: the same as typing it. A leading ' is the
 * quote prefix (text, shown and read back without it); '=…' is a formula; '+…', '-…' are a number
 * when they read as one, else a formula, as is '@…' (Lotus-style entry: =…). Anything else is text.
 * (Numbers and dates in other spellings are left as text here: only the formula starts matter.)
 */
export function typedIn(x: string, c: FakeCell): void {
  delete c.value;
  delete c.formula;
  delete c.quotePrefix;
  if (x.startsWith("'")) Object.assign(c, { value: x.slice(1), quotePrefix: true });
  else if (/^[+-]\d+(\.\d+)?$/.test(x)) c.value = Number(x);
  else if (x.startsWith('=')) c.formula = x;
  else if (/^[+-]./.test(x)) c.formula = `=${x}`;
  else if (/^@./.test(x)) c.formula = `=${x.slice(1)}`;
  else c.value = x;
}

type Mock = OfficeMockObject & Record<string, any>;

function nullObject(m: Mock, isNull: boolean): Mock {
  Object.defineProperty(m, 'isNullObject', { value: isNull, enumerable: true });
  return m;
}

/**
 * The workbook and its Excel mock.
 * @example
 * const wb = new FakeWorkbook(); wb.sheet('Sheet1').cells.set('F5', { value: 4 });
 * (global as any).Excel = wb.excel();
 */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  settings = new Map<string, unknown>();
  active = { sheet: 'Sheet1', cell: 'A1' };
  selection = 'A1';
  activeSheet = 'Sheet1';
  /** How many context.sync() calls were made (batches should stay few). */
  syncs = 0;
  /** Each application.calculate(type) asked for, in order. */
  calculations: string[] = [];
  /** True while office-addin-mock settles loads (its property assignments are not writes). */
  syncing = false;
  private nextCf = 1;
  private pending: (() => void)[] = [];
  private tracked: Mock[] = [];

  constructor(names: string[] = ['Sheet1']) {
    for (const n of names) this.addSheet(n);
  }

  addSheet(name: string): FakeSheet {
    const s: FakeSheet = { name, cells: new Map(), cfs: [], merges: [], widths: new Map(), heights: new Map(), frozen: null, validations: [] };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: no sheet ${name}`);
    return s;
  }

  /** Puts a table of values with its top-left at `topLeft` ('A1'). */
  setValues(sheet: string, topLeft: string, rows: unknown[][]): void {
    const { top, left } = parseRangeRef(topLeft);
    rows.forEach((row, i) => row.forEach((v, j) => {
      if (v !== null && v !== undefined && v !== '') this.sheet(sheet).cells.set(cellRef(top + i, left + j), { value: v });
    }));
  }

  /** Adds a rule as a user would (not through the pane). */
  addUserCf(sheet: string, cf: Omit<FakeCf, 'id'>): FakeCf {
    const x = { ...cf, id: `{cf-${this.nextCf++}}` };
    this.sheet(sheet).cfs.push(x);
    return x;
  }

  private track(m: Mock): Mock {
    this.tracked.push(m);
    return m;
  }

  private usedRect(s: FakeSheet) {
    const keys = [...s.cells.entries()].filter(([, c]) => c.value !== undefined || c.formula !== undefined).map(([k]) => parseRangeRef(k));
    if (!keys.length) return null;
    return {
      top: Math.min(...keys.map((k) => k.top)), left: Math.min(...keys.map((k) => k.left)),
      bottom: Math.max(...keys.map((k) => k.bottom)), right: Math.max(...keys.map((k) => k.right)),
    };
  }

  /** A range mock for reading (address, values, indices, merged areas) or writing. */
  private range(sheetName: string, local: string | null, extra: Record<string, unknown> = {}): Mock {
    const wb = this;
    const s = this.sheet(sheetName);
    const cols = local ? /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(local) : null;
    const rowsOnly = local ? /^\$?(\d+):\$?(\d+)$/.exec(local) : null;
    const rect = cols
      ? { top: 0, left: parseRangeRef(`${cols[1]}1`).left, bottom: 1048575, right: parseRangeRef(`${cols[2]}1`).left }
      : rowsOnly ? { top: Number(rowsOnly[1]) - 1, left: 0, bottom: Number(rowsOnly[2]) - 1, right: 16383 }
      : local ? parseRangeRef(local) : { top: 0, left: 0, bottom: 1048575, right: 16383 };
    const whole = local === null;
    const values = whole || cols || rowsOnly ? [] : Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
      Array.from({ length: rect.right - rect.left + 1 }, (_, j) => {
        const c = s.cells.get(cellRef(rect.top + i, rect.left + j));
        return c?.value ?? (c?.formula ? c.formula : '');
      }));
    const address = `${sheetName}!${whole ? 'A:XFD' : cols || rowsOnly ? local : rangeRef(rect)}`;
    const m = new OfficeMockObject({
      ...extra,
      address,
      values,
      rowIndex: rect.top,
      columnIndex: rect.left,
      format: {
        font: {}, fill: {},
        borders: {
          getItem: (edge: string) => {
            const b = wb.track(new OfficeMockObject({ edge }) as Mock);
            b._edgeOf = { sheet: sheetName, rect };
            return b;
          },
        },
      },
      conditionalFormats: {
        add(type: string) {
          const cf = wb.track(new OfficeMockObject({ type, custom: { rule: {}, format: { fill: {}, font: {} } } }) as Mock);
          cf._new = { sheet: sheetName, range: rangeRef(rect), type };
          return cf;
        },
      },
      dataValidation: {},
      merge(across: boolean) {
        wb.pending.push(() => { if (!across) s.merges.push(rangeRef(rect)); });
      },
      getMergedAreasOrNullObject() {
        const inside = s.merges.filter((x) => {
          const r = parseRangeRef(x);
          return r.top <= rect.bottom && r.bottom >= rect.top && r.left <= rect.right && r.right >= rect.left;
        });
        return nullObject(wb.track(new OfficeMockObject({ address: inside.map((x) => `${sheetName}!${x}`).join(', ') }) as Mock), inside.length === 0);
      },
    }) as Mock;
    // Collections: the rules intersecting the range (the whole sheet here), loaded by hand.
    const cfColl = m.conditionalFormats as Mock;
    cfColl.load = function load() {
      this.items = s.cfs.map((cf) => {
        const item = wb.track(new OfficeMockObject({ id: cf.id, type: cf.type, custom: { rule: { formula: cf.formula ?? '' } } }) as Mock);
        item.delete = () => wb.pending.push(() => { s.cfs = s.cfs.filter((x) => x !== cf); });
        item.getRangeOrNullObject = () =>
          nullObject(wb.track(new OfficeMockObject({ address: `${s.name}!${cf.range}` }) as Mock), false);
        item.load('id,type'); // what load('items/id,items/type') does to each item
        return item;
      });
      return this;
    };
    m._write = { sheet: sheetName, rect, whole };
    m._writes = [];
    // values / formulas / numberFormat: an assignment of an array by the code under test is a
    // write (applied at sync); office-addin-mock's own assignments — while syncing, or of its
    // "not loaded / not synced" error strings when load() is called — are not.
    for (const prop of ['values', 'formulas', 'numberFormat']) {
      let current = m[prop];
      Object.defineProperty(m, prop, {
        configurable: true,
        get: () => current,
        set: (v) => {
          if (!wb.syncing && Array.isArray(v)) m._writes.push([prop, v]);
          current = v;
        },
      });
    }
    return this.track(m);
  }

  private worksheet(name: string): Mock {
    const wb = this;
    const ws = new OfficeMockObject({
      name,
      getRange: (a?: string) => wb.range(name, a ?? null),
      getUsedRangeOrNullObject() {
        const r = wb.usedRect(wb.sheet(name));
        // isNullObject is readable after any sync in Office.js (no load of its own): a plain property.
        if (!r) return nullObject(wb.track(new OfficeMockObject({ address: '', values: [], rowIndex: 0, columnIndex: 0 }) as Mock), true);
        return nullObject(wb.range(name, rangeRef(r)), false);
      },
      activate: () => wb.pending.push(() => { wb.activeSheet = name; }),
      charts: {
        add: (type: string, source: Mock) => {
          const addr = (r: Mock) => rangeRef(r._write.rect);
          const chart: FakeChart = { type, title: '', series: [{ name: '', values: addr(source) }] };
          (wb.sheet(name).charts ??= []).push(chart);
          const seriesApi = (i: number) => ({
            set name(v: string) { chart.series[i].name = v; },
            get name() { return chart.series[i].name; },
            setValues: (r: Mock) => { chart.series[i].values = addr(r); },
            setXAxisValues: (r: Mock) => { chart.series[i].categories = addr(r); },
          });
          return {
            title: { set text(v: string) { chart.title = v; }, get text() { return chart.title; } },
            axes: { categoryAxis: { title: { text: '' } }, valueAxis: { title: { text: '' } } },
            series: {
              getItemAt: (i: number) => seriesApi(i),
              add: (n: string) => { chart.series.push({ name: n, values: '' }); return seriesApi(chart.series.length - 1); },
            },
            setPosition: (from: string, to: string) => { chart.position = `${from}:${to}`; },
          };
        },
      },
      freezePanes: {
        freezeAt: (r: Mock) => wb.pending.push(() => {
          const x = r._write.rect;
          wb.sheet(name).frozen = { rows: x.bottom + 1, cols: x.right + 1 };
        }),
        freezeRows: (n: number) => wb.pending.push(() => { wb.sheet(name).frozen = { rows: n, cols: 0 }; }),
        freezeColumns: (n: number) => wb.pending.push(() => { wb.sheet(name).frozen = { rows: 0, cols: n }; }),
      },
    }) as Mock;
    return this.track(ws);
  }

  /** Applies what the code assigned to the mocks since the last sync. */
  private commit(): void {
    for (const m of this.tracked) {
      if (m._write && !m._write.whole) {
        const { sheet, rect } = m._write;
        const s = this.sheet(sheet);
        const each = (fn: (c: FakeCell, i: number, j: number) => void) => {
          for (let i = 0; i <= rect.bottom - rect.top; i++) {
            for (let j = 0; j <= rect.right - rect.left; j++) {
              const k = cellRef(rect.top + i, rect.left + j);
              const c = s.cells.get(k) ?? {};
              fn(c, i, j);
              s.cells.set(k, c);
            }
          }
        };
        for (const [prop, v] of (m._writes as [string, unknown[][]][]).splice(0)) {
          each((c, i, j) => {
            const x = v[i][j];
            if (prop === 'numberFormat') c.numberFormat = x as string;
            else if (prop === 'formulas' && typeof x === 'string' && x.startsWith('=')) { c.formula = x; delete c.value; }
            else if (prop === 'values' && typeof x === 'string') typedIn(x, c);
            else { c.value = x; delete c.formula; }
          });
        }
        const f = m.format as Mock;
        if (f) {
          const font = f.font as Mock;
          const fill = f.fill as Mock;
          if (typeof font?.bold === 'boolean') each((c) => { c.bold = font.bold; });
          if (typeof font?.italic === 'boolean') each((c) => { c.italic = font.italic; });
          if (typeof font?.size === 'number') each((c) => { c.size = font.size; });
          if (typeof font?.color === 'string' && font.color.startsWith('#')) each((c) => { c.color = font.color; });
          if (typeof fill?.color === 'string' && fill.color.startsWith('#')) each((c) => { c.fill = fill.color; });
          if (typeof f.horizontalAlignment === 'string') each((c) => { c.align = f.horizontalAlignment; });
          if (typeof f.wrapText === 'boolean') each((c) => { c.wrap = f.wrapText; });
          if (typeof f.rowHeight === 'number') {
            for (let row = rect.top; row <= rect.bottom; row++) s.heights.set(row + 1, f.rowHeight);
          }
          if (typeof f.columnWidth === 'number') {
            for (let col = rect.left; col <= rect.right; col++) s.widths.set(cellRef(0, col).replace(/\d+$/, ''), f.columnWidth);
          }
        }
      }
      const dv = m.dataValidation as Mock | undefined;
      if (m._write && dv && typeof dv.rule === 'object' && dv.rule && !m._dvDone) {
        m._dvDone = true;
        this.sheet(m._write.sheet).validations.push({ range: rangeRef(m._write.rect), rule: dv.rule, errorAlert: dv.errorAlert });
      }
      if (m._new && !m._cf) {
        // A conditional format added through a range's collection.
        const cf: FakeCf = { id: `{cf-${this.nextCf++}}`, range: m._new.range, type: m._new.type };
        this.sheet(m._new.sheet).cfs.push(cf);
        m._cf = cf;
      }
      if (m._cf) {
        const rule = m.custom.rule as Mock;
        const fmt = m.custom.format as Mock;
        if (typeof rule.formula === 'string' && rule.formula.startsWith('=')) m._cf.formula = rule.formula;
        if (typeof fmt.fill.color === 'string' && fmt.fill.color.startsWith('#')) m._cf.fill = fmt.fill.color;
        if (typeof fmt.font.color === 'string' && fmt.font.color.startsWith('#')) m._cf.font = fmt.font.color;
      }
    }
    for (const m of this.tracked) {
      if (!m._edgeOf || m.style !== 'Continuous') continue;
      const { sheet, rect } = m._edgeOf;
      for (let i = rect.top; i <= rect.bottom; i++) {
        for (let j = rect.left; j <= rect.right; j++) {
          const k = cellRef(i, j);
          this.sheet(sheet).cells.set(k, { ...(this.sheet(sheet).cells.get(k) ?? {}), border: true });
        }
      }
    }
    const ops = this.pending;
    this.pending = [];
    for (const op of ops) op();
  }

  /** The Excel global for excel-io: Excel.run(batch) with a fresh context per run. */
  excel(): { run: <T>(batch: (ctx: any) => Promise<T>) => Promise<T> } {
    const wb = this;
    return {
      async run<T>(batch: (ctx: any) => Promise<T>): Promise<T> {
        wb.tracked = [];
        const worksheets = {
          getActiveWorksheet: () => wb.worksheet(wb.activeSheet),
          getItem: (n: string) => { wb.sheet(n); return wb.worksheet(n); },
          add: (n: string) => {
            if (wb.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase())) throw new Error(`ItemAlreadyExists: ${n}`);
            wb.addSheet(n);
            return wb.worksheet(n);
          },
          load(this: { items?: Mock[] }) {
            // what load('items/name') does to each item
            this.items = wb.sheets.map((s) => wb.worksheet(s.name).load('name') as Mock);
            return this;
          },
        };
        const settingMock = (key: string) => {
          // (office-addin-mock cannot hold a null: an absent setting reads as '')
          const m = nullObject(wb.track(new OfficeMockObject({ key, value: wb.settings.get(key) ?? '' }) as Mock), !wb.settings.has(key));
          m.delete = () => wb.pending.push(() => wb.settings.delete(key));
          return m;
        };
        const ctx = new OfficeMockObject({
          workbook: {
            getActiveCell: () => wb.track(new OfficeMockObject({ address: `${wb.active.sheet}!${wb.active.cell}` }) as Mock),
            getSelectedRange: () => {
              const { sheet, local } = splitSheet(wb.selection.includes('!') ? wb.selection : `${wb.activeSheet}!${wb.selection}`);
              return wb.range(sheet ?? wb.activeSheet, local);
            },
            application: { calculate: (type: string) => wb.pending.push(() => wb.calculations.push(type)) },
            settings: {
              getItemOrNullObject: (key: string) => settingMock(key),
              add: (key: string, value: unknown) => wb.pending.push(() => wb.settings.set(key, value)),
            },
          },
          async sync() {
            wb.syncs++;
            wb.syncing = true;
            for (const m of wb.tracked) await m.sync();
            // office-addin-mock settles loaded children in later microtasks: let them run.
            await new Promise((r) => setTimeout(r, 0));
            wb.syncing = false;
            wb.commit();
          },
        }) as Mock;
        // Not mock properties: plain objects whose functions build mocks.
        (ctx.workbook as Mock).worksheets = worksheets;
        return batch(ctx);
      },
    };
  }
}
