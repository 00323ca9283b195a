/**
 * Where HyperFormula spends a sheet build, by formula shape: 10,000 rows of two inputs and one
 * formula, built with `useStats`, the shapes round-robin, medians of `runs` after a warm-up. It
 * shows what Part 3 of `npm run bench` cannot: that an EDU call costs HyperFormula's parser and
 * dependency graph what any function call of that shape costs (HF.DIVIDE), more than one operator.
 * Usage: npx ts-node --transpile-only bench/hf-shapes.ts [runs]
 */
import type { RawCellContent } from 'hyperformula';
import { createEngine } from '../src/engine/hf/engine';

const N = 10_000;
const RUNS = Number(process.argv[2] ?? 15);
const SHAPES: Record<string, (r: number) => string | null> = {
  'inputs only': () => null,
  'EDU.RATE(A,B)': (r) => `=EDU.RATE(A${r},B${r})`,
  'HF.DIVIDE(A,B)': (r) => `=HF.DIVIDE(A${r},B${r})`,
  'A/B': (r) => `=A${r}/B${r}`,
  'EDU.PER100(A,B)': (r) => `=EDU.PER100(A${r},B${r})`,
  'A/B*100': (r) => `=A${r}/B${r}*100`,
};
const STATS = ['PARSER', 'GRAPH_BUILD', 'TOP_SORT', 'EVALUATION'] as const;

const sheet = (f: (r: number) => string | null): RawCellContent[][] =>
  Array.from({ length: N }, (_, i) => {
    const students = 100 + ((i * 7919) % 1900);
    const formula = f(i + 1);
    return formula ? [Math.round(students * 0.05), students, formula] : [Math.round(students * 0.05), students];
  });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const sheets = Object.entries(SHAPES).map(([name, f]) => ({ name, rows: sheet(f), runs: [] as Record<string, number>[] }));
for (let k = 0; k <= RUNS; k++) {
  for (const s of k % 2 ? [...sheets].reverse() : sheets) {
    const t = performance.now();
    const hf = createEngine({ s: s.rows }, { useStats: true });
    const total = performance.now() - t;
    const stats = hf.getStats() as unknown as Map<string, number>;
    if (k > 0) s.runs.push({ TOTAL: total, ...Object.fromEntries(STATS.map((x) => [x, stats.get(x) ?? NaN])) });
    hf.destroy();
  }
}
console.log(`| formula (10,000 rows) | build ms | ${STATS.join(' | ')} |`);
console.log(`|---|${'---:|'.repeat(STATS.length + 1)}`);
for (const s of sheets) console.log(`| ${s.name} | ${['TOTAL', ...STATS].map((x) => median(s.runs.map((r) => r[x])).toFixed(0)).join(' | ')} |`);
console.log(`\nmedians of ${RUNS}; PARSER is inside GRAPH_BUILD`);
