/**
 * Excel tables (ListObjects): each lives in a table part (xl/tables/tableN.xml) that a worksheet
 * names through its relationships (`<tablePart r:id>` → a relationship of type …/table). The
 * engine needs their names, ranges, header and totals rows and column names to turn a structured
 * reference (`Table1[Col]`) into the A1 range it stands for (src/engine/structured-refs.ts).
 */
import type { XlsxPackage } from './open';
import { parseRels, relType, relsPathOf } from './opc';
import { attrOf, saxWalk } from './sax';
import { parseRange } from './refs';

/** One table of a worksheet, as its table part declares it. Rows and columns 0-based. */
export interface TableDef {
  /** The name formulas use (`displayName`; `name` where a writer left it out). */
  name: string;
  /** The whole table, headers and totals included: 'A1:C6'. */
  ref: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  /** Header rows at the top (1, or 0 for a table whose header row is hidden). */
  headerRows: number;
  /** Totals rows at the bottom (0 or 1). */
  totalsRows: number;
  /** Column names left to right, one for each column of `ref`. */
  columns: string[];
}

/**
 * Reads one table part; null when it is not a usable table (no name, no range, column count not
 * the range's width). A table is an extra: a damaged one leaves its references uncomputed rather
 * than refusing the workbook.
 * @example
 * parseTablePart('<table xmlns="…" id="1" name="T" displayName="Scores" ref="A1:B3"><tableColumns count="2">' +
 *   '<tableColumn id="1" name="Name"/><tableColumn id="2" name="Score"/></tableColumns></table>', 'xl/tables/table1.xml');
 * // { name: 'Scores', ref: 'A1:B3', r1: 0, c1: 0, r2: 2, c2: 1, headerRows: 1, totalsRows: 0, columns: ['Name', 'Score'] }
 */
export function parseTablePart(xml: string, part: string): TableDef | null {
  let name = '';
  let ref = '';
  let headerRows = 1;
  let totalsRows = 0;
  const columns: string[] = [];
  try {
    saxWalk(xml, part, {
      open(t, depth) {
        if (depth === 0 && t.local === 'table') {
          name = attrOf(t, 'displayName') ?? attrOf(t, 'name') ?? '';
          ref = attrOf(t, 'ref') ?? '';
          headerRows = Number(attrOf(t, 'headerRowCount') ?? '1');
          totalsRows = Number(attrOf(t, 'totalsRowCount') ?? '0');
        } else if (depth === 2 && t.local === 'tableColumn') {
          // Column names are stored as typed; a line break inside one is _x000a_ in some writers.
          columns.push((attrOf(t, 'name') ?? '').replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
        }
      },
    });
  } catch {
    return null;
  }
  const r = parseRange(ref);
  if (!name || !r || !Number.isInteger(headerRows) || !Number.isInteger(totalsRows) || headerRows < 0 || totalsRows < 0) return null;
  if (columns.length !== r.c2 - r.c1 + 1) return null;
  return { name, ref, ...r, headerRows, totalsRows, columns };
}

/**
 * The tables of the worksheet at `sheetPart`, found through its relationships.
 * @example
 * readSheetTables(pkg, 'xl/worksheets/sheet1.xml')[0]?.name; // 'Table1'
 */
export function readSheetTables(pkg: XlsxPackage, sheetPart: string): TableDef[] {
  const rels = relsPathOf(sheetPart);
  if (!pkg.has(rels)) return [];
  const out: TableDef[] = [];
  let list;
  try {
    list = parseRels(pkg.text(rels), sheetPart);
  } catch {
    return [];
  }
  for (const r of list) {
    if (relType(r) !== 'table' || !r.partName || !pkg.has(r.partName)) continue;
    let xml: string;
    try {
      xml = pkg.text(r.partName);
    } catch {
      continue;
    }
    const t = parseTablePart(xml, r.partName);
    if (t) out.push(t);
  }
  return out;
}
