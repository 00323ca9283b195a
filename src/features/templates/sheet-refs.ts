/**
 * References from one template sheet to another ('学校资源配置'!$S$5:$S$54): how formulas write them,
 * and how they follow a sheet that had to take another name (the pane adds 「学校资源配置 (2)」 when the
 * workbook already has one, and the assessment must then read the new sheet, not the old).
 */
import type { SheetSpec } from './types';

/**
 * A sheet reference as formulas write it: always quoted, a quote inside doubled.
 * @example
 * sheetPrefix('学校资源配置'); // "'学校资源配置'!"
 * sheetPrefix("O'Brien");     // "'O''Brien'!"
 */
export function sheetPrefix(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/**
 * A copy of `spec` whose formulas (and labels that name the sheet in 「」 or "") read sheet `to`
 * where they read `from`.
 * @example
 * const s = { name: 'a', cells: [{ ref: 'A1', formula: "'学校资源配置'!B2" }], merges: [], columnWidths: {} };
 * retargetSheet(s, '学校资源配置', '学校资源配置 (2)').cells[0].formula; // "'学校资源配置 (2)'!B2"
 */
export function retargetSheet(spec: SheetSpec, from: string, to: string): SheetSpec {
  if (from === to) return spec;
  const pairs: [string, string][] = [[sheetPrefix(from), sheetPrefix(to)], [`「${from}」`, `「${to}」`], [`"${from}"`, `"${to}"`]];
  const swap = (s: string, which: [string, string][]) => which.reduce((x, [a, b]) => x.split(a).join(b), s);
  return {
    ...spec,
    cells: spec.cells.map((c) => ({
      ...c,
      ...(c.formula !== undefined ? { formula: swap(c.formula, pairs.slice(0, 1)) } : {}),
      ...(typeof c.value === 'string' ? { value: swap(c.value, pairs.slice(1)) } : {}),
    })),
  };
}
