/**
 * One statistics table as read from its sheet: where its column-code row is (甲 乙 1 2 3 …), which
 * column holds the 编号 row codes, and each data column's header path (the texts above it, a merged
 * header counted in every column it spans). A figure is then found by row code + column code, or,
 * where a code is missing, by 甲 label + header path — never by a fixed address.
 */
import { parseRangeRef } from '../../../xlsx/refs';
import type { Grid } from '../../school-table/types';

/** A located table. */
export interface TableGrid {
  grid: Grid;
  /** 0-based row of the column codes; -1 when the sheet has none. */
  codeRow: number;
  /** First header row (the headers are rows headerTop … codeRow − 1, or … firstData − 1). */
  headerTop: number;
  /** 0-based column of the row names (甲) and of the 编号 (乙); -1 when absent. */
  labelCol: number;
  codeCol: number;
  /** Column code → 0-based column. */
  colByCode: Map<string, number>;
  /** Row code → 0-based row. */
  rowByCode: Map<string, number>;
  /** Header path of every column. */
  paths: string[][];
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).replace(/\s+/g, '').trim());

/**
 * A code as the forms write it: 1 / '1' / '01' / '０１' all become '01' for rows; column codes keep
 * their digits without leading zeros ('1'), and 甲 乙 丙 as they are.
 * @example rowCode(1);      // '01'
 * @example rowCode('０３'); // '03'
 * @example colCode('01');   // '1'
 * @example rowCode('（01）'); // '01'
 */
export function rowCode(v: unknown): string {
  // Full-width digits, and a code in brackets as the forms' notes write them: (1), （01）.
  const t = text(v).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/^[（(](.+)[)）]$/, '$1');
  return /^\d+$/.test(t) ? String(Number(t)).padStart(2, '0') : t;
}
/** @see rowCode @example colCode(7); // '7' */
export function colCode(v: unknown): string {
  const t = rowCode(v);
  return /^\d+$/.test(t) ? String(Number(t)) : t;
}

/**
 * The grid with every merged range's value copied into each of its cells (headers only need it).
 * @example unmerge([['在校生数', null]], ['A1:B1'])[0][1]; // '在校生数'
 */
export function unmerge(g: Grid, merges: readonly string[]): Grid {
  const out = g.map((r) => [...r]);
  for (const m of merges) {
    let r;
    try {
      r = parseRangeRef(m);
    } catch {
      continue;
    }
    const v = g[r.top]?.[r.left] ?? null;
    for (let y = r.top; y <= r.bottom; y++) for (let x = r.left; x <= r.right; x++) (out[y] ??= [])[x] = v;
  }
  return out;
}

/**
 * Locates the parts of a statistics table in its grid.
 * @example
 * const t = tableGrid([['表号：教基3112'], ['', '', '在校生数'], ['甲', '乙', 1], ['总计', '01', '120']], []);
 * t.colByCode.get('1'); // 2
 * t.rowByCode.get('01'); // 3
 */
export function tableGrid(grid: Grid, merges: readonly string[]): TableGrid {
  const full = unmerge(grid, merges);
  let codeRow = -1;
  let labelCol = -1;
  let codeCol = -1;
  for (let r = 0; r < Math.min(full.length, 30) && codeRow < 0; r++) {
    const row = full[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (text(row[c]) === '甲' && text(row[c + 1]) === '乙') {
        codeRow = r;
        labelCol = c;
        codeCol = c + 1;
        break;
      }
    }
  }
  const colByCode = new Map<string, number>();
  const rowByCode = new Map<string, number>();
  // Without a code row: the 编号 column is the one headed 编号 / 代码, the names the one left of it.
  let firstData = codeRow + 1;
  if (codeRow < 0) {
    for (let r = 0; r < Math.min(full.length, 30) && codeCol < 0; r++) {
      const row = full[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        if (/^(编号|代码|行次)$/.test(text(row[c]))) {
          codeCol = c;
          labelCol = c - 1;
          firstData = r + 1;
          while (firstData < full.length && text(full[firstData]?.[c]) === text(row[c])) firstData++;
          break;
        }
      }
    }
  } else {
    (full[codeRow] ?? []).forEach((v, c) => {
      const k = colCode(v);
      if (k && !colByCode.has(k)) colByCode.set(k, c);
    });
  }
  if (codeCol >= 0) {
    for (let r = Math.max(0, firstData); r < grid.length; r++) {
      const k = rowCode(grid[r]?.[codeCol]);
      if (k && !rowByCode.has(k)) rowByCode.set(k, r);
    }
  }
  // Headers: up to four rows above the codes (or the data), leaving out title rows — a row that
  // names the table (表号, 单位, a table code) or one text merged across the whole row.
  const headerEnd = codeRow >= 0 ? codeRow : Math.max(0, firstData);
  const isTitle = (r: number) => {
    const vals = (full[r] ?? []).map(text).filter((t) => t !== '');
    return vals.some((t) => /表号|单位[:：]|基础基\d|教基\d|填报/.test(t)) || (vals.length > 2 && new Set(vals).size === 1);
  };
  let headerTop = headerEnd;
  while (headerTop > 0 && headerEnd - headerTop < 4 && !isTitle(headerTop - 1)) headerTop--;
  const width = Math.max(0, ...full.slice(headerTop, headerEnd + 1).map((r) => r?.length ?? 0));
  const paths: string[][] = [];
  for (let c = 0; c < width; c++) {
    const p: string[] = [];
    for (let r = headerTop; r < headerEnd; r++) {
      const t = text(full[r]?.[c]);
      if (t && p[p.length - 1] !== t) p.push(t);
    }
    paths.push(p);
  }
  return { grid, codeRow, headerTop, labelCol, codeCol, colByCode, rowByCode, paths };
}

/**
 * Whether a header path holds every term, in order (each term contained in one header text).
 * @example pathMatches(['在校生数', '合计'], ['在校生数']); // true
 * @example pathMatches(['在校生数', '合计'], ['合计', '在校生数']); // false
 */
export function pathMatches(path: readonly string[], terms: readonly string[]): boolean {
  let i = 0;
  for (const p of path) if (i < terms.length && p.includes(text(terms[i]))) i++;
  return i === terms.length;
}

/**
 * The 0-based column of a column code, else of the first column whose header path matches.
 * @example findCol(t, '7', ['在校生数', '合计']); // 8 (column I)
 */
export function findCol(t: TableGrid, code: string, path: readonly string[] | undefined): number | null {
  const byCode = t.colByCode.get(code);
  if (byCode !== undefined) return byCode;
  if (!path || path.length === 0) return null;
  const c = t.paths.findIndex((p, i) => i !== t.labelCol && i !== t.codeCol && pathMatches(p, path));
  return c >= 0 ? c : null;
}

/**
 * The 0-based row of a row code, else of the first row whose 甲 label holds the given label.
 * @example findRow(t, '01', '总计'); // 5
 */
export function findRow(t: TableGrid, code: string, label: string | undefined): number | null {
  const byCode = t.rowByCode.get(code);
  if (byCode !== undefined) return byCode;
  if (!label || t.labelCol < 0) return null;
  const want = text(label);
  const start = t.codeRow >= 0 ? t.codeRow + 1 : t.headerTop;
  for (let r = start; r < t.grid.length; r++) if (text(t.grid[r]?.[t.labelCol]) === want) return r;
  return null;
}
