/**
 * Where the time goes in `fill`: the steps of src/features/fill/fill.ts, run one by one against the
 * compiled library (lib/, what bin/plan-metrics.js runs) and timed, with HyperFormula's own
 * statistics (useStats) splitting the engine build into parse / graph / sort / evaluate.
 * Nothing in src/ is changed: HyperFormula.buildFromSheets is wrapped here to turn stats on.
 * Prints one JSON line. BENCH_TIMING=1 also prints each step to stderr as it finishes.
 * Usage: npx ts-node --transpile-only bench/fill-profile.ts <in.xlsx> <out.xlsx>
 */
import { HyperFormula } from 'hyperformula';
const lib = (p: string) => require(`../lib/src/${p}`);
const { openXlsx } = lib('xlsx/open');
const { readWorkbook } = lib('xlsx/read');
const { evaluateWorkbook } = lib('engine/evaluate');
const { findTables } = lib('features/fill/tables');
const { highlightRules } = lib('features/school-table/highlight');
const { dxfBaseId, nextCfPriority, patchWorkbook } = lib('xlsx/patch');
const { missDxf, rulesXml } = lib('features/school-table/highlight-xml');
const { writeAtomic } = lib('xlsx/safe-write');
const { readWorkbookBytes: readInput } = lib('xlsx/open-file');

let hfStats: Record<string, number> = {};
let buildMs = 0;
const orig = HyperFormula.buildFromSheets.bind(HyperFormula);
(HyperFormula as any).buildFromSheets = (sheets: any, config: any) => {
  const t = performance.now();
  const hf = orig(sheets, { ...config, useStats: true });
  buildMs = performance.now() - t;
  hfStats = Object.fromEntries([...hf.getStats()].map(([k, v]) => [k, Math.round(v)]));
  return hf;
};

const [input, out] = process.argv.slice(2);
const steps: Record<string, number> = {};
let last = performance.now();
const mark = (name: string) => {
  const now = performance.now();
  steps[name] = Math.round(now - last);
  if (process.env.BENCH_TIMING) process.stderr.write(`BENCH_TIMING ${name} ${steps[name]} ms\n`);
  last = now;
};
const t0 = last;
const bytes = readInput(input);
mark('readFile');
const pkg = openXlsx(bytes);
mark('unzip (openXlsx)');
const wb = readWorkbook(pkg);
mark('parse sheets (readWorkbook)');
const evaluation = evaluateWorkbook(wb);
mark('evaluateWorkbook');
for (const s of wb.sheets) s.cells = []; // as fill.ts does
const merges = new Map(wb.sheets.map((s: any) => [s.name, s.merges]));
const tables = findTables(evaluation.grids, merges);
const conditionalFormats = new Map<string, string>();
const dxfId = dxfBaseId(pkg);
for (const t of tables) {
  const plan = highlightRules(t.detected, { firstDataRow: t.firstDataRow, lastDataRow: t.lastDataRow, sheetName: t.sheet });
  if (!plan.rules.length) continue;
  conditionalFormats.set(t.sheet, rulesXml(plan.rules, dxfId, nextCfPriority(pkg, t.sheet)));
}
mark('tables + highlight rules');
const outBytes = patchWorkbook(pkg, { values: new Map(), keyedValues: evaluation.keyed, ...(conditionalFormats.size ? { conditionalFormats, dxfs: [missDxf()] } : {}) }, {});
mark('patch + zip (patchWorkbook)');
writeAtomic(out, outBytes, { input, force: true });
mark('writeAtomic');
const total = Math.round(performance.now() - t0);
// evaluateWorkbook = the fast path, then (only if it left formulas) the HyperFormula build and
// reading its values back.
const result = {
  steps,
  fastFormulas: evaluation.fastCount,
  engineBuildMs: Math.round(buildMs),
  extractValuesMs: buildMs ? steps['evaluateWorkbook'] - Math.round(buildMs) : 0,
  hfStats,
  totalMs: total,
  formulas: evaluation.formulaCount,
  maxRssKB: process.resourceUsage().maxRSS,
};
process.stdout.write(JSON.stringify(result) + '\n');
