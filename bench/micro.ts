/**
 * Part 3: 10,000 calls of each EDU function (1) through the Excel adapter (the generated wrappers in
 * src/hosts/excel/functions.ts, with the test's CustomFunctions stub) and (2) through the HyperFormula
 * plugin (a sheet of 10,000 formulas), against (3) the same metric as built-in formulas in a sheet of
 * 10,000 HyperFormula formulas with the same engine configuration and the same input cells.
 * For the sheets: total build time (parse + graph + evaluate) and HyperFormula's EVALUATION statistic,
 * each the median of `runs` after one warm-up; the ratios are medians of each round's ratio (see
 * measureSheets); "net" subtracts a sheet holding only the inputs, built in the same round.
 * Prints one JSON line. Usage: npx ts-node --transpile-only bench/micro.ts [calls] [runs]
 */
import '../test/setup/custom-functions';
import type { RawCellContent } from 'hyperformula';
import { createEngine } from '../src/engine/hf/engine';
import { rng } from './gen';
const F = require('../src/hosts/excel/functions');

const N = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 11);
const next = rng(7);
const stage = () => (next() < 0.6 ? '小学' : '初中');
const students = () => 100 + Math.floor(next() * 1900);
const seven = (primary: boolean) => {
  const th = primary ? [4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3] : [5.3, 1, 0.9, 5.8, 10.2, 2500, 2.4];
  return th.map((t) => t * (0.75 + next() * 0.6));
};
const th = (s: string, p: number, j: number) => `IF(${s}="小学",${p},${j})`;
const TS = 'teaching_space_per_student';

interface Case {
  name: string;
  /** One input row (HyperFormula cells) for call i; DIFFCOEF reads a 10-row window instead. */
  row: (i: number) => (string | number)[];
  /** The adapter call for input row i (rows = all input rows). */
  call: (rows: (string | number)[][], i: number) => unknown;
  edu: (r: number) => string;
  builtin: (r: number) => string;
  /**
   * The same metric as a built-in FUNCTION call of the EDU call's shape (name, two references),
   * where the built-in formula above is an operator of another shape: this isolates what the
   * plugin costs from what HyperFormula's parser costs for any function call.
   */
  sameShape?: (r: number) => string;
}

const CASES: Case[] = [
  { name: 'PER100', row: () => { const s = students(); return [Math.round(s * 0.05), s]; }, call: (x, i) => F.per100(x[i][0], x[i][1]), edu: (r) => `EDU.PER100(A${r},B${r})`, builtin: (r) => `A${r}/B${r}*100` },
  { name: 'PERSTUDENT', row: () => { const s = students(); return [Math.round(s * 5), s]; }, call: (x, i) => F.perstudent(x[i][0], x[i][1]), edu: (r) => `EDU.PERSTUDENT(A${r},B${r})`, builtin: (r) => `A${r}/B${r}`, sameShape: (r) => `HF.DIVIDE(A${r},B${r})` },
  { name: 'RATE', row: () => { const s = students(); return [Math.round(s * next()), s]; }, call: (x, i) => F.rate(x[i][0], x[i][1]), edu: (r) => `EDU.RATE(A${r},B${r})`, builtin: (r) => `A${r}/B${r}`, sameShape: (r) => `HF.DIVIDE(A${r},B${r})` },
  { name: 'THRESHOLD', row: () => [stage()], call: (x, i) => F.threshold(TS, x[i][0]), edu: (r) => `EDU.THRESHOLD("${TS}",A${r})`, builtin: (r) => th(`A${r}`, 4.5, 5.8) },
  { name: 'MEETS', row: () => [4 + next() * 2.5, stage()], call: (x, i) => F.meets(TS, x[i][0], x[i][1]), edu: (r) => `EDU.MEETS("${TS}",A${r},B${r})`, builtin: (r) => `IF(B${r}="小学",A${r}>=4.5,A${r}>=5.8)` },
  { name: 'COMPLIANCE', row: () => [4 + next() * 2.5, stage()], call: (x, i) => F.compliance(TS, x[i][0], x[i][1]), edu: (r) => `EDU.COMPLIANCE("${TS}",A${r},B${r})`, builtin: (r) => `A${r}/${th(`B${r}`, 4.5, 5.8)}` },
  { name: 'GAP', row: () => [4 + next() * 2.5, stage()], call: (x, i) => F.gap(TS, x[i][0], x[i][1]), edu: (r) => `EDU.GAP("${TS}",A${r},B${r})`, builtin: (r) => `MAX(0,${th(`B${r}`, 4.5, 5.8)}-A${r})` },
  { name: 'COUNTMET', row: () => { const s = stage(); return [...seven(s === '小学'), s]; }, call: (x, i) => F.countmet([x[i].slice(0, 7)], x[i][7]), edu: (r) => `EDU.COUNTMET(A${r}:G${r},H${r})`, builtin: (r) => countBuiltin(r) },
  { name: 'SCHOOLPASS', row: () => { const s = stage(); return [...seven(s === '小学'), s]; }, call: (x, i) => F.schoolpass([x[i].slice(0, 7)], x[i][7]), edu: (r) => `EDU.SCHOOLPASS(A${r}:G${r},H${r})`, builtin: (r) => passBuiltin(r) },
  { name: 'DIFFCOEF (10 schools)', row: () => [4 + next() * 2.5, students()], call: (x, i) => F.diffcoef(window(x, i, 0), window(x, i, 1)), edu: (r) => `EDU.DIFFCOEF(A${r}:A${r + 9},B${r}:B${r + 9})`, builtin: (r) => cvBuiltin(`A${r}:A${r + 9}`, `B${r}:B${r + 9}`) },
  { name: 'SHORTFALL', row: () => [students() * 3, students() * 3], call: (x, i) => F.shortfall(x[i][0], x[i][1], 6), edu: (r) => `EDU.SHORTFALL(A${r},B${r},6)`, builtin: (r) => `MAX(0,A${r}-B${r})*6` },
  { name: 'CLASSES', row: () => [students()], call: (x, i) => F.classes(x[i][0], '小学'), edu: (r) => `EDU.CLASSES(A${r},"小学")`, builtin: (r) => `ROUNDUP(A${r}/45,0)` },
  { name: 'STAFFNEED', row: () => [students()], call: (x, i) => F.staffneed(x[i][0], '小学'), edu: (r) => `EDU.STAFFNEED(A${r},"小学")`, builtin: (r) => `ROUNDUP(A${r}/19,0)` },
  { name: 'NEWSCHOOLS', row: () => [students() * 5, 1350], call: (x, i) => F.newschools(x[i][0], x[i][1]), edu: (r) => `EDU.NEWSCHOOLS(A${r},B${r})`, builtin: (r) => `ROUNDUP(A${r}/B${r},0)` },
];

const P = [4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3];
const J = [5.3, 1, 0.9, 5.8, 10.2, 2500, 2.4];
const C7 = 'ABCDEFG';
function countBuiltin(r: number): string {
  const sum = (t: number[]) => t.map((v, j) => `(${C7[j]}${r}>=${v})`).join('+');
  return `IF(H${r}="小学",${sum(P)},${sum(J)})`;
}
function passBuiltin(r: number): string {
  const one = (t: number[]) => `AND(${t.map((v, j) => `(${C7[j]}${r}>=${v})`).join('+')}>=6,MIN(${t.map((v, j) => `${C7[j]}${r}/${v}`).join(',')})>=0.85)`;
  return `IF(H${r}="小学",${one(P)},${one(J)})`;
}
function cvBuiltin(x: string, w: string): string {
  const mean = `(SUMPRODUCT(${w},${x})/SUM(${w}))`;
  return `SQRT(SUMPRODUCT(${w},(${x}-${mean})^2)/SUM(${w}))/${mean}`;
}
function window(x: (string | number)[][], i: number, c: number): number[][] {
  const out: number[][] = [];
  for (let k = i; k < i + 10; k++) out.push([x[k][c] as number]);
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function sheetTime(rows: RawCellContent[][]): { total: number; evaluation: number; values: unknown[] } {
  const t = performance.now();
  const hf = createEngine({ s: rows }, { useStats: true });
  const total = performance.now() - t;
  const evaluation = hf.getStats().get('EVALUATION' as any) ?? NaN;
  const w = rows[0].length - 1;
  const values = rows[0][w] === undefined ? [] : Array.from({ length: N }, (_, r) => hf.getCellValue({ sheet: 0, row: r, col: w }));
  hf.destroy();
  return { total, evaluation, values };
}

/**
 * The sheets measured round-robin (inputs, EDU, built-in, then built-in, EDU, inputs, …) after one
 * warm-up of each, so that neighbouring builds share the state of the heap, the JIT and the
 * machine. Measured one after the other instead, the three one-division functions — the same
 * shape — came out at 1.07, 1.18 and 1.43 in one run: the order, not the function, decided. The
 * ratios are the median of each round's own ratio, which cancels load that lasts a round.
 */
function measureSheets(sheets: RawCellContent[][][]) {
  for (const rows of sheets) sheetTime(rows); // warm-up
  const runs = sheets.map(() => [] as ReturnType<typeof sheetTime>[]);
  for (let k = 0; k < RUNS; k++) {
    const order = sheets.map((_, j) => j);
    if (k % 2) order.reverse();
    for (const j of order) runs[j].push(sheetTime(sheets[j]));
  }
  return runs.map((r) => ({ runs: r, total: median(r.map((x) => x.total)), evaluation: median(r.map((x) => x.evaluation)), values: r[0].values }));
}

/** The median over rounds of round k's (a − base) / (b − base), or a / b without a base. */
function pairedRatio(a: { runs: { total: number }[] }, b: { runs: { total: number }[] }, base?: { runs: { total: number }[] }): number {
  return median(a.runs.map((x, k) => (x.total - (base?.runs[k].total ?? 0)) / (b.runs[k].total - (base?.runs[k].total ?? 0))));
}

// BENCH_ONLY=PER100,RATE measures just those (for a quick look; `npm run bench` measures all).
const only = process.env.BENCH_ONLY?.split(',');
const results: any[] = [];
for (const c of CASES.filter((x) => !only || only.some((o) => x.name.startsWith(o)))) {
  const extra = c.name.startsWith('DIFFCOEF') ? 9 : 0;
  const inputs = Array.from({ length: N + extra }, (_, i) => c.row(i));
  // (1) the Excel adapter
  for (let i = 0; i < Math.min(N, 2000); i++) c.call(inputs, i); // warm-up
  const adapterRuns: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    for (let i = 0; i < N; i++) c.call(inputs, i);
    adapterRuns.push(performance.now() - t);
  }
  // (2) and (3): sheets of N formulas over the same inputs; (0) the inputs alone
  const width = inputs[0].length;
  const sheet = (f?: (r: number) => string): RawCellContent[][] =>
    inputs.map((row, i) => {
      const cells: RawCellContent[] = row.map((v) => (typeof v === 'string' ? `'${v}` : v));
      if (f) cells[width] = i < N ? '=' + f(i + 1) : null;
      return cells;
    });
  const [base, edu, builtin, same] = measureSheets([sheet(), sheet(c.edu), sheet(c.builtin), ...(c.sameShape ? [sheet(c.sameShape)] : [])]);
  // The two must agree, or the comparison means nothing.
  let mismatches = 0;
  for (let i = 0; i < N; i++) {
    const a = edu.values[i];
    const b = builtin.values[i];
    if (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a)) : a !== b) mismatches++;
  }
  const r2 = (x: number) => Math.round(x * 100) / 100;
  results.push({
    fn: c.name,
    calls: N,
    adapterMs: r2(median(adapterRuns)),
    adapterUsPerCall: r2((median(adapterRuns) * 1000) / N),
    inputsOnlySheetMs: r2(base.total),
    eduSheetMs: r2(edu.total),
    builtinSheetMs: r2(builtin.total),
    eduEvalMs: r2(edu.evaluation),
    builtinEvalMs: r2(builtin.evaluation),
    ratioTotal: r2(pairedRatio(edu, builtin)),
    ratioNet: r2(pairedRatio(edu, builtin, base)),
    ratioEval: r2(edu.evaluation / builtin.evaluation),
    valueMismatches: mismatches,
    ...(same ? { sameShapeFormula: c.sameShape!(1), sameShapeSheetMs: r2(same.total), ratioSameShape: r2(pairedRatio(edu, same)) } : {}),
  });
  if (process.env.BENCH_TIMING) process.stderr.write(`BENCH_TIMING ${JSON.stringify(results[results.length - 1])}\n`);
}
process.stdout.write(JSON.stringify({ calls: N, runs: RUNS, results }) + '\n');
