/**
 * A1 references, the one module of them: 'B7' ⇄ row 6, column 1 (both 0-based, as CellData
 * carries them), ranges as corners or rectangles, and the grid's limits. Excel's grid is
 * 1,048,576 rows × 16,384 columns (A … XFD); anything outside is not a reference. Two contracts,
 * two names: parseCellRef / parseRange answer null for what is not a reference (the reader asks
 * of every cell), cellAt / parseRangeRef throw (a template or the pane names its own cells).
 */

/** Rows in a sheet (1 … 1,048,576). */
export const MAX_ROWS = 1048576;
/** Columns in a sheet (A … XFD). */
export const MAX_COLS = 16384;

/**
 * Column letters for a 0-based column index.
 * @example
 * colName(0);     // 'A'
 * colName(27);    // 'AB'
 * colName(16383); // 'XFD'
 */
export function colName(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = (n - 1 - m) / 26;
  }
  return s;
}

/**
 * The A1 reference of a 0-based row and column.
 * @example
 * cellRef(6, 1); // 'B7'
 */
export function cellRef(row: number, col: number): string {
  return colName(col) + (row + 1);
}

/**
 * Parses 'B7', '$B$7' or 'b7' into 0-based { row, col }; null when it is not a cell reference
 * inside the grid.
 * @example
 * parseCellRef('$B$7'); // { row: 6, col: 1 }
 * parseCellRef('XFE1'); // null
 */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const key = refKey(ref, 0, ref.length);
  return key < 0 ? null : { row: Math.floor(key / MAX_COLS), col: key % MAX_COLS };
}

/**
 * A cell reference between offsets `start` and `end` of `s` as one number, row × 16384 + col
 * (0-based), or -1 when it is not a reference inside the grid. No strings are made: the reader
 * calls this for every cell.
 * @example
 * refKey('<c r="B7"', 6, 8); // 6 * 16384 + 1
 */
export function refKey(s: string, start: number, end: number): number {
  let i = start;
  if (s.charCodeAt(i) === 36 /* $ */) i++;
  let col = 0;
  const colStart = i;
  for (; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === colStart || i - colStart > 3 || col > MAX_COLS) return -1;
  if (s.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
    if (row > MAX_ROWS) return -1;
  }
  if (i === rowStart || row < 1) return -1;
  return (row - 1) * MAX_COLS + (col - 1);
}

/**
 * Parses a range 'A1:C3' (or a single cell 'B2') into 0-based corners.
 * @example
 * parseRange('A1:C3'); // { r1: 0, c1: 0, r2: 2, c2: 2 }
 */
export function parseRange(ref: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const colon = ref.indexOf(':');
  const a = parseCellRef(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : parseCellRef(ref.slice(colon + 1));
  if (!a || !b) return null;
  return { r1: Math.min(a.row, b.row), c1: Math.min(a.col, b.col), r2: Math.max(a.row, b.row), c2: Math.max(a.col, b.col) };
}

/**
 * 0-based column index of column letters; throws on anything that is not A … XFD.
 * @example colIndex('AB'); // 27
 */
export function colIndex(letters: string): number {
  const key = refKey(`${letters}1`, 0, letters.length + 1);
  if (key < 0 || letters.startsWith('$')) throw new Error(`not a column: ${letters}`);
  return key % MAX_COLS;
}

/**
 * A cell address ('F5', '$F$5') as 0-based row and column; throws when it is not one.
 * @example cellAt('$B$3'); // { row: 2, col: 1 }
 */
export function cellAt(a1: string): { row: number; col: number } {
  const p = parseCellRef(a1.trim());
  if (!p) throw new Error(`not a cell address: ${a1}`);
  return p;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect { top: number; left: number; bottom: number; right: number }

/**
 * A range address ('B2:D4', one cell 'F5', whole columns 'A:A' or whole rows '3:3') as a
 * rectangle; throws when it is none of these.
 * @example parseRangeRef('B2:D4'); // { top: 1, left: 1, bottom: 3, right: 3 }
 * @example parseRangeRef('A:A');   // { top: 0, left: 0, bottom: 1048575, right: 0 }
 */
export function parseRangeRef(a1: string): Rect {
  const [a, b] = a1.split(':').map((x) => x.trim().replace(/\$/g, ''));
  // Whole columns ('A:A', how some tools write a merge over a column) and whole rows ('3:3').
  const cols = b !== undefined && /^[A-Za-z]{1,3}$/.test(a) && /^[A-Za-z]{1,3}$/.test(b);
  const rows = b !== undefined && /^\d+$/.test(a) && /^\d+$/.test(b);
  if (cols || rows) {
    const n = (x: string) => (cols ? colIndex(x) : Number(x) - 1);
    const [lo, hi] = [Math.min(n(a), n(b)), Math.max(n(a), n(b))];
    return cols ? { top: 0, left: lo, bottom: MAX_ROWS - 1, right: hi } : { top: lo, left: 0, bottom: hi, right: MAX_COLS - 1 };
  }
  const p = cellAt(a);
  const q = b ? cellAt(b) : p;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/**
 * A1 range address of a rectangle ('F5' for one cell).
 * @example rangeRef({ top: 2, left: 10, bottom: 51, right: 10 }); // 'K3:K52'
 */
export function rangeRef(r: Rect): string {
  const a = cellRef(r.top, r.left);
  const b = cellRef(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}
