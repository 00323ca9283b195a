/**
 * The 主要指标表 of a plan (指标 · 2020年 · 2025年 · 属性), in either shape it reaches us: one row a
 * line with its cells split by tabs, | or wide spaces (a .docx table, a careful copy), or one cell a
 * line (a web page or a PDF copied as text). 其中：小学 / 初中 are sub-rows of the indicator above;
 * the unit is in the indicator's brackets (毛入园率（%）, 在校生（万人）).
 */
import type { Direction } from '../../domain/catalog/types';
import { directionAround } from './directions';
import { stageOf } from './stage';
import type { DraftRow, Period } from './types';

const YEAR_CELL = /^(?:[（(]?\s*(20\d\d)\s*年?\s*[)）]?)(?:\s*(?:基数|基期|目标|现状|值))?$/;
const ATTRIBUTE = /^(?:预期性|约束性|预期|约束)$/;
// A value cell: 95, 95%, ≥95%, 99%以上, 11.4年, 12.3年以上 (a copied page keeps the unit in the cell).
const NUMBER_CELL = /^([≥≤><]|不低于|不超过|大于|小于)?\s*(\d+(?:\.\d+)?)\s*(%|％|[年人个所万元亿次名]{1,2})?\s*(以上|以下|以内|左右)?$/;
const EMPTY_CELL = /^[—–\-－/／×]+$|^(?:暂无|无)$/;
const SPLIT = /\t|\s*[|｜]\s*|\s{2,}|\u3000+/;

/** A cell of the table and where it is in the source text. */
interface Cell { text: string; start: number; end: number; line: number }

/**
 * The unit an indicator's brackets give, and what a cell's number is multiplied by to reach it.
 * @example
 * unitInName('学前三年毛入园率（%）'); // { name: '学前三年毛入园率', unit: '%', factor: 0.01 }
 * unitInName('在校生数（万人）');      // { name: '在校生数', unit: '人', factor: 10000 }
 */
export function unitInName(cell: string): { name: string; unit: string; factor: number } {
  const m = /^(.*?)\s*[（(]\s*([^（()）]{1,8})\s*[)）]\s*$/.exec(cell.trim());
  if (!m) return { name: cell.trim(), unit: '', factor: 1 };
  let unit = m[2].normalize('NFKC');
  let factor = 1;
  if (unit === '%') factor = 0.01;
  else if (/^万/.test(unit) && !/^万元$/.test(unit)) { factor = 1e4; unit = unit.slice(1); }
  else if (/^亿/.test(unit) && !/^亿元$/.test(unit)) { factor = 1e8; unit = unit.slice(1); }
  return { name: m[1].trim(), unit, factor };
}

function cellsOf(text: string): Cell[][] {
  const lines: Cell[][] = [];
  let offset = 0;
  text.split('\n').forEach((line, n) => {
    const cells: Cell[] = [];
    // 「指  标」 spaced out in a copied header is one cell, not two.
    const squeezed = line.replace(/\s/g, '');
    if (/^(?:(?:主要)?指标(?:名称)?|属性|序号|类别|单位)$/.test(squeezed)) {
      const i = line.search(/\S/);
      lines.push([{ text: squeezed, start: offset + i, end: offset + line.trimEnd().length, line: n }]);
      offset += line.length + 1;
      return;
    }
    let at = 0;
    for (const part of line.split(SPLIT)) {
      const i = line.indexOf(part, at);
      at = i + part.length;
      const t = part.trim();
      if (t) cells.push({ text: t, start: offset + i + (part.length - part.trimStart().length), end: offset + i + part.trimEnd().length, line: n });
    }
    lines.push(cells);
    offset += line.length + 1;
  });
  return lines;
}

/**
 * The rows of every 主要指标表 in `text`, and the text with the tables blanked out (same length,
 * so offsets stay those of the source) for the sentence reader.
 * @example
 * rowsFromTable('指标\t2020年\t2025年\t属性\n学前三年毛入园率（%）\t90\t95\t预期性', { start: 2021, end: 2025 }).rows
 *   .map((r) => [r.kind, r.year, r.value]);
 * // [['baseline', 2020, 0.9], ['target', 2025, 0.95]]
 */
export function rowsFromTable(text: string, period: Period | null): { rows: DraftRow[]; rest: string } {
  const lines = cellsOf(text);
  // The cells in reading order, one list: a row a line and a cell a line read the same way.
  const cells = lines.flat();
  const rows: DraftRow[] = [];
  let rest = text;
  for (let i = 0; i < cells.length; i++) {
    if (!/^(?:主要)?指标(?:名称)?$/.test(cells[i].text)) continue;
    // The header: 指标 then year columns (and 序号 / 类别 / 单位 / 属性 around them).
    const years: number[] = [];
    let j = i + 1;
    let hasAttribute = false;
    let hasUnitColumn = false;
    for (; j < cells.length && j < i + 8; j++) {
      const t = cells[j].text;
      const y = YEAR_CELL.exec(t);
      if (y) years.push(Number(y[1]));
      else if (/^属性$|^指标属性$/.test(t)) hasAttribute = true;
      else if (/^单位$|^计量单位$/.test(t)) hasUnitColumn = true;
      else if (/^(?:序号|类别|领域|备注)$/.test(t)) continue;
      else break;
    }
    if (years.length < 1) continue;
    const body = readBody(cells, j, years, hasAttribute, hasUnitColumn, period, text);
    rows.push(...body.rows);
    const from = cells[i].start;
    const to = body.end;
    rest = rest.slice(0, from) + rest.slice(from, to).replace(/[^\n]/g, ' ') + rest.slice(to);
    i = body.next - 1;
  }
  return { rows, rest };
}

function readBody(
  cells: Cell[], first: number, years: number[], hasAttribute: boolean, hasUnitColumn: boolean, period: Period | null, text: string,
): { rows: DraftRow[]; end: number; next: number } {
  const rows: DraftRow[] = [];
  let parent = '';
  let i = first;
  let end = cells[first - 1]?.end ?? 0;
  const isValue = (c: Cell) => NUMBER_CELL.test(c.text) || EMPTY_CELL.test(c.text);
  while (i < cells.length) {
    // The table ends at a sentence (a full stop, or a long line).
    if (/[。；]/.test(cells[i].text) || cells[i].text.length > 40) break;
    // A block: some name cells, then their value cells, then 属性. A copied page stacks a row and
    // its 其中 sub-rows as names first, then each year's column (小学 2020, 初中 2020, 小学 2025, …).
    const names: Cell[] = [];
    let k = i;
    while (k < cells.length && !isValue(cells[k]) && !ATTRIBUTE.test(cells[k].text) && !/[。；]/.test(cells[k].text) && cells[k].text.length <= 40) {
      names.push(cells[k]);
      k++;
    }
    let unitCell: string | null = null;
    if (hasUnitColumn && names.length >= 2 && names[names.length - 1].text.length <= 6) unitCell = names.pop()!.text;
    const values: (Cell | null)[] = [];
    while (k < cells.length && isValue(cells[k])) {
      values.push(NUMBER_CELL.test(cells[k].text) ? cells[k] : null);
      k++;
    }
    if (hasAttribute) while (k < cells.length && ATTRIBUTE.test(cells[k].text)) k++;
    if (k === i) { i++; continue; }
    const m = values.length / years.length;
    if (!names.length || !values.length || !Number.isInteger(m) || m > names.length) {
      // No values (a category such as 一、发展水平, or 其中： alone): remember it as a possible parent.
      if (names.length && !values.length) parent = cleanCell(names[names.length - 1].text);
      i = k;
      continue;
    }
    const own = names.slice(names.length - m);
    const before = names.slice(0, names.length - m);
    if (before.length) parent = cleanCell(before[before.length - 1].text);
    own.forEach((nameCell, n) => {
      const bare = cleanCell(nameCell.text);
      const sub = /^其中/.test(nameCell.text.trim()) || (n > 0 && before.length > 0) || (parent !== '' && /^(小学|初中|高中|普通高中|幼儿园|城区|农村|城镇|乡村|公办|民办)$/.test(unitInName(bare).name));
      const mine = unitInName(bare);
      const par = unitInName(parent);
      const u = mine.unit ? mine : unitCell ? unitInName(`${mine.name}（${unitCell}）`) : sub ? { ...par, name: mine.name } : mine;
      const name = sub && parent ? `${par.name}（${mine.name}）` : mine.name;
      if (!sub) parent = bare;
      years.forEach((year, j) => {
        const cell = values[j * m + n];
        const num = cell && NUMBER_CELL.exec(cell.text);
        if (!cell || !num) return;
        const kind = period && year < period.start ? 'baseline' : 'target';
        const pct = Boolean(num[3]) && /^[%％]$/.test(num[3]);
        const factor = pct ? 0.01 : u.factor;
        const unit = pct ? '%' : u.unit || num[3] || '';
        const sign = num[1] ? (/^[≥>]|不低于|大于/.test(num[1]) ? '不低于' : '不超过') : '';
        const direction: Direction = (sign ? directionAround(sign, '') : null) ?? directionAround('', num[4] ?? '') ?? (kind === 'baseline' ? '=' : '>=');
        const from = Math.min(nameCell.start, cell.start);
        rows.push({
          indicator: name, stage: stageOf(mine.name) !== 'all' ? stageOf(mine.name) : stageOf(name), year, value: Number((Number(num[2]) * factor).toPrecision(12)), direction, unit, kind,
          quote: text.slice(from, Math.max(nameCell.end, cell.end)), at: from, yearSource: 'table',
        });
      });
    });
    end = cells[k - 1].end;
    i = k;
  }
  return { rows, end, next: i };
}

/** A name cell without its numbering (1. / 一、) and 其中：. */
function cleanCell(t: string): string {
  return t.trim().replace(/^其中[：:]?\s*/, '').replace(/^(?:\d+|[一二三四五六七八九十]+)[.．、]\s*/, '');
}
