/**
 * The benchmark (issue 8, parts 1 and 3; issue 17, part 2). Run from the repository root:
 *   npx ts-node --transpile-only bench/run.ts            1k, 10k, 50k schools
 *   npx ts-node --transpile-only bench/run.ts --quick    1k and 10k
 *   npx ts-node --transpile-only bench/run.ts --sizes 1000,5000 --runs 3 [--no-micro] [--no-lo]
 *   npx ts-node --transpile-only bench/run.ts --only eduif,school-resources   a subset of
 *     shapes (part 1, profile, part 3), eduif, school-resources, place-planning
 * Needs lib/ built (npm run compile) and LibreOffice for the reference. Writes bench/results.json and
 * the results table in bench/README.md (between the BENCH-RESULTS markers). Work files: bench/work/.
 */
import { spawnSync, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { writeCounty, writeWrongCache, type Shape } from './gen';
import { writeTemplateWorkload, writeTemplateTwin, templateSheet, type TemplateWorkload } from './templates-gen';
import { openXlsx } from '../src/xlsx/open';
import { compare, values, type Grid } from './agree';
import { readWorkbook } from '../src/xlsx/read';
import { recalcWithLibreOffice, soffice } from '../test/cross-engine/libreoffice';

const ROOT = path.resolve(__dirname, '..');
const BENCH = path.join(ROOT, 'bench');
const WORK = path.join(BENCH, 'work');
const BUILD = path.join(BENCH, '.build');

const argv = process.argv.slice(2);
const flag = (f: string) => argv.includes(f);
const opt = (f: string) => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
const SIZES = opt('--sizes') ? opt('--sizes')!.split(',').map(Number) : flag('--quick') ? [1000, 10_000] : [1000, 10_000, 50_000];
const RUNS = Number(opt('--runs') ?? 3);
/** Workloads to run (--only a,b): shapes (EDU and built-in shape, plain HF), eduif, school-resources, place-planning. */
const ALL_WORKLOADS = ['shapes', 'eduif', 'school-resources', 'place-planning'] as const;
const ONLY = opt('--only') ? opt('--only')!.split(',').map((x) => x.trim()) : [...ALL_WORKLOADS];
for (const w of ONLY) if (!(ALL_WORKLOADS as readonly string[]).includes(w)) throw new Error(`--only: unknown workload ${w}; use ${ALL_WORKLOADS.join(',')}`);
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r1 = (x: number) => Math.round(x * 10) / 10;

interface Run { wallMs: number; peakRssMB: number | null; innerMs?: number; stdout: string; stderr: string }

/** Runs a whole process (under /usr/bin/time -f %M when present) and measures its wall time. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const full = TIME ? [TIME, ['-f', '__BENCH_RSS_KB__ %M', cmd, ...args]] as const : ([cmd, args] as const);
  const t = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1] as string[], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26, timeout: 1_800_000 });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  const m = /__BENCH_RSS_KB__ (\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { wallMs, peakRssMB: m ? Number(m[1]) / 1024 : null, stdout: r.stdout, stderr: (r.stderr ?? '').replace(/__BENCH_RSS_KB__ \d+\n?/, '') };
}

/** bench/plain-hf.ts as plain JavaScript, so its process does not pay for ts-node. */
function transpilePlainHf(): string {
  fs.mkdirSync(BUILD, { recursive: true });
  const src = fs.readFileSync(path.join(BENCH, 'plain-hf.ts'), 'utf8');
  const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } }).outputText;
  const out = path.join(BUILD, 'plain-hf.js');
  fs.writeFileSync(out, js);
  return out;
}

const TSNODE = ['-r', 'ts-node/register/transpile-only'];
const tools = {
  fill: (input: string, out: string) => timed(process.execPath, [path.join(ROOT, 'bin/plan-metrics.js'), 'fill', input, '--out', out, '--force']),
  plainHf: (js: string, input: string, out: string) => timed(process.execPath, [js, input, out]),
  lo: (input: string, outDir: string, profile: string) => {
    const r = timed(process.execPath, [...TSNODE, path.join(BENCH, 'lo-recalc.ts'), input, outDir, profile]);
    const j = JSON.parse(r.stdout.trim().split('\n').pop()!);
    return { ...r, innerMs: j.ms as number, wrapperMaxRssKB: j.wrapperMaxRssKB as number, out: j.out as string };
  },
};

function machine() {
  const cpus = os.cpus();
  let lo = '';
  try { lo = execFileSync(soffice() ?? 'soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).trim(); } catch { lo = 'unknown'; }
  return {
    date: new Date().toISOString(),
    cpu: `${cpus[0]?.model ?? '?'} × ${cpus.length}`,
    memGB: r1(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    hyperformula: require('hyperformula').HyperFormula.version as string,
    libreoffice: lo,
    loadAvgAtStart: os.loadavg().map(r1),
    peakRss: TIME ? '/usr/bin/time -f %M (max RSS of the process and its waited-for children)' : 'not measured (/usr/bin/time missing)',
  };
}

async function main(): Promise<void> {
  fs.mkdirSync(WORK, { recursive: true });
  if (!fs.existsSync(path.join(ROOT, 'lib/src/hosts/cli/main.js'))) throw new Error('lib/ is not built: run npm run compile first');
  const haveLO = soffice() !== null && !flag('--no-lo');
  const results: any = { machine: machine(), sizes: SIZES, runs: RUNS, mode: flag('--quick') ? 'quick' : 'custom', part1: [], part3: null };
  log(`machine: ${JSON.stringify(results.machine)}`);
  const plainHf = transpilePlainHf();
  const profile = path.join(WORK, 'lo-profile');

  // LibreOffice really recalculates: cached values of 999 must come out right. (Also warms the profile.)
  if (haveLO) {
    const proofIn = path.join(WORK, 'proof-wrong-cache.xlsx');
    const want = await writeWrongCache(proofIn);
    const out = recalcWithLibreOffice(proofIn, path.join(WORK, 'lo-out'), profile);
    const got = new Map(readWorkbook(openXlsx(fs.readFileSync(out))).sheets[0].cells.map((c: any) => [c.ref, c.value]));
    const proof = want.map((w) => ({ ...w, got: got.get(w.ref) as number, ok: Math.abs((got.get(w.ref) as number) - w.want) <= 1e-9 * Math.max(1, w.want) }));
    results.loRecalcProof = { cachedValue: 999, cells: proof, ok: proof.every((p) => p.ok) };
    log(`LibreOffice recalculation proof: ${JSON.stringify(results.loRecalcProof)}`);
    if (!results.loRecalcProof.ok) throw new Error('LibreOffice kept the cached values: the comparison would be meaningless');
  }

  results.workloads = [];
  for (const n of ONLY.includes('shapes') ? SIZES : []) {
    const files = {} as Record<Shape, string>;
    const formulas = {} as Record<Shape, number>;
    for (const shape of ['edu', 'builtin'] as Shape[]) {
      files[shape] = path.join(WORK, `${shape}-${n}.xlsx`);
      const t = Date.now();
      formulas[shape] = await writeCounty(files[shape], n, shape);
      log(`wrote ${files[shape]} (${formulas[shape]} formulas, ${(fs.statSync(files[shape]).size / 1e6).toFixed(1)} MB) in ${Date.now() - t} ms`);
    }
    const runs: Record<string, Run[]> = { fillEdu: [], fillBuiltin: [], plainHf: [], lo: [] };
    let loOut = '';
    // Interleaved rounds, so that a burst of load from elsewhere hits every tool alike.
    for (let k = 0; k < RUNS; k++) {
      runs.fillEdu.push(tools.fill(files.edu, path.join(WORK, `fill-edu-${n}.xlsx`)));
      runs.fillBuiltin.push(tools.fill(files.builtin, path.join(WORK, `fill-builtin-${n}.xlsx`)));
      runs.plainHf.push(tools.plainHf(plainHf, files.builtin, path.join(WORK, `plain-hf-${n}.xlsx`)));
      if (haveLO) {
        const r = tools.lo(files.builtin, path.join(WORK, 'lo-out'), profile);
        runs.lo.push(r);
        loOut = r.out;
      }
      log(`n=${n} round ${k + 1}: ` + Object.entries(runs).filter(([, v]) => v[k]).map(([name, v]) => `${name} ${Math.round(v[k].innerMs ?? v[k].wallMs)} ms / ${v[k].peakRssMB?.toFixed(0)} MB`).join(', ') + ` load ${os.loadavg()[0].toFixed(2)}`);
    }
    const summary = (rs: Run[], inner = false) => ({
      medianMs: Math.round(median(rs.map((r) => (inner ? r.innerMs! : r.wallMs)))),
      runsMs: rs.map((r) => Math.round(inner ? r.innerMs! : r.wallMs)),
      ...(inner ? { medianWholeProcessMs: Math.round(median(rs.map((r) => r.wallMs))) } : {}),
      peakRssMB: rs[0].peakRssMB === null ? null : Math.round(Math.max(...rs.map((r) => r.peakRssMB!))),
    });
    const row: any = {
      schools: n,
      formulas,
      fillEdu: summary(runs.fillEdu),
      fillBuiltin: summary(runs.fillBuiltin),
      plainHf: summary(runs.plainHf),
      lo: haveLO ? summary(runs.lo, true) : null,
    };
    if (haveLO) {
      row.lo.wrapperMaxRssMB = Math.round(Math.max(...runs.lo.map((r: any) => r.wrapperMaxRssKB)) / 1024);
      row.ratios = {
        fillEduOverLo: Math.round((row.fillEdu.medianMs / row.lo.medianMs) * 100) / 100,
        fillBuiltinOverLo: Math.round((row.fillBuiltin.medianMs / row.lo.medianMs) * 100) / 100,
        plainHfOverLo: Math.round((row.plainHf.medianMs / row.lo.medianMs) * 100) / 100,
      };
      const fillVals = values(path.join(WORK, `fill-builtin-${n}.xlsx`));
      const loVals = values(loOut);
      row.fillVsLo = compare(fillVals, loVals);
      row.plainHfVsLo = compare(values(path.join(WORK, `plain-hf-${n}.xlsx`)), loVals);
      log(`n=${n} fill vs LibreOffice: ${JSON.stringify(row.fillVsLo)}`);
    }
    // The EDU shape and the built-in shape compute the same metrics: same indicator and 差异系数 values?
    {
      const e = values(path.join(WORK, `fill-edu-${n}.xlsx`));
      const b = values(path.join(WORK, `fill-builtin-${n}.xlsx`));
      const pick = (g: Grid, re: RegExp) => new Map([...g].filter(([ref]) => re.test(ref)));
      row.eduVsBuiltin = {
        indicators: compare(pick(e, /^[K-Q]\d+$/), pick(b, /^[K-Q]\d+$/)),
        metFlagsCountPass: compare(pick(e, /^([R-Z])\d+$/), pick(b, /^([R-Z])\d+$/)),
        diffCoef: compare(pick(e, /^AB\d+$/), pick(b, /^AB\d+$/)),
      };
    }
    results.part1.push(row);
    fs.writeFileSync(path.join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  }

  // Issue 17: the workbooks users run: EDU inside IF and our own templates, each timed against
  // LibreOffice on its built-in twin (LibreOffice has no EDU functions).
  for (const n of SIZES) for (const w of ONLY.filter((x) => x !== 'shapes')) {
    const input = path.join(WORK, `${w}-${n}.xlsx`);
    // Each has a built-in twin that LibreOffice computes: builtinif (gen.ts) for eduif, and for the
    // templates the same sheet with every EDU call rewritten as built-ins (twin.ts); cached values 999.
    const twin = path.join(WORK, w === 'eduif' ? `builtinif-${n}.xlsx` : `${w}-twin-${n}.xlsx`);
    const sheet = w === 'eduif' ? undefined : templateSheet(w as TemplateWorkload);
    const t = Date.now();
    const formulas = w === 'eduif' ? await writeCounty(input, n, 'eduif') : await writeTemplateWorkload(input, w as TemplateWorkload, n);
    if (w === 'eduif') await writeCounty(twin, n, 'builtinif');
    else await writeTemplateTwin(twin, w as TemplateWorkload, n);
    log(`wrote ${input} (${formulas} formulas, ${(fs.statSync(input).size / 1e6).toFixed(1)} MB)${twin ? ' and its built-in twin' : ''} in ${Date.now() - t} ms`);
    const out = path.join(WORK, `fill-${w}-${n}.xlsx`);
    const twinOut = path.join(WORK, `fill-${w}-twin-${n}.xlsx`);
    const runs: Record<string, Run[]> = { fill: [], fillTwin: [], lo: [] };
    let loOut = '';
    for (let k = 0; k < RUNS; k++) {
      runs.fill.push(tools.fill(input, out));
      runs.fillTwin.push(tools.fill(twin, twinOut));
      if (haveLO) {
        const r = tools.lo(twin, path.join(WORK, 'lo-out'), profile);
        runs.lo.push(r);
        loOut = r.out;
      }
      log(`${w} n=${n} round ${k + 1}: ` + Object.entries(runs).filter(([, v]) => v[k]).map(([name, v]) => `${name} ${Math.round(v[k].innerMs ?? v[k].wallMs)} ms / ${v[k].peakRssMB?.toFixed(0)} MB`).join(', ') + ` load ${os.loadavg()[0].toFixed(2)}`);
    }
    const sum = (rs: Run[], inner = false) => (rs.length === 0 ? null : {
      medianMs: Math.round(median(rs.map((r) => (inner ? r.innerMs! : r.wallMs)))),
      runsMs: rs.map((r) => Math.round(inner ? r.innerMs! : r.wallMs)),
      peakRssMB: rs[0].peakRssMB === null ? null : Math.round(Math.max(...rs.map((r) => r.peakRssMB!))),
    });
    const row: any = { workload: w, rows: n, formulas, fill: sum(runs.fill), fillTwin: sum(runs.fillTwin), lo: sum(runs.lo, true) };
    if (row.lo) {
      row.fillOverLo = Math.round((row.fill.medianMs / row.lo.medianMs) * 100) / 100;
      // fill's values of the EDU workbook against LibreOffice's of the twin, cell by cell (agree.ts).
      const loVals = values(loOut, sheet);
      row.fillVsLo = compare(values(out, sheet), loVals);
      row.fillTwinVsLo = compare(values(twinOut, sheet), loVals);
    }
    // The HyperFormula route of the same workbook, in process from lib/, compared exactly.
    const hr = timed(process.execPath, [...TSNODE, path.join(BENCH, 'hf-route.ts'), input, out]);
    row.fillVsHfRoute = JSON.parse(hr.stdout.trim().split('\n').pop()!);
    log(`${w} n=${n}: ${JSON.stringify({ fillVsLo: row.fillVsLo, fillVsHfRoute: row.fillVsHfRoute })}`);
    results.workloads.push(row);
    fs.writeFileSync(path.join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  }

  // Where the time goes in fill, at the largest size up to 10k.
  const profN = Math.max(...SIZES.filter((n) => n <= 10_000), Math.min(...SIZES));
  if (!flag('--no-profile') && ONLY.includes('shapes')) {
    const profs = [];
    for (let k = 0; k < Math.min(RUNS, 3); k++) {
      const r = timed(process.execPath, [...TSNODE, path.join(BENCH, 'fill-profile.ts'), path.join(WORK, `edu-${profN}.xlsx`), path.join(WORK, `profile-out-${profN}.xlsx`)]);
      profs.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
    }
    profs.sort((a, b) => a.totalMs - b.totalMs);
    results.fillProfile = { schools: profN, shape: 'edu', runs: profs.length, median: profs[Math.floor(profs.length / 2)], all: profs.map((p) => p.totalMs) };
    log(`fill profile (${profN}): ${JSON.stringify(results.fillProfile.median)}`);
  }

  if (!flag('--no-micro') && ONLY.includes('shapes')) {
    const r = timed(process.execPath, [...TSNODE, path.join(BENCH, 'micro.ts'), String(opt('--calls') ?? 10_000), String(opt('--micro-runs') ?? 11)]);
    results.part3 = JSON.parse(r.stdout.trim().split('\n').pop()!);
    log(`micro: done`);
  }
  results.machine.loadAvgAtEnd = os.loadavg().map(r1);
  results.machine.finished = new Date().toISOString();
  fs.writeFileSync(path.join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeReadme(results);
  log('wrote bench/results.json and bench/README.md');
}

const fmtS = (ms: number) => (ms / 1000).toFixed(2) + ' s';

function table(results: any): string {
  const L: string[] = [];
  const m = results.machine;
  L.push(`Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu}, ${m.memGB} GB, ${m.os}; node ${m.node}, HyperFormula ${m.hyperformula}, ${m.libreoffice}.`);
  L.push(`Load average (1/5/15 min) at start ${m.loadAvgAtStart.join(' / ')}, at end ${(m.loadAvgAtEnd ?? []).join(' / ')} — other processes shared the machine, so treat absolute times as indicative. Median of ${results.runs} runs, interleaved.`);
  L.push('');
  if (results.part1.length) {
  L.push('### Part 1: whole processes (wall time, peak RSS)');
  L.push('');
  L.push('| schools | formulas (EDU / built-in) | fill, EDU shape | fill, built-in shape | plain HF + exceljs, built-in | LibreOffice, built-in | fill EDU / LO | fill built-in / LO | plain HF / LO |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results.part1 ?? []) {
    const c = (s: any) => (s ? `${fmtS(s.medianMs)} · ${s.peakRssMB ?? '?'} MB` : 'n/a');
    L.push(`| ${r.schools.toLocaleString('en')} | ${r.formulas.edu.toLocaleString('en')} / ${r.formulas.builtin.toLocaleString('en')} | ${c(r.fillEdu)} | ${c(r.fillBuiltin)} | ${c(r.plainHf)} | ${c(r.lo)} | ${r.ratios?.fillEduOverLo ?? 'n/a'} | ${r.ratios?.fillBuiltinOverLo ?? 'n/a'} | ${r.ratios?.plainHfOverLo ?? 'n/a'} |`);
  }
  L.push('');
  L.push('LibreOffice time is soffice itself (the `--convert-to xlsx` process with the recalculate-on-load profile, already warm); its peak RSS is the largest process in the tree under `/usr/bin/time` (the node wrapper alone peaks lower, see results.json `wrapperMaxRssMB`). fill and plain HF times are whole `node` processes, start-up included.');
  L.push('');
  if (results.loRecalcProof) L.push(`LibreOffice recalculates: a workbook whose cached values are all 999 came out ${results.loRecalcProof.ok ? 'right' : 'WRONG'} (${results.loRecalcProof.cells.map((c: any) => `${c.ref} = ${c.got}`).join(', ')}); the built-in benchmark workbooks also carry 999 as every cached value.`);
  L.push('');
  L.push('| schools | fill vs LibreOffice (built-in shape): cells, max abs diff, max rel diff, > 1e-9, other mismatches | plain HF vs LibreOffice | EDU vs built-in shape (indicators / flags / 差异系数), max abs diff |');
  L.push('|---:|---|---|---|');
  for (const r of results.part1) {
    const c = (x: any) => (x ? `${x.compared} cells, ${x.maxAbsDiff.toExponential(2)}, ${x.maxRelDiff.toExponential(2)}, ${x.over1e9}, ${x.nonNumericMismatches}` : 'n/a');
    const e = r.eduVsBuiltin;
    L.push(`| ${r.schools.toLocaleString('en')} | ${c(r.fillVsLo)} | ${c(r.plainHfVsLo)} | ${e.indicators.maxAbsDiff.toExponential(2)} / ${e.metFlagsCountPass.nonNumericMismatches + e.metFlagsCountPass.over1e9} mismatches / ${e.diffCoef.maxAbsDiff.toExponential(2)} |`);
  }
  }
  if (results.workloads?.length) {
    L.push('');
    L.push('### Part 2: the workbooks users run (issue 17; wall time, peak RSS)');
    L.push('');
    L.push('| workload | rows | formulas | fill | fill, built-in twin | LibreOffice, built-in twin | fill / LO | fill vs LO: cells, max rel diff, > 1e-9, other mismatches | fill vs HyperFormula route (exact): cells, mismatches |');
    L.push('|---|---:|---:|---:|---:|---:|---:|---|---|');
    const c = (s: any) => (s ? `${fmtS(s.medianMs)} · ${s.peakRssMB ?? '?'} MB` : 'n/a');
    for (const r of results.workloads) {
      const v = r.fillVsLo ? `${r.fillVsLo.compared}, ${r.fillVsLo.maxRelDiff.toExponential(2)}, ${r.fillVsLo.over1e9}, ${r.fillVsLo.nonNumericMismatches}${r.fillVsLo.stale999 ? `, ${r.fillVsLo.stale999} stale 999` : ''}` : 'n/a (no LibreOffice)';
      L.push(`| ${r.workload} | ${r.rows.toLocaleString('en')} | ${r.formulas.toLocaleString('en')} | ${c(r.fill)} | ${c(r.fillTwin)} | ${c(r.lo)} | ${r.fillOverLo ?? 'n/a'} | ${v} | ${r.fillVsHfRoute.compared}, ${r.fillVsHfRoute.mismatches} |`);
    }
  }
  if (results.fillProfile) {
    const p = results.fillProfile.median;
    L.push('');
    L.push(`### Where fill spends its time (EDU shape, ${results.fillProfile.schools.toLocaleString('en')} schools, median of ${results.fillProfile.runs} by total; bench/fill-profile.ts)`);
    L.push('');
    L.push('| step | ms | share |');
    L.push('|---|---:|---:|');
    const add = (k: string, v: number) => L.push(`| ${k} | ${v} | ${Math.round((100 * v) / p.totalMs)}% |`);
    for (const [k, v] of Object.entries(p.steps)) {
      if (k === 'evaluateWorkbook' && !p.engineBuildMs) {
        add(`evaluateWorkbook: the fast path computed ${p.fastFormulas?.toLocaleString('en')} of ${p.formulas.toLocaleString('en')} formulas; HyperFormula not loaded`, v as number);
      } else if (k === 'evaluateWorkbook') {
        add('HyperFormula build (buildFromSheets)', p.engineBuildMs);
        for (const s of ['PARSER', 'COLLECT_DEPENDENCIES', 'PROCESS_DEPENDENCIES', 'TOP_SORT', 'EVALUATION']) if (p.hfStats[s] !== undefined) L.push(`| &nbsp;&nbsp;↳ ${s} | ${p.hfStats[s]} | ${Math.round((100 * p.hfStats[s]) / p.totalMs)}% |`);
        add('reading values back (getSheetValues + getCellValue)', p.extractValuesMs);
      } else add(k, v as number);
    }
    L.push(`| **total (in process, excluding node start-up and module loading)** | ${p.totalMs} | 100% |`);
  }
  if (results.part3) {
    L.push('');
    L.push(`### Part 3: ${results.part3.calls.toLocaleString('en')} calls per function (median of ${results.part3.runs}; bench/micro.ts)`);
    L.push('');
    L.push('| function | Excel adapter (ms / µs per call) | HF sheet, EDU (ms) | HF sheet, built-in (ms) | inputs only (ms) | EDU / built-in (build) | net of inputs | EVALUATION stat EDU / built-in (ms) | value mismatches | EDU / built-in function of the same shape |');
    L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of results.part3.results) {
      const same = r.sameShapeFormula ? `${r.ratioSameShape} (\`${r.sameShapeFormula}\`, ${r.sameShapeSheetMs} ms)` : '';
      L.push(`| ${r.fn} | ${r.adapterMs} / ${r.adapterUsPerCall} | ${r.eduSheetMs} | ${r.builtinSheetMs} | ${r.inputsOnlySheetMs} | ${r.ratioTotal} | ${r.ratioNet} | ${r.eduEvalMs} / ${r.builtinEvalMs} (${r.ratioEval ?? 'n/a'}) | ${r.valueMismatches} | ${same} |`);
    }
    L.push('');
    L.push('Ratios are medians of each round\'s own ratio (the sheets of one function are built round-robin, the order reversed every other round).');
  }
  return L.join('\n');
}

function writeReadme(results: any): void {
  const file = path.join(BENCH, 'README.md');
  const start = '<!-- BENCH-RESULTS:START -->';
  const end = '<!-- BENCH-RESULTS:END -->';
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  if (!text.includes(start)) text += `\n${start}\n${end}\n`;
  text = text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table(results)}\n${end}`);
  fs.writeFileSync(file, text);
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
