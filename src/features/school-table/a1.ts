/**
 * A1 addresses for the sheet and template modules: column letters, cells and ranges as 0-based
 * rows and columns. Kept here (not borrowed from the task pane) so that src/features/school-table and
 * src/features/templates stay free of any UI module.
 */

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect { top: number; left: number; bottom: number; right: number }

/**
 * Column letters of a 0-based column index.
 * @example
 * colName(0);  // 'A'
 * colName(27); // 'AB'
 */
export function colName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * 0-based column index of column letters.
 * @example colIndex('AB'); // 27
 */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A1 name of a 0-based cell.
 * @example cellRef(4, 10); // 'K5'
 */
export function cellRef(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

/**
 * A cell address ('F5', '$F$5') as 0-based row and column.
 * @example parseCellRef('$B$3'); // { row: 2, col: 1 }
 */
export function parseCellRef(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`not a cell address: ${a1}`);
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}

/**
 * A range address ('B2:D4', or one cell 'F5') as a rectangle.
 * @example parseRangeRef('B2:D4'); // { top: 1, left: 1, bottom: 3, right: 3 }; 'A:A' is rows 0..1048575 of column 0
 */
export function parseRangeRef(a1: string): Rect {
  const [a, b] = a1.split(':');
  // Whole columns ('A:A', how some tools write a merge over a column) and whole rows ('3:3').
  const cols = b !== undefined && /^\$?[A-Za-z]{1,3}$/.test(a.trim()) && /^\$?[A-Za-z]{1,3}$/.test(b.trim());
  const rows = b !== undefined && /^\$?\d+$/.test(a.trim()) && /^\$?\d+$/.test(b.trim());
  if (cols || rows) {
    const n = (x: string) => (cols ? colIndex(x.trim().replace('$', '')) : Number(x.trim().replace('$', '')) - 1);
    const [lo, hi] = [Math.min(n(a), n(b)), Math.max(n(a), n(b))];
    return cols ? { top: 0, left: lo, bottom: 1_048_575, right: hi } : { top: lo, left: 0, bottom: hi, right: 16_383 };
  }
  const p = parseCellRef(a);
  const q = b ? parseCellRef(b) : p;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/**
 * A1 range address of a rectangle.
 * @example rangeRef({ top: 2, left: 10, bottom: 51, right: 10 }); // 'K3:K52'
 */
export function rangeRef(r: Rect): string {
  const a = cellRef(r.top, r.left);
  const b = cellRef(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}
