/**
 * Chart labels that fit: long Chinese indicator names (每百名学生拥有体育、艺术(美术、音乐)专任教师数 is
 * 25 characters, about 330 px at 13 px) were drawn right-aligned into a fixed 300 px margin and ran
 * off the left edge of the SVG. report.html has no script, so text cannot be measured when it is
 * shown; it is measured here instead, by East Asian width (string-width: a Chinese character is 2
 * columns, a Latin letter 1), with a column taken as 0.6 em — more than any CJK or Latin glyph of the
 * fonts the page names needs — then wrapped into lines that fit, and the margin sized to the widest.
 */
import stringWidth from 'string-width';

/** Width of a column (half a CJK character) in em: generous so that an estimate never falls short. */
const COLUMN_EM = 0.6;

/**
 * Estimated rendered width of `text` in px at `fontSize` (an upper bound for the report's fonts).
 * @example
 * textWidth('生均', 13);  // 31.2 (4 columns × 0.6 × 13)
 * textWidth('12 / 30', 13); // 54.6
 */
export function textWidth(text: string, fontSize: number): number {
  return Number((stringWidth(text) * COLUMN_EM * fontSize).toFixed(2));
}

/** Characters that may not begin a line (Chinese line-breaking rule: closing punctuation stays behind). */
const NO_LINE_START = /^[、，。；：）)》」』,.;:!?！？]/;
/** Characters that may not end a line (an opening bracket goes with what it opens). */
const NO_LINE_END = /[（(《「『]$/u;

/**
 * Breaks `text` into lines no wider than `maxWidth` px, except that a closing punctuation mark stays
 * on the line before it (one mark over the limit). The caller sizes its margin from the widest line.
 * @example
 * wrapLabel('每百名学生拥有体育、艺术(美术、音乐)专任教师数', 200, 13);
 * // ['每百名学生拥有体育、艺术', '(美术、音乐)专任教师数']
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  const greedy = breakLines(text, maxWidth, fontSize);
  // Balanced: the narrowest width that still needs no more lines, so that a name of 15 characters
  // wraps as 8 + 7, not as 14 + 1 (每百名学生拥有高于规定学历教 / 师数).
  if (greedy.length < 2) return greedy;
  const even = Math.floor(textWidth(text, fontSize) / greedy.length);
  for (let w = even; w < maxWidth; w += 2) {
    const lines = breakLines(text, w, fontSize);
    if (lines.length <= greedy.length) return lines;
  }
  return greedy;
}

/** Greedy line breaking at `maxWidth` with the punctuation rules above. */
function breakLines(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && textWidth(line + ch, fontSize) > maxWidth && !NO_LINE_START.test(ch)) {
      const open = NO_LINE_END.exec(line);
      const carried = open && open.index > 0 ? open[0] : '';
      lines.push(line.slice(0, line.length - carried.length));
      line = carried;
    }
    line += ch;
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}
