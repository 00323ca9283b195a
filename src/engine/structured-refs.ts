/**
 * Structured references — `Table1[Col]`, `Table1[[#Totals],[Col]]`, `Table1[[#This Row],[Col]]`
 * (`Table1[@Col]` as typed), `[@Col]` inside the table, `Table1[#All]`, `Table1[[ColA]:[ColB]]`,
 * a bare `Table1` — turned into the plain A1 ranges they stand for, from the workbook's table
 * parts (src/xlsx/table-parts.ts), before anything is computed: neither HyperFormula nor the fast
 * path reads them, and a cell whose reference cannot be resolved (a column that is not there,
 * #Totals of a table without a totals row, a table in another workbook) keeps its text, and so
 * Excel's cached value (see hf-evaluate.ts `unmodelled`).
 *
 * The rules are Microsoft's, "Using structured references with Excel tables"
 * (support.microsoft.com, article F5ED2452-2337-4F71-BED3-C8AE6D2B276E):
 * - no item specifier means #Data, the data rows without header and totals;
 * - #All is the whole table, #Headers the header row, #Totals the totals row; #Headers,#Data and
 *   #Data,#Totals combine; #This Row (written `@`) is the row of the formula;
 * - a column range `[ColA]:[ColB]` is every column from ColA to ColB;
 * - `'` escapes `[`, `]`, `#` and `'` in a column name;
 * - table and column names compare without regard to case.
 * A reference to #This Row from a row outside the table's data rows is #VALUE! in Excel: not
 * resolved here, so the cell keeps Excel's value.
 */
import type { CellData, SheetData, TableDef, WorkbookData } from '../xlsx/types';
import { cellRef } from '../xlsx/refs';

/** Where a formula sits: its sheet and 0-based row and column (no position for a defined name). */
export interface FormulaSite {
  sheet: string;
  row: number;
  col: number;
}

/** The workbook's tables by upper-case name, each with its sheet. */
export type TableIndex = Map<string, { table: TableDef; sheet: string }>;

/**
 * The tables of a workbook, by name.
 * @example
 * tableIndex(wb).get('TABLE1')?.table.ref; // 'A1:C6'
 */
export function tableIndex(wb: WorkbookData): TableIndex {
  const out: TableIndex = new Map();
  for (const s of wb.sheets) for (const t of s.tables ?? []) if (!out.has(t.name.toUpperCase())) out.set(t.name.toUpperCase(), { table: t, sheet: s.name });
  return out;
}

/**
 * The workbook with every structured reference it can resolve rewritten as A1 ranges (cells and
 * defined names). The workbook itself is left as it is: a copy of a sheet is made only where a
 * formula changed; with no tables, the same object comes back.
 * @example
 * // Table1 = A1:B4 on Sheet1, columns Name, Score; C2 holds SUM(Table1[Score])
 * resolveStructuredRefs(wb).sheets[0].cells.find((c) => c.ref === 'C2')?.formula; // 'SUM($B$2:$B$4)'
 */
export function resolveStructuredRefs(wb: WorkbookData): WorkbookData {
  const tables = tableIndex(wb);
  if (!tables.size) return wb;
  const names = [...tables.keys()];
  const mentions = (f: string) => f.includes('[') || names.some((n) => f.toUpperCase().includes(n));
  let changed = false;
  const sheets = wb.sheets.map((s): SheetData => {
    let cells: CellData[] | undefined;
    s.cells.forEach((c, i) => {
      if (c.formula === undefined || !mentions(c.formula)) return;
      const f = rewriteStructuredRefs(c.formula, { sheet: s.name, row: c.row, col: c.col }, tables);
      if (f === null || f === c.formula) return;
      cells ??= s.cells.slice();
      // The reader's cells work `ref` out from a getter on their class: the copy keeps the class.
      cells[i] = Object.assign(Object.create(Object.getPrototypeOf(c)) as CellData, c, { formula: f });
    });
    if (!cells) return s;
    changed = true;
    return { ...s, cells };
  });
  const definedNames = wb.definedNames.map((n) => {
    if (!mentions(n.formula)) return n;
    const f = rewriteStructuredRefs(n.formula, null, tables);
    if (f === null || f === n.formula) return n;
    changed = true;
    return { ...n, formula: f };
  });
  return changed ? { ...wb, sheets, definedNames } : wb;
}

const NAME_CHAR = /[\p{L}\p{N}_.\\?]/u;
const NAME_START = /[\p{L}_\\]/u;

/**
 * One formula with its structured references as A1 ranges; the same text when it has none, null
 * when one of them cannot be resolved (then the formula is left whole, and the cell keeps Excel's
 * value). `site` is null for a defined name (no row: #This Row cannot be resolved there).
 * @example
 * // Table1 = A1:C6 on Sheet1: header row 1, data rows 2–5, totals row 6; columns Region, Sales, Cost
 * rewriteStructuredRefs('SUM(Table1[Sales])', { sheet: 'Sheet1', row: 8, col: 0 }, index);        // 'SUM($B$2:$B$5)'
 * rewriteStructuredRefs('Table1[[#Totals],[Cost]]', { sheet: 'Sheet2', row: 0, col: 0 }, index);  // "'Sheet1'!$C$6"
 * rewriteStructuredRefs('[@Sales]-[@Cost]', { sheet: 'Sheet1', row: 2, col: 3 }, index);          // '$B$3-$C$3'
 * rewriteStructuredRefs('Table1[Profit]', { sheet: 'Sheet1', row: 8, col: 0 }, index);            // null (no such column)
 */
export function rewriteStructuredRefs(formula: string, site: FormulaSite | null, tables: TableIndex): string | null {
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string literal or a quoted sheet name: copied whole (a doubled quote escapes one).
      let j = i + 1;
      while (j < n) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      // Right after a name that is no table of this workbook (a table elsewhere): not resolved.
      if (i > 0 && NAME_CHAR.test(formula[i - 1])) return null;
      // Not after a name: an external link ([1]Sheet1!A1, left for the engine to report) or a
      // reference without a table name, which means the table the formula is in.
      if (/^\[\d+\]/.test(formula.slice(i))) {
        const end = formula.indexOf(']', i);
        out += formula.slice(i, end + 1);
        i = end + 1;
        continue;
      }
      const spec = bracket(formula, i);
      if (!spec || !site) return null;
      const own = [...tables.values()].find(({ table: t, sheet }) => sheet === site.sheet && site.row >= t.r1 && site.row <= t.r2 && site.col >= t.c1 && site.col <= t.c2);
      if (!own) return null;
      const a1 = resolve(own.table, own.sheet, spec.text, site);
      if (a1 === null) return null;
      out += a1;
      i = spec.end;
      continue;
    }
    if (NAME_START.test(ch) && (i === 0 || !NAME_CHAR.test(formula[i - 1])) && formula[i - 1] !== '#' && formula[i - 1] !== '!') {
      let j = i + 1;
      while (j < n && NAME_CHAR.test(formula[j])) j++;
      const word = formula.slice(i, j);
      const hit = tables.get(word.toUpperCase());
      if (hit && formula[j] !== '(' && formula[j] !== '!') {
        let text = '';
        let end = j;
        if (formula[j] === '[') {
          const spec = bracket(formula, j);
          if (!spec) return null;
          text = spec.text;
          end = spec.end;
        }
        const a1 = resolve(hit.table, hit.sheet, text, site);
        if (a1 === null) return null;
        out += a1;
        i = end;
        continue;
      }
      out += word;
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** The bracketed specifier starting at `at` (a '['): its inner text and where it ends; null when unclosed. */
function bracket(f: string, at: number): { text: string; end: number } | null {
  let depth = 0;
  for (let j = at; j < f.length; j++) {
    const ch = f[j];
    if (ch === "'") {
      j++; // escapes the next character
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']') {
      depth--;
      if (depth === 0) return { text: f.slice(at + 1, j), end: j + 1 };
    }
  }
  return null;
}

type Item = '#ALL' | '#DATA' | '#HEADERS' | '#TOTALS' | '#THIS ROW';
const ITEMS = new Set<string>(['#ALL', '#DATA', '#HEADERS', '#TOTALS', '#THIS ROW']);

/** A column name as written in a specifier, its escapes undone. */
function unescape(s: string): string {
  return s.replace(/'(.)/g, '$1');
}

/** The parts of a specifier's inner text: `[#Totals],[Col]` → ['#Totals', 'Col'] with the separators. */
function parts(text: string): { items: string[]; seps: string[] } | null {
  const t = text.trim();
  if (!t.startsWith('[')) {
    // Simple form: Table1[Col], Table1[#Data], Table1[@Col], Table1[@].
    if (t.startsWith('@')) {
      const rest = t.slice(1).trim();
      if (!rest) return { items: ['#This Row'], seps: [] };
      const col = rest.startsWith('[') && rest.endsWith(']') ? rest.slice(1, -1) : rest;
      return { items: ['#This Row', col], seps: [','] };
    }
    return { items: t ? [t] : [], seps: [] };
  }
  const items: string[] = [];
  const seps: string[] = [];
  let j = 0;
  // `@` before a bracketed column: Table1[@[Col A]] is [#This Row],[Col A].
  while (j < t.length) {
    while (t[j] === ' ') j++;
    if (t[j] === '@') {
      items.push('#This Row');
      seps.push(',');
      j++;
      continue;
    }
    if (t[j] !== '[') return null;
    const b = bracket(t, j);
    if (!b) return null;
    items.push(b.text);
    j = b.end;
    while (t[j] === ' ') j++;
    if (j >= t.length) break;
    if (t[j] !== ',' && t[j] !== ':') return null;
    seps.push(t[j]);
    j++;
  }
  return { items, seps };
}

/** The A1 text of a specifier on `table`, or null where Excel gives an error (or it is not understood). */
function resolve(table: TableDef, sheet: string, text: string, site: FormulaSite | null): string | null {
  const p = parts(text);
  if (!p) return null;
  const specials = new Set<Item>();
  const cols: number[] = [];
  let range = false;
  for (let k = 0; k < p.items.length; k++) {
    const raw = p.items[k];
    const up = raw.trim().toUpperCase().replace(/\s+/g, ' ');
    if (ITEMS.has(up)) {
      if (cols.length) return null; // items come before columns
      specials.add(up as Item);
      continue;
    }
    const name = unescape(raw);
    let c = table.columns.findIndex((x) => x.toUpperCase() === name.toUpperCase());
    if (c < 0) c = table.columns.findIndex((x) => x.trim().toUpperCase() === name.trim().toUpperCase());
    if (c < 0) return null;
    if (k > 0 && p.seps[k - 1] === ':') {
      if (range || cols.length !== 1) return null;
      range = true;
    } else if (cols.length) return null; // two columns without ':' is a union Excel does not allow
    cols.push(c);
  }
  const rows = rowsOf(table, specials, site);
  if (!rows) return null;
  const c1 = table.c1 + (cols.length ? Math.min(...cols) : 0);
  const c2 = cols.length ? table.c1 + Math.max(...cols) : table.c2;
  const a = `$${cellRef(rows.r1, c1).replace(/(\d+)$/, '$$$1')}`;
  const b = `$${cellRef(rows.r2, c2).replace(/(\d+)$/, '$$$1')}`;
  const area = a === b ? a : `${a}:${b}`;
  return site && site.sheet === sheet ? area : `'${sheet.replace(/'/g, "''")}'!${area}`;
}

/** The rows the item specifiers cover, or null where Excel gives #REF! or #VALUE!. */
function rowsOf(t: TableDef, items: Set<Item>, site: FormulaSite | null): { r1: number; r2: number } | null {
  const head = t.headerRows > 0 ? { r1: t.r1, r2: t.r1 + t.headerRows - 1 } : null;
  const data = { r1: t.r1 + t.headerRows, r2: t.r2 - t.totalsRows };
  const totals = t.totalsRows > 0 ? { r1: t.r2 - t.totalsRows + 1, r2: t.r2 } : null;
  if (data.r1 > data.r2) return null;
  const key = [...items].sort().join(',');
  switch (key) {
    case '':
    case '#DATA':
      return data;
    case '#ALL':
      return { r1: t.r1, r2: t.r2 };
    case '#HEADERS':
      return head;
    case '#TOTALS':
      return totals;
    case '#DATA,#HEADERS':
      return head ? { r1: head.r1, r2: data.r2 } : null;
    case '#DATA,#TOTALS':
      return totals ? { r1: data.r1, r2: totals.r2 } : null;
    case '#THIS ROW':
      return site && site.row >= data.r1 && site.row <= data.r2 ? { r1: site.row, r2: site.row } : null;
    default:
      return null;
  }
}
