/**
 * The 主要指标表 of a plan (指标 · 2020年 · 2025年 · 属性), in either shape it reaches us: one row a
 * line with its cells split by tabs, | or wide spaces (a .docx table, a careful copy), or one cell a
 * line (a web page or a PDF copied as text). 其中：小学 / 初中 are sub-rows of the indicator above;
 * the unit is in the indicator's brackets (毛入园率（%）, 在校生（万人）).
 */
import type { Direction } from '../../domain/catalog/types';
import { directionAround } from '../../domain/core/direction-words';
import { stageOf } from './stage';
import type { DraftRow, Period } from './types';

const YEAR_CELL = /^(?:[（(]?\s*(20\d\d)\s*年?\s*[)）]?)(?:\s*(?:基数|基期|目标|现状|值))?$/;
const ATTRIBUTE = /^(?:预期性|约束性|预期|约束)$/;
const NUMBER_CELL = /^([≥≤><]|不低于|不超过|大于|小于)?\s*(\d+(?:\.\d+)?)\s*(%|％)?\s*(以上|以下|以内|左右)?$/;
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
  while (i < cells.length) {
    const nameCell = cells[i];
    // The table ends at a sentence (a full stop, or a long line) or a heading.
    if (/[。；]/.test(nameCell.text) || nameCell.text.length > 40) break;
    if (NUMBER_CELL.test(nameCell.text) || EMPTY_CELL.test(nameCell.text) || ATTRIBUTE.test(nameCell.text)) { i++; continue; }
    // A category (学前教育) is a name cell followed by another name cell: skip it.
    let k = i + 1;
    let unitCell: string | null = null;
    if (hasUnitColumn && k < cells.length && !NUMBER_CELL.test(cells[k].text) && !EMPTY_CELL.test(cells[k].text) && cells[k].text.length <= 6) {
      unitCell = cells[k].text;
      k++;
    }
    const values: (Cell | null)[] = [];
    while (values.length < years.length && k < cells.length && (NUMBER_CELL.test(cells[k].text) || EMPTY_CELL.test(cells[k].text))) {
      values.push(NUMBER_CELL.test(cells[k].text) ? cells[k] : null);
      k++;
    }
    if (values.length === 0) {
      // 其中： on its own before the sub-rows, or a category cell.
      i++;
      continue;
    }
    if (hasAttribute && k < cells.length && ATTRIBUTE.test(cells[k].text)) k++;
    const sub = /^其中[：:]?\s*/.exec(nameCell.text);
    const bare = nameCell.text.replace(/^其中[：:]?\s*/, '').replace(/^\d+[.．、]\s*/, '');
    const own = unitInName(bare);
    const isSub = Boolean(sub) || (parent !== '' && own.name.length <= 4 && /^(小学|初中|高中|普通高中|幼儿园|城区|农村|城镇|乡村|公办|民办)$/.test(own.name));
    const parentUnit = unitInName(parent);
    const u = own.unit ? own : unitCell ? { ...unitInName(`${own.name}（${unitCell}）`) } : isSub ? { ...parentUnit, name: own.name } : own;
    const name = isSub ? `${parentUnit.name}（${own.name}）` : own.name;
    if (!isSub) parent = bare;
    values.forEach((cell, n) => {
      if (!cell) return;
      const m = NUMBER_CELL.exec(cell.text);
      if (!m) return;
      const year = years[n];
      const kind = period && year < period.start ? 'baseline' : 'target';
      const pct = Boolean(m[3]);
      const factor = pct ? 0.01 : u.factor;
      const unit = pct ? '%' : u.unit;
      const direction: Direction = (m[1] ? directionAround(m[1] === '≥' || m[1] === '>' ? '不低于' : '不超过', '') : null)
        ?? directionAround('', m[4] ?? '') ?? (kind === 'baseline' ? '=' : '>=');
      rows.push({
        indicator: name, stage: stageOf(name), year, value: Number((Number(m[2]) * factor).toPrecision(12)), direction, unit, kind,
        quote: text.slice(nameCell.start, cell.end), at: nameCell.start, yearSource: 'table',
      });
    });
    end = cells[k - 1].end;
    i = k;
  }
  return { rows, end, next: i };
}
