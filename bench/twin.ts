/**
 * Built-in twins of our templates (issue 17): the same sheet with every EDU call rewritten as the
 * built-in formula that computes the same value on the bench inputs, so that LibreOffice (which has
 * no EDU functions) can be timed on it and its values compared with fill's values of the template.
 * Thresholds, directions, class sizes and staffing ratios are read from the catalog (national plan)
 * when the twin is written, never typed in here. Every cached value is written as 999 so a tool that
 * does not recalculate is caught.
 *
 * What each rewrite reproduces (src/domain/edu, src/domain/core):
 * - PER100 a/b*100, PERSTUDENT and RATE a/b;
 * - MEETS `value >= t - 1e-9·max(1,|t|)` (src/domain/core/compare.ts's tolerance, the catalog's direction);
 * - COUNTMET the sum of the seven comparisons; SCHOOLPASS `AND(count >= min, MIN(v/t …) >= floor - 1e-9)`;
 * - DIFFCOEF with a stage: the student-weighted CV over the `(stage="…")` mask,
 *   `SQRT(SUMPRODUCT(m*w*(x-mean)^2)/SUMPRODUCT(m*w))/ABS(mean)`, mean = SUMPRODUCT(m*w*x)/SUMPRODUCT(m*w);
 * - THRESHOLD the number; SHORTFALL MAX(0,d-s); CLASSES / STAFFNEED `MAX(0,ROUNDUP(n/size-1e-9,0))`.
 * A stage given as a cell becomes `IF(cell="小学",…,…)`: the bench inputs hold only 小学 and 初中.
 */
import ExcelJS from 'exceljs';
import { getIndicator } from '../src/domain/catalog/index';
import { resolvePlan } from '../src/domain/catalog/resolve';
import { selectThreshold } from '../src/domain/catalog/select';
import type { Direction, Stage } from '../src/domain/catalog/types';
import { parseStage } from '../src/domain/core/stage';
import { RESOURCE_INDICATORS } from '../src/domain/core/resource-indicators';
import { cellRef } from '../src/xlsx/refs';
import type { SheetSpec } from '../src/features/templates/types';

type TwinStage = 'primary' | 'junior';

/** The national standard of an indicator for a stage. @example standard('qualified_teachers_per100', 'primary').value; // 4.2 */
export function standard(id: string, stage?: Stage): { value: number; direction: Direction } {
  const ind = getIndicator(id);
  if (!ind) throw new Error(`twin: no indicator ${id} in the catalog`);
  const row = selectThreshold(ind, resolvePlan('national'), stage).row;
  return { value: row.value, direction: row.direction };
}

/** A number as a formula literal without exponent notation. @example lit(1e-9); // "0.000000001" */
export function lit(x: number): string {
  const s = String(x);
  return /e/i.test(s) ? x.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : s;
}

/**
 * src/domain/core/compare.ts `meets` as a built-in comparison with its tolerance.
 * @example meetsExpr('K5', '>=', 4.2); // "K5>=4.2-0.000000001"
 */
export function meetsExpr(v: string, direction: Direction, t: number): string {
  // toPrecision(15): 1e-9 × 2000 is 2.0000000000000003e-6 in binary; the literal reads 0.000002.
  const tol = lit(Number((1e-9 * Math.max(1, Math.abs(t))).toPrecision(15)));
  switch (direction) {
    case '>=': return `${v}>=${lit(t)}-${tol}`;
    case '>': return `${v}>${lit(t)}+${tol}`;
    case '<=': return `${v}<=${lit(t)}+${tol}`;
    case '<': return `${v}<${lit(t)}-${tol}`;
    case '=': return `ABS(${v}-${lit(t)})<=${tol}`;
  }
}

/** The expression for each stage, as one IF on a stage cell or the one of a literal stage. */
function byStage(stageArg: string, f: (s: TwinStage) => string): string {
  const m = /^"(.*)"$/.exec(stageArg);
  if (m) {
    const s = parseStage(m[1]);
    if (s !== 'primary' && s !== 'junior') throw new Error(`twin: stage ${m[1]}`);
    return f(s);
  }
  return `IF(${stageArg}="小学",${f('primary')},${f('junior')})`;
}

/** The cells of a one-row range, e.g. K5:Q5 → K5, L5, … Q5 (with $ kept). */
function rowCells(range: string): string[] {
  const m = /^(\$?)([A-Z]+)(\$?)(\d+):\$?([A-Z]+)\$?\d+$/.exec(range);
  if (!m) throw new Error(`twin: range ${range}`);
  const num = (c: string) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const out: string[] = [];
  for (let c = num(m[2]); c <= num(m[5]); c++) out.push(m[1] + cellRef(0, c).replace(/\d+$/, '') + m[3] + m[4]);
  return out;
}

function countMetExpr(cells: string[], s: TwinStage): string {
  return '(' + RESOURCE_INDICATORS.map((id, i) => { const st = standard(id, s); return `(${meetsExpr(cells[i], st.direction, st.value)})`; }).join('+') + ')';
}

/** src/domain/core/compare.ts `attainment` for a ≥ / ≤ standard. */
function attainmentExpr(v: string, st: { value: number; direction: Direction }): string {
  if (st.direction === '>=' || st.direction === '>') return `${v}/${lit(st.value)}`;
  if (st.direction === '<=' || st.direction === '<') return `${lit(st.value)}/${v}`;
  throw new Error('twin: attainment of an = standard');
}

const REWRITE: Record<string, (a: string[]) => string> = {
  PER100: ([x, n]) => `(${x}/${n}*100)`,
  PERSTUDENT: ([x, n]) => `(${x}/${n})`,
  RATE: ([x, n]) => `(${x}/${n})`,
  THRESHOLD: ([id, stage]) => lit(standard(JSON.parse(id), stage ? parseStage(JSON.parse(stage)) : undefined).value),
  MEETS: ([id, v, stage]) => `(${byStage(stage, (s) => { const st = standard(JSON.parse(id), s); return meetsExpr(v, st.direction, st.value); })})`,
  COUNTMET: ([range, stage]) => byStage(stage, (s) => countMetExpr(rowCells(range), s)),
  SCHOOLPASS: ([range, stage]) => byStage(stage, (s) => {
    const cells = rowCells(range);
    const min = standard('resource_indicators_met_min', s).value;
    const floor = standard('resource_floor_ratio', s).value;
    const ratios = RESOURCE_INDICATORS.map((id, i) => attainmentExpr(cells[i], standard(id, s))).join(',');
    return `AND(${countMetExpr(cells, s)}>=${lit(min)},MIN(${ratios})>=${lit(floor)}-0.000000001)`;
  }),
  DIFFCOEF: ([x, w, stages, stage]) => {
    if (stages === undefined) throw new Error('twin: DIFFCOEF without a stage');
    const mask = `(${stages}=${stage})`;
    const mean = `(SUMPRODUCT(${mask}*${w}*${x})/SUMPRODUCT(${mask}*${w}))`;
    return `(SQRT(SUMPRODUCT(${mask}*${w}*(${x}-${mean})^2)/SUMPRODUCT(${mask}*${w}))/ABS(${mean}))`;
  },
  SHORTFALL: ([d, s]) => `MAX(0,${d}-${s})`,
  CLASSES: ([n, stage]) => `MAX(0,ROUNDUP(${n}/${byStage(stage, (s) => lit(standard('standard_class_size', s).value))}-0.000000001,0))`,
  STAFFNEED: ([n, stage]) => `MAX(0,ROUNDUP(${n}/${byStage(stage, (s) => lit(standard('students_per_staff', s).value))}-0.000000001,0))`,
};

/**
 * One template formula with each EDU call (whose arguments are cells, ranges and literals) rewritten.
 * @example twinFormula('IF(C4="","",EDU.SHORTFALL(C4,D4))'); // 'IF(C4="","",MAX(0,C4-D4))'
 */
export function twinFormula(formula: string): string {
  const out = formula.replace(/EDU\.([A-Z0-9]+)\(([^()]*)\)/g, (_, fn: string, args: string) => {
    const f = REWRITE[fn];
    if (!f) throw new Error(`twin: no built-in rewrite for EDU.${fn}`);
    return f(args.split(',').map((a) => a.trim()));
  });
  if (/EDU\./.test(out)) throw new Error(`twin: EDU call left in ${out}`);
  return out;
}

/**
 * Writes the built-in twin of a filled-in template spec (values as typed, formulas rewritten, every
 * cached value 999) with exceljs; styles and highlight rules are left out (they change no value).
 * @example await writeTwin('/tmp/twin.xlsx', spec);
 */
export async function writeTwin(file: string, spec: SheetSpec): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.name);
  for (const c of spec.cells) {
    if (c.formula !== undefined) ws.getCell(c.ref).value = { formula: twinFormula(c.formula), result: 999 } as ExcelJS.CellFormulaValue;
    else if (c.value !== undefined) ws.getCell(c.ref).value = c.value;
  }
  await wb.xlsx.writeFile(file);
}
