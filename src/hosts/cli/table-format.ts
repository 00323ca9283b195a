/**
 * Aligned text tables for a terminal, where a Chinese character takes two columns.
 */
import stringWidth from 'string-width';

/**
 * Pads every column to its widest cell, counting East Asian wide characters as 2.
 * @example
 * formatTable([['指标', 'value'], ['班额', '45']]);
 * // '指标  value\n班额  45'
 */
export function formatTable(rows: string[][], maxWidth = 40): string {
  const cut = (s: string) => {
    if (stringWidth(s) <= maxWidth) return s;
    let out = '';
    for (const ch of s) {
      if (stringWidth(out + ch + '…') > maxWidth) break;
      out += ch;
    }
    return out + '…';
  };
  const cells = rows.map((r) => r.map((c) => cut(c.replace(/\s+/g, ' '))));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(c))));
  return cells
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - stringWidth(c)))).join('  ').trimEnd())
    .join('\n');
}
