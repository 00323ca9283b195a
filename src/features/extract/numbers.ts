/**
 * The quantities a clause states: a number with its unit — 95%, 5000个, 1.52万人次, 5.94亿元 —
 * as a value in the catalog's form: a percentage as a fraction, 万/亿 multiplied out except in a
 * money unit (万元, 亿元 are units of their own, as the seed catalogs keep them).
 */
import { notAfter } from './not-after';

/** A number found in a clause, where it is, and what it is. */
export interface Quantity {
  value: number;
  unit: string;
  /** Offsets in the clause: the number's first character, and just after its unit. */
  index: number;
  end: number;
}

// Measure words and units, longest first so 万平方米 wins over 万 and 人次 over 人.
const UNITS = [
  '个百分点', '万平方米', '平方米', '万元', '亿元', '元', '人次', '学时', '小时', '分钟', '公里', '次/月',
  '%', '学位', '人', '名', '个', '所', '次', '套', '辆', '台', '条', '间', '倍', '班', '项', '类', '家', '座', '张', '册', '本',
  '节', '天', '亩', '米', '位', '门', '年', 'M/s', 'M', '㎡', 'm²', '期', '批次', '批', '对', '支', '部', '处', '种', '场',
];
const UNIT_RE = UNITS.map((u) => u.replace(/[/%]/g, (c) => '\\' + c)).join('|');
// A number, an optional 万/亿, an optional 多/余 ("3600多个"), then the unit. A 4-digit year followed by
// 年 is a year, not a quantity; neither is a number glued to a letter (3D, 5G) or inside 〔2021〕.
const QTY = new RegExp(
  `(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(万|亿)?\\s*(多|余)?\\s*(${UNIT_RE})`,
  'g',
);

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A small Chinese numeral (一 … 九十九, 百, 千). */
function parseChinese(s: string): number | null {
  if (s === '百') return 100;
  if (s === '千') return 1000;
  if (/^[一二三四五六七八九]?[百千]$/.test(s)) return (DIGIT[s[0]] ?? 1) * (s.endsWith('百') ? 100 : 1000);
  const m = /^([二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? DIGIT[m[1]] : 1) * 10 + (m[2] ? DIGIT[m[2]] : 0);
  return DIGIT[s] ?? null;
}

/**
 * Every quantity stated in `clause` (full-width digits and ％ are read as half-width).
 * @example
 * quantitiesIn('学前三年毛入园率达到95%以上').map((q) => q.value); // [0.95]
 * quantitiesIn('在园幼儿数达1.3683万')[0].value;                 // 13683 (万 ends the clause)
 * quantitiesIn('组织市级以上各类培训1.52万人次')[0];              // { value: 15200, unit: '人次', … }
 * quantitiesIn('投入5.94亿元')[0].unit;                          // '亿元'
 * quantitiesIn('差异率低于0.15')[0].value;                        // 0.15 (a bare number after 低于)
 */
export function quantitiesIn(clause: string): Quantity[] {
  // NFKC keeps the length of these characters (１→1, ％→%), so offsets stay those of the source.
  const t = [...clause].map((c) => (/[０-９％．，]/.test(c) ? c.normalize('NFKC') : c)).join('');
  const out: Quantity[] = [];
  for (const m of notAfter(t, QTY, /[\d.A-Za-z〔[]/)) {
    const [, int, frac = '', big, , unit0] = m;
    let unit = unit0;
    let n = Number(int.replace(/,/g, '') + frac);
    if (unit === '年' && /^(19|20)\d\d$/.test(int) && !frac) continue; // 2025年 is a year
    if (unit === '年' && n > 30) continue;
    if (big && unit !== '万元' && unit !== '亿元') n *= big === '万' ? 1e4 : 1e8;
    if (big && (unit === '元')) { unit = big + '元'; n /= big === '万' ? 1e4 : 1e8; }
    // Percentages and percentage points alike as fractions (下降7.25个百分点 is 0.0725, as seed 002 has it).
    if (unit === '%' || unit === '个百分点') n = n / 100;
    if (unit === '万平方米') { unit = '平方米'; n *= 1e4; }
    if (unit === '㎡' || unit === 'm²') unit = '平方米';
    out.push({ value: Number(n.toPrecision(12)), unit, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  // Chinese numerals before a measure word: 「分六批次」「建成七项示范工程」「打造千名…队伍」「一门以上」.
  // Not a slogan in quotes (“五项管理”, “四个一”), a set rule (八项规定, 十项准则) or an ordinal (第三批);
  // not 个 or 类, which in plans mostly name policies (三个课堂, 两个不低于, 两类学校).
  for (const m of notAfter(t, /([一二三四五六七八九十两]|[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]?[百千])(批次|门|名|项)(?![”"一]|管理|规定|准则|要求|原则|制度|任务|措施|举措|行动)/g, /[第这那每哪“"一二三四五六七八九十百千万两]/)) {
    const n = parseChinese(m[1]);
    if (n === null || (n === 1 && !/^(?:门|批次)/.test(m[2]))) continue;
    const index = m.index ?? 0;
    if (out.some((q) => index >= q.index && index < q.end)) continue;
    out.push({ value: n, unit: m[2], index, end: index + m[0].length });
  }
  // 「1.3683万」 with the unit left to the noun before it (在园幼儿数达1.3683万): 万 ends the clause.
  for (const m of notAfter(t, /(\d+)(\.\d+)?\s*(万|亿)(?=[。；，,]?$)/g, /[\d.]/)) {
    if (out.some((q) => q.index === m.index)) continue;
    out.push({ value: Number((Number(m[1] + (m[2] ?? '')) * (m[3] === '万' ? 1e4 : 1e8)).toPrecision(12)), unit: '', index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  // 「实现…全覆盖」 states 100 % in words (the catalog build reads it so too: build/catalog/numbers.ts).
  // Only as the clause's end (「实现课后服务全覆盖」), not inside 健全覆盖城乡 / 完全覆盖 / 全覆盖的工作格局.
  for (const m of notAfter(t, /全覆[盖蓋](?=[。；;]?$)/g, /[完健]/)) out.push({ value: 1, unit: '%', index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  // A bare number after a word of direction: 「差异率低于0.15」, 「差异系数不超过0.5」.
  for (const m of t.matchAll(/(?:不低于|不超过|低于|高于|小于|大于|控制在|达到|不高于)\s*(\d+(?:\.\d+)?)(?![\d.%％万亿年月日]|\s*[^\s，。；,;、）)和及与])/g)) {
    const index = (m.index ?? 0) + m[0].length - m[1].length;
    if (out.some((q) => index >= q.index && index < q.end)) continue;
    out.push({ value: Number(m[1]), unit: '', index, end: index + m[1].length });
  }
  return out.sort((a, b) => a.index - b.index);
}
