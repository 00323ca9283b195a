/**
 * Drafting the rows of a 「规划目标」 sheet from a plan document's text: the 主要指标表 when there is
 * one, and the numbers the sentences state. Pure: text in, rows out.
 */
import { normalizeKey } from '../../domain/core/text';
import { rowsFromSentences } from './sentence-rows';
import { rowsFromTable } from './table';
import type { DraftRow, Period } from './types';
import { planPeriod } from './years';

// The 繁→简 half of OpenCC only (110 KB, not the 1.2 MB of both directions): the pane bundles it too.
const OpenCC = require('opencc-js/t2cn') as typeof import('opencc-js');
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * The draft rows of `text`, in the order the document states them; each quote is a substring of `text`.
 * @example
 * extractRows('某县教育事业“十四五”发展规划\n到2025年，学前三年毛入园率达到95%以上。').rows[0];
 * // { indicator: '学前三年毛入园率', year: 2025, value: 0.95, direction: '>=', kind: 'target', … }
 */
export function extractRows(text: string): { period: Period | null; rows: DraftRow[] } {
  const src = text.replace(/\r\n?/g, '\n');
  // Read in 简体 (塔城's 方案 is in 繁體): OpenCC maps these characters one for one, so every offset
  // is the same in both and each quote is cut from the user's own text.
  const simple = toSimplified(src);
  const read = simple.length === src.length ? simple : src;
  const period = planPeriod(read);
  const table = rowsFromTable(read, period);
  const sentences = rowsFromSentences(table.rest, period).map((r) => ({ ...r, quote: src.slice(r.at, r.at + r.quote.length) }));
  // A plan repeats its goals (the 发展目标 and again under each task): the same number for the same
  // year under the same name (or one name inside the other) is one row, the first one stated.
  const rows: DraftRow[] = [];
  for (const r of [...table.rows.map((t) => ({ ...t, quote: src.slice(t.at, t.at + t.quote.length) })), ...sentences]) {
    const k = normalizeKey(r.indicator);
    // A short name (覆盖, 中学) says too little to be called the same as another.
    const twin = rows.some((o) => {
      const ok = normalizeKey(o.indicator);
      return o.year === r.year && o.value === r.value && o.kind === r.kind && Math.min(ok.length, k.length) >= 4 && (ok.includes(k) || k.includes(ok));
    });
    if (!twin) rows.push(r);
  }
  return { period, rows };
}
