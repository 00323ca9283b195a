/**
 * The years a plan speaks of: its period (from the title), and the year a clause states.
 */
import { notAfter } from './not-after';
import type { Period } from './types';

// The five-year plans a county document names: 十三五 is 2016-2020, 十四五 2021-2025, 十五五 2026-2030.
const FIVE_YEAR: Record<string, Period> = {
  十三五: { start: 2016, end: 2020 },
  十四五: { start: 2021, end: 2025 },
  十五五: { start: 2026, end: 2030 },
  十六五: { start: 2031, end: 2035 },
};

/**
 * The years of a named five-year plan.
 * @example
 * fiveYearPeriod('十四五'); // { start: 2021, end: 2025 }
 * fiveYearPeriod('十五五'); // { start: 2026, end: 2030 }
 */
export function fiveYearPeriod(name: '十三五' | '十四五' | '十五五' | '十六五' | string): Period {
  return FIVE_YEAR[name];
}

/**
 * The plan's period, read from the first lines that name one: a range (2021-2025), (2021—2035年)
 * or else 十四五 / 十五五. Null when the text names none.
 * @example
 * planPeriod('玉泉区教育事业发展“十四五” 规划(2021-2025)'); // { start: 2021, end: 2025 }
 * planPeriod('某县教育事业“十五五”发展规划');               // { start: 2026, end: 2030 }
 * planPeriod('发文日期:2021-05-20\n…计划利用三年时间…');      // { start: 2021, end: 2023 }
 */
export function planPeriod(text: string): Period | null {
  const head = text.slice(0, 3000);
  const range = /(20\d\d)\s*年?\s*[-—–~～至到]{1,2}\s*(20\d\d)\s*年?/.exec(head.normalize('NFKC'));
  if (range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) <= 15) {
    return { start: Number(range[1]), end: Number(range[2]) };
  }
  const five = /(十[三四五六]五)/.exec(head);
  if (five) return FIVE_YEAR[five[1]];
  // A three-year action plan (利用三年时间, 3年内) runs from the year it was issued.
  const span = /(?:利用|用|在|力争|通过)?([一二三四五1-5])\s*年(?:时间|内|左右)/.exec(text);
  const issued = /(?:发文日期|成文日期|发布日期|印发日期)\s*[:：]?\s*(20\d\d)|(20\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.exec(text);
  if (span && issued) {
    const n = '一二三四五'.indexOf(span[1]) + 1 || Number(span[1]);
    const start = Number(issued[1] ?? issued[2]);
    return { start, end: start + n - 1 };
  }
  return null;
}

/**
 * The plan years named in a clause (2015-2040, not a document number like 〔2021〕), in order, with
 * where each is. A year is written 2025年 or 2025 年底; 2023-2024年 gives both.
 * @example
 * yearsIn('到2025年，巩固率达到99%').map((y) => y.year); // [2025]
 * yearsIn('2023-2024年每年提升2个百分点').map((y) => y.year); // [2023, 2024]
 */
export function yearsIn(clause: string): { year: number; index: number; end: number }[] {
  const out: { year: number; index: number; end: number }[] = [];
  for (const m of notAfter(clause, /(20[1-4]\d)(?:\s*[-—–~～至]\s*(20[1-4]\d))?\s*年/g, /[\d〔[【]/)) {
    const end = (m.index ?? 0) + m[0].length;
    out.push({ year: Number(m[1]), index: m.index ?? 0, end });
    if (m[2]) out.push({ year: Number(m[2]), index: m.index ?? 0, end });
  }
  return out;
}
