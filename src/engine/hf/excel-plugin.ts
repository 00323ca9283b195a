/**
 * Excel's own built-in functions where HyperFormula differs or lacks them — the one place they are
 * overridden (registered after HyperFormula's plugins, so the same names win: FunctionRegistry
 * keeps the last plugin registered for a name).
 * - The functions of numbers (../excel/semantics/number-functions.ts: the rounding family on the
 *   15-digit value Excel sees, INT, EVEN, ODD, FLOOR, CEILING, MROUND, MOD), generated from its
 *   table, the same rows the fast path computes.
 * - The rule book's functions (../excel/semantics/functions.ts: AND, OR, SUMPRODUCT …), generated
 *   from its table, the same rows the fast path computes.
 * - Functions county workbooks use that HyperFormula lacks: RANK, RANK.EQ, RANK.AVG, CONCAT, TYPE,
 *   ERROR.TYPE, MODE, MODE.SNGL, AGGREGATE (1–12, 14–17), PERCENTRANK.INC.
 * - TEXT with Excel's number formats (% scaling, thousands separators, 年月日; ./excel-text), EDATE
 *   at a month's end in a leap year, DATEDIF with lower-case units (../core/excel-dates).
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue, type ImplementedFunctions } from 'hyperformula';
import { roundExcel, snap15 } from '../excel/excel-round';
import { addMonths, dateDif, dateToSerial, serialToDate } from '../excel/excel-dates';
import { textExcel } from '../excel/excel-text';
import { RULE_FUNCTIONS, UNMODELLED, chooseIndex, ruleFunction, substitute } from '../excel/semantics/functions';
import { localeNumberText } from '../excel/semantics/text';
import { NUMBER_FUNCTIONS, numberFunction } from '../excel/semantics/number-functions';
import { finite } from '../excel/semantics/numbers';
import { argFromHf, fromHf, toHf } from './hf-values';
import { Matrix } from '../excel/semantics/values';

interface Ast { type: string }
interface ProcedureAst extends Ast { procedureName: string; args: Ast[] }
type State = unknown;

const N = FunctionArgumentType.NUMBER;
const num = (defaultValue?: number) => ({ argumentType: N, ...(defaultValue === undefined ? {} : { defaultValue }) });

/** A cell value's number, when it is one (ExtendedNumber — dates, percents — carries it in `val`). */
function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object' && 'val' in (v as object) && typeof (v as { val: unknown }).val === 'number') return (v as { val: number }).val;
  return undefined;
}

/** Every value of a range argument (row by row), or the scalar itself. */
function valuesOf(v: unknown): unknown[] {
  if (v instanceof SimpleRangeValue) return v.data.flat();
  return [v];
}

const ERROR_TYPE_NUMBER: Partial<Record<string, number>> = {
  // Excel's ERROR.TYPE codes: #NULL! 1, #DIV/0! 2, #VALUE! 3, #REF! 4, #NAME? 5, #NUM! 6, #N/A 7, #SPILL! 9.
  [ErrorType.DIV_BY_ZERO]: 2,
  [ErrorType.VALUE]: 3,
  [ErrorType.REF]: 4,
  [ErrorType.NAME]: 5,
  [ErrorType.NUM]: 6,
  [ErrorType.NA]: 7,
  [ErrorType.SPILL]: 9,
};

/** PERCENTILE.INC of sorted numbers: linear between the two ranks around (n − 1)·k. */
function percentileInc(sorted: number[], k: number): number | CellError {
  if (sorted.length === 0 || k < 0 || k > 1) return new CellError(ErrorType.NUM);
  const h = (sorted.length - 1) * k;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return snap15(sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]));
}

function sampleVariance(xs: number[], population: boolean): number | CellError {
  const n = xs.length;
  if (n === 0 || (!population && n < 2)) return new CellError(ErrorType.DIV_BY_ZERO);
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const ss = xs.reduce((a, b) => a + (b - mean) * (b - mean), 0);
  return ss / (population ? n : n - 1);
}

/** The most frequent number, the first to appear among equally frequent ones; #N/A when none repeats. */
function modeOf(xs: number[]): number | CellError {
  const counts = new Map<number, number>();
  let best: number | undefined;
  let bestCount = 1;
  for (const x of xs) {
    const c = (counts.get(x) ?? 0) + 1;
    counts.set(x, c);
    if (c > bestCount) {
      bestCount = c;
      best = x;
    }
  }
  // Ties: Excel returns the value whose run of repeats appears first in the data.
  if (best === undefined) return new CellError(ErrorType.NA);
  for (const x of xs) if (counts.get(x) === bestCount) return x;
  return best;
}

/**
 * AGGREGATE's function over numbers (`k` for LARGE, SMALL, PERCENTILE, QUARTILE); undefined for a
 * function number not modelled (13 is MODE.SNGL, modelled; 18 and 19, the .EXC forms, are not).
 */
function aggregate(fn: number, xs: number[], k: number | undefined, counta: number): number | CellError | undefined {
  const sorted = () => [...xs].sort((a, b) => a - b);
  switch (fn) {
    case 1:
      return xs.length ? snap15(xs.reduce((a, b) => a + b, 0) / xs.length) : new CellError(ErrorType.DIV_BY_ZERO);
    case 2:
      return xs.length;
    case 3:
      return counta;
    case 4:
      return xs.length ? Math.max(...xs) : 0;
    case 5:
      return xs.length ? Math.min(...xs) : 0;
    case 6:
      return xs.length ? xs.reduce((a, b) => a * b, 1) : 0;
    case 7:
    case 8: {
      const v = sampleVariance(xs, fn === 8);
      return v instanceof CellError ? v : snap15(Math.sqrt(v));
    }
    case 9:
      return snap15(xs.reduce((a, b) => a + b, 0));
    case 10:
    case 11: {
      const v = sampleVariance(xs, fn === 11);
      return v instanceof CellError ? v : snap15(v);
    }
    case 12:
      return xs.length ? percentileInc(sorted(), 0.5) : new CellError(ErrorType.NUM);
    case 13:
      return modeOf(xs);
    case 14:
    case 15: {
      if (k === undefined) return new CellError(ErrorType.VALUE);
      const i = Math.ceil(k) - 1;
      const s = sorted();
      if (i < 0 || i >= s.length) return new CellError(ErrorType.NUM);
      return fn === 15 ? s[i] : s[s.length - 1 - i];
    }
    case 16:
      return k === undefined ? new CellError(ErrorType.VALUE) : percentileInc(sorted(), k);
    case 17:
      return k === undefined ? new CellError(ErrorType.VALUE) : k < 0 || k > 4 ? new CellError(ErrorType.NUM) : percentileInc(sorted(), Math.trunc(k) / 4);
    default:
      return undefined;
  }
}

const implemented: ImplementedFunctions = {
  RANK: { method: 'rankEq', parameters: [num(), { argumentType: FunctionArgumentType.RANGE }, num(0)] },
  'RANK.EQ': { method: 'rankEq', parameters: [num(), { argumentType: FunctionArgumentType.RANGE }, num(0)] },
  'RANK.AVG': { method: 'rankAvg', parameters: [num(), { argumentType: FunctionArgumentType.RANGE }, num(0)] },
  'PERCENTRANK.INC': { method: 'percentRank', parameters: [{ argumentType: FunctionArgumentType.RANGE }, num(), num(3)] },
  CONCAT: { method: 'concat', parameters: [{ argumentType: FunctionArgumentType.STRING }], repeatLastArgs: 1, expandRanges: true },
  TYPE: { method: 'typeOf', parameters: [{ argumentType: FunctionArgumentType.ANY }] },
  'ERROR.TYPE': { method: 'errorType', parameters: [{ argumentType: FunctionArgumentType.SCALAR }] },
  MODE: { method: 'mode', parameters: [{ argumentType: FunctionArgumentType.ANY }], repeatLastArgs: 1 },
  'MODE.SNGL': { method: 'mode', parameters: [{ argumentType: FunctionArgumentType.ANY }], repeatLastArgs: 1 },
  TEXT: { method: 'text', parameters: [num(), { argumentType: FunctionArgumentType.STRING }] },
  VALUE: { method: 'valueOf', parameters: [{ argumentType: FunctionArgumentType.SCALAR }] },
  // Excel's 1900 calendar below serial 61 (1900-01-00, Lotus's 1900-02-29): ../excel/excel-dates.
  DATE: { method: 'date', parameters: [num(), num(), num()] },
  YEAR: { method: 'datePart', parameters: [num()] },
  MONTH: { method: 'datePart', parameters: [num()] },
  DAY: { method: 'datePart', parameters: [num()] },
  EDATE: { method: 'edate', parameters: [num(), num()] },
  // HyperFormula's own parameters but a NUMBER index (its INTEGER one refused 1.9 with #NUM!).
  CHOOSE: { method: 'choose', parameters: [num(), { argumentType: FunctionArgumentType.SCALAR, passSubtype: true }], repeatLastArgs: 1 },
  SUBSTITUTE: { method: 'substitute', parameters: [{ argumentType: FunctionArgumentType.STRING }, { argumentType: FunctionArgumentType.STRING }, { argumentType: FunctionArgumentType.STRING }, { argumentType: N, optionalArg: true }] },
  DATEDIF: { method: 'datedif', parameters: [num(), num(), { argumentType: FunctionArgumentType.STRING }] },
  AGGREGATE: { method: 'aggregate', parameters: [num(), num(), { argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.ANY, optionalArg: true }], repeatLastArgs: 1 },
};

// Generated from the rule book's table: the same rows the fast path computes.
// Generated from the rule book's functions of numbers: the same rows the fast path computes.
for (const f of NUMBER_FUNCTIONS) implemented[f.name] = { method: 'numeric', parameters: f.params.map((d) => num(d)) };

for (const f of RULE_FUNCTIONS) {
  const argumentType = f.param === 'range' ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY;
  implemented[f.name] = { method: 'rule', parameters: [{ argumentType }], repeatLastArgs: 1 };
}

/**
 * The plugin; `registerEdu` (./engine) registers it once, after HyperFormula's own.
 * @example
 * HyperFormula.registerFunctionPlugin(ExcelPlugin, ExcelTranslations);
 */
export class ExcelPlugin extends FunctionPlugin {
  static implementedFunctions = implemented;

  private run(ast: ProcedureAst, state: State, name: string, fn: (...args: any[]) => unknown) {
    return this.runFunction(ast.args as any, state as any, this.metadata(name), fn as any);
  }

  /** Whether the workbook counts days from 1904 (Mac workbooks): serial 0 is 1904-01-01. */
  private get date1904(): boolean {
    return this.config.nullDate.year === 1904;
  }

  text(ast: ProcedureAst, s: State) {
    return this.run(ast, s, 'TEXT', (x: number, format: string) => textExcel(x, format, this.date1904) ?? new CellError(ErrorType.VALUE));
  }
  /**
   * VALUE as HyperFormula's (TextPlugin.value: a number is itself, "(5)" is −5, text read as a
   * number, a date or a percent), but a text whose reading depends on the office's locale — a
   * currency, a thousands separator (../excel/semantics/text.ts `localeNumberText`) — is not
   * computed: the cell keeps the value Excel saved.
   */
  valueOf(ast: ProcedureAst, s: State) {
    return this.run(ast, s, 'VALUE', (arg: unknown) => {
      if (arg instanceof CellError) return arg;
      const n = numberOf(arg);
      if (n !== undefined) return n;
      if (typeof arg !== 'string') return new CellError(ErrorType.VALUE);
      const t = arg.trim();
      if (localeNumberText(t)) return toHf(UNMODELLED);
      const inner = /^\(([^()]+)\)$/.exec(t);
      const read = (x: string) => (x.trim() === '' ? undefined : numberOf(this.arithmeticHelper.coerceToMaybeNumber(x.trim())));
      const negative = inner ? read(inner[1]) : undefined;
      if (negative !== undefined) return -negative;
      return read(t) ?? new CellError(ErrorType.VALUE);
    });
  }
  date(ast: ProcedureAst, s: State) {
    return this.run(ast, s, 'DATE', (y: number, m: number, d: number) => dateToSerial(y, m, d, this.date1904) ?? new CellError(ErrorType.NUM));
  }
  datePart(ast: ProcedureAst, s: State) {
    const name = ast.procedureName as 'YEAR' | 'MONTH' | 'DAY';
    const part = name === 'YEAR' ? 'year' : name === 'MONTH' ? 'month' : 'day';
    return this.run(ast, s, name, (x: number) => serialToDate(x, this.date1904)?.[part] ?? new CellError(ErrorType.NUM));
  }
  edate(ast: ProcedureAst, s: State) {
    return this.run(ast, s, 'EDATE', (start: number, months: number) => {
      if (start < 0) return new CellError(ErrorType.NUM);
      const n = this.dateTimeHelper.dateToNumber(addMonths(this.dateTimeHelper.numberToSimpleDate(Math.floor(start)), months));
      return n < 0 ? new CellError(ErrorType.NUM) : n;
    });
  }
  datedif(ast: ProcedureAst, s: State) {
    return this.run(ast, s, 'DATEDIF', (start: number, end: number, unit: string) => {
      const a = Math.floor(start);
      const b = Math.floor(end);
      const d = dateDif(this.dateTimeHelper.numberToSimpleDate(a), this.dateTimeHelper.numberToSimpleDate(b), b - a, unit);
      return d === undefined ? new CellError(ErrorType.NUM) : d;
    });
  }

  /** CHOOSE with Excel's index (../excel/semantics/functions.ts `chooseIndex`). */
  choose(ast: ProcedureAst, s: State) {
    return this.run(ast, s, 'CHOOSE', (x: number, ...values: unknown[]) => {
      const i = chooseIndex(x, values.length);
      return typeof i === 'number' ? values[i - 1] : toHf(i);
    });
  }
  /** SUBSTITUTE with Excel's instance_num and empty old_text (../excel/semantics/functions.ts). */
  substitute(ast: ProcedureAst, s: State) {
    return this.run(ast, s, 'SUBSTITUTE', (text: string, old: string, replacement: string, instance?: number) => {
      const r = substitute(text, old, replacement, instance);
      return typeof r === 'string' ? r : toHf(r);
    });
  }

  /** A function of numbers (../excel/semantics/number-functions.ts), its arguments coerced as NUMBER parameters. */
  numeric(ast: ProcedureAst, s: State) {
    const f = numberFunction(ast.procedureName)!;
    return this.run(ast, s, f.name, (...xs: number[]) => {
      const r = f.fn(...xs);
      return toHf(typeof r === 'number' ? finite(r) : r);
    });
  }

  /** The numbers of a RANK range; an error inside it is the result. */
  private numbersIn(range: SimpleRangeValue): number[] | CellError {
    const out: number[] = [];
    for (const v of range.data.flat()) {
      if (v instanceof CellError) return v;
      const x = numberOf(v);
      if (x !== undefined) out.push(x);
    }
    return out;
  }

  private rank(ast: ProcedureAst, s: State, name: string, average: boolean) {
    return this.run(ast, s, name, (x: number, range: SimpleRangeValue, order: number) => {
      const xs = this.numbersIn(range);
      if (xs instanceof CellError) return xs;
      let before = 0;
      let equal = 0;
      for (const y of xs) {
        if (y === x) equal++;
        else if (order === 0 ? y > x : y < x) before++;
      }
      if (equal === 0) return new CellError(ErrorType.NA, 'RANK: 数值不在区域中 / the number is not in the range');
      return average ? before + (equal + 1) / 2 : before + 1;
    });
  }
  rankEq(ast: ProcedureAst, s: State) {
    return this.rank(ast, s, ast.procedureName === 'RANK' ? 'RANK' : 'RANK.EQ', false);
  }
  rankAvg(ast: ProcedureAst, s: State) {
    return this.rank(ast, s, 'RANK.AVG', true);
  }

  /** PERCENTRANK.INC(range, x, [significance]): rank of x as a fraction, interpolated, truncated. */
  percentRank(ast: ProcedureAst, s: State) {
    return this.run(ast, s, 'PERCENTRANK.INC', (range: SimpleRangeValue, x: number, digits: number) => {
      const xs = this.numbersIn(range);
      if (xs instanceof CellError) return xs;
      const sorted = [...xs].sort((a, b) => a - b);
      const n = sorted.length;
      if (n === 0 || digits < 1 || x < sorted[0] || x > sorted[n - 1]) return new CellError(n === 0 || digits < 1 ? ErrorType.NUM : ErrorType.NA);
      if (n === 1) return 1;
      let i = 0;
      while (i < n - 1 && sorted[i + 1] <= x) i++;
      // x between sorted[i] and sorted[i+1]: the first index of sorted[i] counts (ties share it).
      const first = sorted.indexOf(sorted[i]);
      const frac = sorted[i] === x ? first : first + (x - sorted[i]) / (sorted[i + 1] - sorted[i]);
      return roundExcel(frac / (n - 1), Math.trunc(digits), 'down');
    });
  }

  /** Every rule-book function (../excel/semantics/functions.ts): HyperFormula's values in, its value out. */
  rule(ast: ProcedureAst, s: State) {
    const f = ruleFunction(ast.procedureName)!;
    if (ast.args.length < f.min || ast.args.length > f.max) return new CellError(ErrorType.NA, `${f.name} 参数个数不对 / ${f.name}: wrong number of arguments`);
    // runFunction hands the arguments in the order of ast.args (no range is expanded here), so a
    // cell reference is known by its node: a 1 × 1 Matrix for a row that asks `refAsRange`.
    const isRef = (i: number) => f.refAsRange && (ast.args[i]?.type === 'CELL_REFERENCE' || ast.args[i]?.type === 'CELL_RANGE');
    return this.run(ast, s, f.name, (...args: unknown[]) =>
      toHf(f.fn(args.map((a, i) => (isRef(i) && !(a instanceof SimpleRangeValue) ? new Matrix(1, 1, [fromHf(a)]) : argFromHf(a))))),
    );
  }

  concat(ast: ProcedureAst, s: State) {
    return this.run(ast, s, 'CONCAT', (...parts: string[]) => parts.join(''));
  }

  /** TYPE: 1 number (and blank), 2 text, 4 logical, 16 error, 64 array — an error is its argument, not its result. */
  typeOf(ast: ProcedureAst, s: State) {
    if (ast.args.length !== 1) return new CellError(ErrorType.NA, 'TYPE 需要一个参数 / TYPE takes one argument');
    const v = this.evaluateAst(ast.args[0] as any, s as any);
    if (v instanceof SimpleRangeValue) return v.width() === 1 && v.height() === 1 ? typeCode(v.data[0][0]) : 64;
    return typeCode(v);
  }

  errorType(ast: ProcedureAst, s: State) {
    return this.run(ast, s, 'ERROR.TYPE', (v: unknown) => {
      if (!(v instanceof CellError)) return new CellError(ErrorType.NA);
      return ERROR_TYPE_NUMBER[v.type] ?? new CellError(ErrorType.NA);
    });
  }

  mode(ast: ProcedureAst, s: State) {
    return this.run(ast, s, ast.procedureName === 'MODE' ? 'MODE' : 'MODE.SNGL', (...args: unknown[]) => {
      const xs: number[] = [];
      for (const a of args) {
        for (const v of valuesOf(a)) {
          if (v instanceof CellError) return v;
          const x = numberOf(v);
          if (x !== undefined) xs.push(x);
        }
      }
      return modeOf(xs);
    });
  }

  /**
   * AGGREGATE(function, options, ref1, [ref2 | k]). Options 2, 3, 6, 7 skip error values; the
   * others give the first error. Hidden rows (options 1, 3, 5, 7) are not known headless: every
   * row counts, as on a sheet with none hidden.
   */
  aggregate(ast: ProcedureAst, s: State) {
    return this.run(ast, s, 'AGGREGATE', (fnRaw: number, optRaw: number, ...refs: unknown[]) => {
      const fn = Math.trunc(fnRaw);
      const opt = Math.trunc(optRaw);
      if (opt < 0 || opt > 7) return new CellError(ErrorType.VALUE);
      const skipErrors = opt === 2 || opt === 3 || opt === 6 || opt === 7;
      const withK = fn >= 14 && fn <= 19;
      const k = withK ? numberOf(refs[1]) : undefined;
      const data = withK ? refs.slice(0, 1) : refs.filter((r) => r !== undefined);
      const xs: number[] = [];
      let counta = 0;
      for (const r of data) {
        for (const v of valuesOf(r)) {
          if (v instanceof CellError) {
            if (skipErrors) continue;
            return v;
          }
          if (v !== EmptyValue && v !== null && v !== undefined) counta++;
          const x = numberOf(v);
          if (x !== undefined) xs.push(x);
        }
      }
      return aggregate(fn, xs, k, counta) ?? new CellError(ErrorType.VALUE, `AGGREGATE 不支持函数 ${fn} / AGGREGATE function ${fn} is not supported`);
    });
  }
}

function typeCode(v: unknown): number {
  if (v instanceof CellError) return 16;
  if (typeof v === 'string') return 2;
  if (typeof v === 'boolean') return 4;
  return 1;
}

/** Names for HyperFormula's language pack (the functions HyperFormula did not already name). */
export const ExcelTranslations: Record<string, Record<string, string>> = {
  enGB: Object.fromEntries(Object.keys(implemented).map((n) => [n, n])),
};
