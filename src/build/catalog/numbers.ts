/**
 * Finding the numbers a Chinese sentence states, so the build can check that a seed row's value
 * really is in its quote: "达到96%以上" states 96 (and so 0.96), "新增学位7,200个" 7200,
 * "0.72万" 7200, "三年" 3, "二〇二五年" 2025, "百分之九十" 90.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * Value of a run of Chinese numerals, or null when it is not one.
 * @example
 * parseChineseNumeral('一千二百'); // 1200
 * parseChineseNumeral('十五');     // 15
 * parseChineseNumeral('二〇二五'); // 2025
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  // Digit by digit with no units (二〇二五) is a year-style number.
  if ([...s].every((c) => c in DIGITS)) {
    return [...s].length === 1 ? DIGITS[s] : Number([...s].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGITS) {
      digit = DIGITS[c];
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c];
      digit = null;
    } else if (c in BIG_UNITS) {
      total += (section + (digit ?? 0)) * BIG_UNITS[c];
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * Every number stated in a text: Arabic numbers (with thousands separators and 万/亿), Chinese
 * numerals and 百分之N. Percentages are returned as written (96 for 96%); the caller also tries /100.
 * @example
 * numbersIn('小学缺口共计7,200个学位，约0.72万'); // [7200, 0.72, 7200]
 * numbersIn('百分之九十五');                    // [95, …]
 * numbersIn('占近1/3');                         // [1, 3, 0.333…]
 */
export function numbersIn(text: string): number[] {
  const t = text.normalize('NFKC');
  const out: number[] = [];
  for (const m of t.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万|亿)?/g)) {
    const n = Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
    out.push(n);
    if (m[3]) out.push(n * BIG_UNITS[m[3]]);
  }
  for (const m of t.matchAll(/[零〇一二两三四五六七八九十百千万亿]+/g)) {
    const n = parseChineseNumeral(m[0]);
    if (n !== null) out.push(n);
  }
  // Fractions: "近1/3", "三分之一".
  for (const m of t.matchAll(/(\d+)\/(\d+)/g)) if (Number(m[2]) !== 0) out.push(Number(m[1]) / Number(m[2]));
  for (const m of t.matchAll(/([零〇一二两三四五六七八九十百千]+)分之([零〇一二两三四五六七八九十百千]+)/g)) {
    const d = parseChineseNumeral(m[1]);
    const n = parseChineseNumeral(m[2]);
    if (d && n !== null) out.push(n / d);
  }
  return out;
}

/**
 * True when `value` is stated in `quote`, either as written or as a percentage (0.96 ↔ "96%").
 * @example
 * valueInQuote(0.96, '巩固率达到96%以上'); // true
 * valueInQuote(0.9, '覆盖率达到85%');      // false
 * valueInQuote(1, '继续教育实现全覆盖');    // true
 */
export function valueInQuote(value: number, quote: string): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  // "全覆盖" states 100% in words (seed 003: 继续教育实现全覆盖).
  if (value === 1 && /全覆盖|全覆蓋/.test(quote)) return true;
  return numbersIn(quote).some((n) => close(n, value) || close(n / 100, value));
}
