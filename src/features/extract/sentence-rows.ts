/**
 * Rows from the plan's running text: every number with a unit in a sentence becomes a row, named by
 * the words before it (or the noun after it), dated by the year its clause states or carries, a
 * target or a baseline by that year and the section it is in.
 */
import type { Direction } from '../../domain/catalog/types';
import { directionAround } from './directions';
import { cleanName, nameAround } from './indicator-name';
import { quantitiesIn, type Quantity } from './numbers';
import { splitClauses, splitSentences, type Sentence } from './sentences';
import { stageOf } from './stage';
import type { DraftKind, DraftRow, Period, YearSource } from './types';
import { fiveYearPeriod, yearsIn } from './years';

// A heading under which the plan reviews the period before (十三五's achievements): numbers there
// are baselines, of the last year of that period when no year is stated.
const REVIEW_HEADING = /编制背景|发展基础|发展情况|发展成就|回顾|成就|成绩|现状|工作基础|基本情况|面临形势/;
// A sentence that forecasts or assumes rather than sets a goal (seeds/README.md: forecast, assumption).
const NOT_A_GOAL = /预计|预测|测算|拟|按[^，,。]{0,20}计算|假设|如果|若/;
// Units a plan counts things in (a baseline count is exact unless a word says otherwise).
const PERCENT_LIKE = new Set(['%', '个百分点', '倍']);

interface Context { period: Period | null; year: number | null; yearStart: number; carriedFrom: 'sentence' | 'paragraph' | null; lastName: string | null }

/**
 * The kind of a row: a stated year before the period is a baseline; a number in a review section is
 * a baseline; any other dated number a target.
 * @example
 * kindFor(2020, { start: 2021, end: 2025 }, false); // 'baseline'
 * kindFor(2025, { start: 2021, end: 2025 }, false); // 'target'
 */
export function kindFor(year: number | null, period: Period | null, review: boolean): DraftKind {
  if (review) return 'baseline';
  if (year !== null && period && year < period.start) return 'baseline';
  return 'target';
}

function defaultDirection(kind: DraftKind, q: Quantity): Direction {
  if (kind === 'baseline') return PERCENT_LIKE.has(q.unit) ? '>=' : '=';
  return '>=';
}

/**
 * Every row the sentences of `text` state.
 * @example
 * rowsFromSentences('到2025年，学前三年毛入园率达到95%以上，巩固率保持在99%以上。', { start: 2021, end: 2025 })
 *   .map((r) => [r.indicator, r.year, r.value, r.direction]);
 * // [['学前三年毛入园率', 2025, 0.95, '>='], ['巩固率', 2025, 0.99, '>=']]
 */
export function rowsFromSentences(text: string, period: Period | null): DraftRow[] {
  const rows: DraftRow[] = [];
  let paragraph = -1;
  let paraYear: { year: number; start: number } | null = null;
  // 「优良率2021年达到45%以上；2022年达到50%以上」: a name reaches the next sentence of its paragraph.
  let lastName: string | null = null;
  for (const s of splitSentences(text)) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      paraYear = null;
      lastName = null;
    }
    const review = REVIEW_HEADING.test(s.heading) || /十三五.{0,3}(期间|时期|以来)/.test(s.text);
    const ctx: Context = { period, year: paraYear?.year ?? null, yearStart: paraYear?.start ?? s.start, carriedFrom: paraYear ? 'paragraph' : null, lastName };
    rows.push(...rowsOfSentence(text, s, ctx, review), ...milestoneRows(text, s, period));
    lastName = ctx.lastName;
    // 「到2025年，…。…。」「2020年，…。…。」: a year opening a paragraph carries to its next sentences.
    const lead = /^(?:[到至]|力争到|争取到)\s*(20\d\d)\s*年|^(20\d\d)\s*年\s*[，,]/.exec(s.text);
    if (lead) paraYear = { year: Number(lead[1] ?? lead[2]), start: s.start };
  }
  return rows;
}

function rowsOfSentence(source: string, s: Sentence, ctx: Context, review: boolean): DraftRow[] {
  const rows: DraftRow[] = [];
  let year = ctx.year;
  let yearStart = ctx.yearStart;
  let carried: YearSource | null = ctx.year !== null ? 'carried' : null;
  let lastName: string | null = ctx.lastName;
  for (const c of splitClauses(s.text)) {
    // A forecast or an assumption is not a goal; a title in 《》 (《3-6岁儿童学习与发展指南》) states no number.
    const qs = NOT_A_GOAL.test(c.text) ? [] : quantitiesIn(c.text).filter((q) => !insideTitle(s.text, c.start + q.index));
    // 「自2012年开展…」「2014年以来」 date when something began, not the year of the number.
    const ys = yearsIn(c.text).filter((y) => !/[自从]\s*$/.test(c.text.slice(0, y.index)) && !/^(?:底|末)?(?:以来|起|开始)/.test(c.text.slice(y.end)));
    // 「“十四五”期间，规划关停5所…」: the plan's own period names its last year; 十三五期间 the one before.
    const five = /(十[三四五六]五)”?(?:期间|时期|末|内)/.exec(c.text);
    if (five && !ys.length) {
      year = fiveYearPeriod(five[1]).end;
      yearStart = s.start + c.start;
      carried = 'carried';
    }
    // 「3年内」「確保5年內」 in a plan without the year: the period's first year plus N - 1.
    // Only this clause: 塔城's next clause (專任教師持證上崗率達到100%) is a standing standard.
    const within = /([一二三四五1-9])\s*年内/.exec(c.text);
    const saved: { year: number | null; yearStart: number; carried: YearSource | null } = { year, yearStart, carried };
    if (within && !ys.length && ctx.period && year === null) {
      year = ctx.period.start + ('一二三四五'.indexOf(within[1]) + 1 || Number(within[1])) - 1;
      yearStart = s.start + c.start;
      carried = 'carried';
    }
    // 「至今」「目前」 speak of the present: a year carried from before does not reach them.
    if (/至今|目前|现已|迄今/.test(c.text) && carried === 'carried') { year = null; carried = null; }
    const paired = pairRespectively(c.text, qs);
    let from = 0;
    qs.forEach((q, i) => {
      const stated = [...ys].reverse().find((y) => y.end <= q.index);
      // A range 3-5所 states its lower bound as the least (全区至少有3-5所学校).
      const range = /(\d+)\s*[-—~～至]\s*$/.exec(c.text.slice(0, q.index));
      let value = q.value;
      let at = q.index;
      if (range) {
        value = q.unit === '%' ? Number(range[1]) / 100 : Number(range[1]);
        at = range.index;
      }
      // A number followed by 以来/期间/年来 dates a period, and 第N is a rank, not a quantity.
      if (/^(以来|期间|年来|之内|内)/.test(c.text.slice(q.end)) || /第\s*$/.test(c.text.slice(0, q.index))) return;
      const cut = Math.max(from, lastIndexOfAny(c.text.slice(0, at), '、(（;；') + 1);
      let name = paired?.[i] ?? nameAround(c.text, cut, at, q.end);
      from = q.end;
      // 「…优良率2021年达到45%以上,2022年达到50%以上」: the second number has no name of its own.
      if (!name && lastName) name = lastName;
      if (!name) return;
      // 「每年提升2个百分点」 is a rule of change, not a level: the catalog expands it, it states no number.
      if (q.unit === '个百分点' && /每年|年均|逐年/.test(c.text.slice(0, q.index))) return;
      // 「实现课后服务全覆盖」 is a coverage rate of 100 %.
      if (/^全覆[盖蓋]/.test(c.text.slice(q.index)) && !/覆盖率$/.test(name)) name = `${name.replace(/的$/, '')}覆盖率`;
      if ((name.length <= 3 && lastName && /^(其中)?(城区|农村|城镇|乡村|镇区|小学|初中|高中|男|女|公办|民办)/.test(name)) || (name.length <= 1 && lastName)) {
        name = `${lastName}（${name.replace(/^其中/, '')}）`;
      } else lastName = name;
      let y: number | null = stated?.year ?? year;
      let ys2: YearSource | null = stated ? 'stated' : carried;
      let quoteStart = s.start + c.start;
      if (!stated && year !== null) quoteStart = Math.min(quoteStart, yearStart);
      if (y === null) {
        // 「我区现有…」 in a review of the present: the state when the plan was written, its first year.
        if (review && ctx.period && (/现有/.test(c.text) || /现状[^/]*$/.test(s.heading))) { y = ctx.period.start; ys2 = 'review'; }
        else if (review && ctx.period) { y = ctx.period.start - 1; ys2 = 'review'; }
        else if (ctx.period && ctx.period.end - ctx.period.start <= 5) { y = ctx.period.end; ys2 = 'period-end'; }
      }
      // No year, and no five-year period to give one (塔城's 2021—2035 方案 states the 优质均衡 norms):
      // a standing standard.
      const standing = y === null;
      let kind = standing ? 'standard' : kindFor(y, ctx.period, review && (ys2 === 'review' || (y ?? 0) < (ctx.period?.start ?? 0)));
      // 「每天1小时」「每学期至少1次」 with no year of its own is a standing rule, not a dated goal.
      if (!stated && /(?:^|[^\d])每(?:天|日|周|月|年|学期|学年|季度|批次|名|位|所|个|校|班|人|生)/.test(name + c.text.slice(0, q.index)) && ys2 !== 'review') {
        kind = 'standard';
      }
      const direction = directionAround(c.text.slice(cut, at), c.text.slice(q.end - q.unit.length)) ?? defaultDirection(kind, q);
      let quoteEnd = s.start + c.start + c.text.length;
      if (quoteEnd - quoteStart > 160) quoteStart = s.start + c.start;
      quoteEnd = trimEnd(source, quoteStart, quoteEnd);
      // A year carried within the sentence is in the quote: the person confirming it sees it there.
      if (ys2 === 'carried' && source.slice(quoteStart, quoteEnd).includes(String(y))) ys2 = 'stated';
      rows.push({
        indicator: name, stage: stageOf(name + ' ' + c.text), year: kind === 'standard' ? null : y, value, direction, unit: q.unit, kind,
        quote: source.slice(quoteStart, quoteEnd), at: quoteStart, yearSource: kind === 'standard' ? null : ys2,
      });
    });
    ctx.lastName = lastName;
    if (within && saved.year === null) ({ year, yearStart, carried } = saved);
    // The year this clause states carries to the clauses after it (到2025年，…，…).
    if (ys.length && (!qs.length || ys[ys.length - 1].index > qs[qs.length - 1].index || qs.length)) {
      year = ys[ys.length - 1].year;
      yearStart = s.start + c.start;
      carried = 'carried';
    }
  }
  return rows;
}

// What a year alone can be the goal of: something done by then (2022年全面推行…, 到2025年…基本形成).
const DONE_BY = /实现|完成|形成|建成|推行|实行|转为|投入使用|培育成|打造为|到位|清退|普及/;

/**
 * 「2022年，全面推行教师“区管校聘”」: a goal whose number is the year itself (value = the year,
 * direction ≤: done by then). A list 「2025年沙湾市,2026年乌苏市、…实现…目标」 gives one row a place.
 * @example
 * milestoneRows('2022年，全区所有普通高中全部实行选课走班教学。', splitSentences('2022年，全区所有普通高中全部实行选课走班教学。')[0], null)
 *   .map((r) => [r.year, r.value, r.direction]);
 * // [[2022, 2022, '<=']]
 */
export function milestoneRows(source: string, s: Sentence, period: Period | null): DraftRow[] {
  const clauses = splitClauses(s.text);
  const dated = clauses.filter((c) => /^(?:[到至]|力争|争取|预计在)?\s*20\d\d\s*年/.test(c.text) || /[(（]\s*20\d\d\s*[至到-]\s*20\d\d\s*年\s*[)）]/.test(c.text));
  const rows: DraftRow[] = [];
  const last = clauses[clauses.length - 1];
  // The list form: each dated clause names places, the last clause says what they reach.
  if (dated.length >= 3 && DONE_BY.test(last.text)) {
    const what = /(实现|完成|达到).*$/.exec(last.text)?.[0].replace(/[。；;]$/, '') ?? '';
    for (const c of dated) {
      const y = yearsIn(c.text).pop();
      if (!y) continue;
      const places = c.text.slice(y.end).replace(what, '').replace(/[。；;]$/, '').split('、').map((p) => p.trim()).filter(Boolean);
      for (const place of places) {
        rows.push(milestone(`${what}（${place}）`, y.year, source, s.start + c.start, s.start + last.start + last.text.length, s.text + c.text));
      }
    }
    return rows;
  }
  for (const c of dated) {
    const y = yearsIn(c.text).pop();
    if (!y || (period && y.year < period.start)) continue;
    const own = c.text.slice(y.end).replace(/^(?:底|末|前|内|[)）])+/, '').trim();
    const i = clauses.indexOf(c);
    // The clause of the year when it says more than the year, and each clause after it up to the next
    // year: 「到2030年,…普及15年基础教育,全面实现基础教育优质均衡发展」 gives the last one.
    const preds = own.length >= 4 ? [{ text: own, start: c.start + (c.text.length - own.length) }] : [];
    if (!preds.length) for (let k = i + 1; k < clauses.length && !yearsIn(clauses[k].text).length; k++) preds.push(clauses[k]);
    for (const pred of preds) {
      if (!DONE_BY.test(pred.text) || quantitiesIn(pred.text).length || /^(?:的|之)/.test(pred.text)) continue;
      const name = pred.text.replace(/^(?:全区|全市|全县|全地区|各县[(（]市[)）]|[^，]*?五年内|力争)+/, '').replace(/(?:的目标)?[。；;]$/, '').replace(/的目标$/, '');
      rows.push(milestone(name, y.year, source, s.start + c.start, s.start + pred.start + pred.text.length, s.text));
    }
  }
  // 「锚定2035年实现教育现代化的目标」: a year inside a clause, what is done by then right after it.
  for (const c of clauses) {
    if (dated.includes(c)) continue;
    const m = /(20\d\d)\s*年(?:底|前)?((?:基本|全面)?(?:实现|完成|建成)[^，。；]*?)(?:的目标)?[。；;]?$/.exec(c.text);
    if (!m || quantitiesIn(m[2]).length || (period && Number(m[1]) < period.start)) continue;
    rows.push(milestone(m[2], Number(m[1]), source, s.start + c.start, s.start + c.start + c.text.length, s.text));
  }
  return rows;
}

function milestone(name: string, year: number, source: string, start: number, end: number, context: string): DraftRow {
  return {
    indicator: name, stage: stageOf(context), year, value: year, direction: '<=', unit: '年', kind: 'target',
    quote: source.slice(start, trimEnd(source, start, end)), at: start, yearSource: 'stated',
  };
}

/** 「A、B分别达到90%以上和60%以上」: the names before 分别, one for each number after it. */
function pairRespectively(clause: string, qs: Quantity[]): string[] | null {
  const m = /^(.*?)分别/.exec(clause);
  if (!m || qs.length < 2) return null;
  const names = m[1].split(/、|和|及|与/).map((n) => cleanName(n)).filter(Boolean);
  return names.length === qs.length ? names : null;
}

function insideTitle(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

function lastIndexOfAny(s: string, chars: string): number {
  let best = -1;
  for (const ch of chars) best = Math.max(best, s.lastIndexOf(ch));
  return best;
}

function trimEnd(source: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[。；;，,\s]/.test(source[e - 1])) e--;
  return e;
}
