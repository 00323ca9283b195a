/**
 * A small accumulator the templates write into by 0-based row and column, so that a template reads
 * as its layout rather than as address arithmetic.
 */
import { cellRef, colName, rangeRef } from '../../xlsx/refs';
import type { CellSpec, SheetSpec, StyleName } from './types';

/** Builds one SheetSpec. */
export class SheetBuilder {
  readonly spec: SheetSpec;
  /** Where each address sits in spec.cells: a search of the array per put made a 3,000-row sheet take 50 s. */
  private readonly at = new Map<string, number>();

  /** @example new SheetBuilder('学位供需').spec.name; // '学位供需' */
  constructor(name: string) {
    this.spec = { name, cells: [], merges: [], columnWidths: {} };
  }

  /**
   * Puts a value or a formula (without '=') into a cell, replacing what was there.
   * @example b.put(0, 0, { value: '标题', style: 'title' });
   */
  put(row: number, col: number, cell: Omit<CellSpec, 'ref'>): this {
    const ref = cellRef(row, col);
    const i = this.at.get(ref);
    const spec: CellSpec = { ref, ...cell };
    if (i !== undefined) this.spec.cells[i] = spec;
    else this.at.set(ref, this.spec.cells.push(spec) - 1);
    return this;
  }

  /**
   * Puts a value and merges it over a rectangle.
   * @example b.merged(0, 0, 0, 6, { value: '标题', style: 'title' }); // A1:G1
   */
  merged(top: number, left: number, bottom: number, right: number, cell: Omit<CellSpec, 'ref'>): this {
    this.put(top, left, cell);
    // The other cells of the merge carry the style too, so borders and fills cover the whole area.
    if (cell.style) for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) this.put(r, c, { style: cell.style });
    this.spec.merges.push(rangeRef({ top, left, bottom, right }));
    return this;
  }

  /** @example b.width(0, 24); // column A 24 characters wide */
  width(col: number, chars: number): this {
    this.spec.columnWidths[colName(col)] = chars;
    return this;
  }

  /** @example b.height(1, 48); // row 2 48 points high */
  height(row: number, points: number): this {
    this.spec.rowHeights = { ...(this.spec.rowHeights ?? {}), [row + 1]: points };
    return this;
  }

  /** A styled empty cell (an input). @example b.blank(4, 2, 'input'); */
  blank(row: number, col: number, style: StyleName): this {
    return this.put(row, col, { style });
  }
}

/**
 * The label for the sheet's language.
 * @example label('en', '学段', 'Stage'); // 'Stage'
 */
export function label(lang: 'zh' | 'en' | undefined, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}
