/**
 * The shapes EDU function arguments arrive in, the same from both adapters: a scalar cell value,
 * or a range as a matrix (rows of cells). Blanks are null. These helpers read them.
 */
import { MetricError } from '../core/errors';
import { parseNumber, parseText, requireNumber, type CellInput } from '../core/parse';
import { parseStage } from '../core/stage';
import type { Stage } from '../catalog/types';

/** One argument: a cell value or a range. */
export type Arg = CellInput | CellInput[][];

/** A function's result: a value, a spilled matrix, or an error. */
export type EduValue = number | string | boolean;
export type EduResult = EduValue | EduValue[][] | MetricError;

/**
 * A range argument as a matrix; a single value is a 1×1 range. Ragged rows are refused.
 * @example
 * toMatrix([[1, 2], [3, 4]]); // [[1, 2], [3, 4]]
 * toMatrix(5);                // [[5]]
 */
export function toMatrix(x: Arg, what: string): CellInput[][] {
  if (!Array.isArray(x)) return [[x]];
  if (x.length === 0) throw new MetricError('#VALUE!', `${zh(what)}为空区域`, `${en(what)} is an empty range`);
  const width = Array.isArray(x[0]) ? x[0].length : -1;
  for (const row of x) {
    if (!Array.isArray(row) || row.length !== width || width === 0) {
      throw new MetricError('#VALUE!', `${zh(what)}的各行长度不一致`, `${en(what)} has rows of different lengths`);
    }
  }
  return x;
}

/**
 * A range read in order (row by row), for a single row or column.
 * @example
 * toList([[1], [2], [3]], 'values'); // [1, 2, 3]
 */
export function toList(x: Arg, what: string): CellInput[] {
  const m = toMatrix(x, what);
  if (m.length === 1) return m[0];
  // By hand rather than Array.prototype.flat, which is slow on the hot path of COUNTMET.
  const out: CellInput[] = [];
  for (const row of m) for (const v of row) out.push(v);
  return out;
}

/**
 * A scalar argument. A range where one value is expected is #VALUE!.
 * @example
 * scalar([[7]], 'x'); // 7
 */
export function scalar(x: Arg, what: string): CellInput {
  if (!Array.isArray(x)) return x;
  const m = toMatrix(x, what);
  if (m.length === 1 && m[0].length === 1) return m[0][0];
  throw new MetricError('#VALUE!', `${zh(what)}应为单个值，不是区域`, `${en(what)} must be a single value, not a range`);
}

/** A required number. @example num('12', '学生数 / students'); // 12 */
export function num(x: Arg, what: string): number {
  return requireNumber(scalar(x, what), what);
}

/** An optional number; `fallback` when blank or omitted. @example optNum(undefined, 'size', 45); // 45 */
export function optNum(x: Arg, what: string, fallback: number): number;
export function optNum(x: Arg, what: string): number | null;
export function optNum(x: Arg, what: string, fallback?: number): number | null {
  const n = parseNumber(scalar(x, what), what);
  return n === null ? fallback ?? null : n;
}

/** Optional text; null when blank or omitted. @example optText(' 南雄市 ', 'plan'); // '南雄市' */
export function optText(x: Arg, what: string): string | null {
  return parseText(scalar(x, what));
}

/** Required text. @example text('生均用房', '指标 / indicator'); // '生均用房' */
export function text(x: Arg, what: string): string {
  const t = optText(x, what);
  if (t === null) throw new MetricError('#VALUE!', `缺少${zh(what)}`, `${en(what)} is missing`);
  return t;
}

/** A required stage. @example stage('小学'); // 'primary' */
export function stage(x: Arg): Stage {
  return parseStage(text(x, '学段 / stage'));
}

/** An optional stage. @example optStage(null); // undefined */
export function optStage(x: Arg): Stage | undefined {
  const t = optText(x, '学段 / stage');
  return t === null ? undefined : parseStage(t);
}

function zh(what: string): string {
  return what.split(' / ')[0];
}
function en(what: string): string {
  return what.split(' / ')[1] ?? what;
}
