/**
 * `npm run corpus`: every real workbook of test/fixtures/corpus (sources in its SOURCES.md) through
 * fill, in process, and through LibreOffice, which recalculates the input (the oracle) and reopens
 * fill's output (is it still a workbook?). Reports one table:
 * - crashes: fill threw something other than its bilingual refusal, or touched the input;
 * - refused: fill's clear refusal (encrypted, not a workbook …), listed, not counted as failures;
 * - corrupted: fill's output does not reopen with our reader, or LibreOffice opens the input and
 *   not the output;
 * - spoiled: a formula cell whose Excel-cached value LibreOffice reproduces but fill changed;
 * - changed-uncomputed: a cell fill does not compute (a value, or a formula kept with Excel's
 *   value) that came out different, or a part besides the worksheets that is no longer the same;
 * - kept, none saved: a kept formula with no saved value, which gets the engine's result (fill's
 *   documented behaviour: nothing is lost), counted apart.
 *
 * LibreOffice converts many files per soffice run (starting it costs seconds); a run that breaks
 * is retried file by file. Work files go to bench/work/corpus/; the details to its report.json.
 *
 * Usage: npm run corpus [-- --only poi/ --chunk 40 --limit 100 --skip-lo]
 * (nice it in the background: the whole corpus takes tens of minutes on two cores.)
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { checkFile, corpusFiles, CORPUS_DIR, spoiledBy, type FileOutcome } from '../test/corpus/corpus-check';
import { convertManyWithLibreOffice, soffice } from '../test/cross-engine/libreoffice';

interface Options {
  only?: string;
  chunk: number;
  limit?: number;
  skipLo: boolean;
  work: string;
}

function options(argv: string[]): Options {
  const o: Options = { chunk: 40, skipLo: false, work: path.join(__dirname, 'work', 'corpus') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') o.only = argv[++i];
    else if (a === '--chunk') o.chunk = Number(argv[++i]);
    else if (a === '--limit') o.limit = Number(argv[++i]);
    else if (a === '--skip-lo') o.skipLo = true;
    else if (a === '--work') o.work = path.resolve(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** The flat name a corpus file has in the work folders (LibreOffice writes every copy into one folder). */
const flat = (f: string) => f.replace(/[/\\]/g, '__');
/** The name LibreOffice gives its .xlsx copy of `name`. */
const loName = (name: string) => name.replace(/\.[^.]+$/, '') + '.xlsx';

type Outcome = FileOutcome & { corrupted?: string; loUnopened?: boolean; ms?: number };

export interface Row {
  source: string;
  files: number;
  formulas: number;
  crashes: number;
  refused: number;
  corrupted: number;
  spoiled: number;
  changedUncomputed: number;
  /** Kept formulas that had no saved value, so the engine's result was written (nothing was lost). */
  keptUnsaved: number;
  kept: number;
  loUnopened: number;
}

/**
 * Ends the soffice.bin a stopped run left behind: the timeout stops the launcher (oosplash), not
 * the office process it started, which would go on converting and hold its profile. Found by the
 * run's own profile folder, which no other process names.
 */
function endOrphans(profileDir: string): void {
  const r = spawnSync('pgrep', ['-f', `UserInstallation=file://${path.resolve(profileDir)}`], { encoding: 'utf8' });
  for (const pid of (r.stdout ?? '').split('\n').map(Number).filter((n) => n > 0 && n !== process.pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** LibreOffice over `inputs` into `outDir`, `chunk` files per run; files whose run broke are tried alone. */
function convertAll(inputs: string[], outDir: string, profile: string, chunk: number, log: (s: string) => void): void {
  let profileN = 0;
  // A profile of this run's own: a soffice killed earlier may have left its lock in another.
  const prof = () => `${profile}-${process.pid}-${profileN}`;
  for (let i = 0; i < inputs.length; i += chunk) {
    const part = inputs.slice(i, i + chunk).filter((f) => !fs.existsSync(path.join(outDir, loName(path.basename(f)))));
    if (!part.length) continue;
    const t0 = Date.now();
    const status = convertManyWithLibreOffice(part, outDir, prof(), 60_000 + part.length * 20_000);
    log(`  soffice ${i + part.length}/${inputs.length} (${((Date.now() - t0) / 1000).toFixed(0)} s, status ${status})`);
    if (status === null) {
      endOrphans(prof());
      profileN++; // a killed soffice may hold its profile's lock
    }
    const missing = part.filter((f) => !fs.existsSync(path.join(outDir, loName(path.basename(f)))));
    if (status === 0 || !missing.length) continue;
    for (const f of missing) {
      if (convertManyWithLibreOffice([f], outDir, prof(), 120_000) === null) {
        endOrphans(prof());
        profileN++;
      }
    }
  }
}

/**
 * Runs the corpus and returns the table's rows (one per source, then the total).
 * @example
 * runCorpus({ chunk: 40, skipLo: false, work: 'bench/work/corpus', only: 'calamine/' }); // [{ source: 'calamine', files: 69, … }, { source: 'total', … }]
 */
export function runCorpus(o: Options, log: (s: string) => void = (s) => process.stderr.write(s + '\n')): { rows: Row[]; outcomes: Outcome[] } {
  let files = corpusFiles().filter((f) => !o.only || f.startsWith(o.only));
  if (o.limit) files = files.slice(0, o.limit);
  const inDir = path.join(o.work, 'in');
  const fillDir = path.join(o.work, 'fill');
  const loIn = path.join(o.work, 'lo-in');
  const loOut = path.join(o.work, 'lo-out');
  for (const d of [inDir, fillDir]) fs.mkdirSync(d, { recursive: true });
  // Another run's LibreOffice copies of the inputs are kept (the inputs do not change); fill's are not.
  fs.rmSync(loOut, { recursive: true, force: true });
  const useLo = !o.skipLo && soffice() !== null;
  if (!useLo) log('LibreOffice not used: no oracle, spoiled counts every changed cached value');
  // 1. fill, in process, keeping each output.
  log(`fill ${files.length} files`);
  const outcomes = files.map((f, i) => {
    const name = flat(f);
    const out = path.join(fillDir, name);
    fs.rmSync(out, { force: true });
    const t0 = Date.now();
    const r: Outcome = checkFile(f, undefined, out);
    r.ms = Date.now() - t0;
    if (r.unreadable) r.corrupted = `our reader: ${r.unreadable}`;
    if ((i + 1) % 50 === 0) log(`  fill ${i + 1}/${files.length}`);
    return r;
  });
  if (useLo) {
    // 2. LibreOffice recalculates the inputs it is needed for (the oracle): those with formulas,
    // those fill changed (does LibreOffice open the input, so must it open the output?), refusals.
    const needed = outcomes.filter((r) => r.formulas + r.kept > 0 || r.patched || r.refused || r.crashed);
    log(`LibreOffice recalculates ${needed.length} inputs`);
    const inputs = needed.map((r) => {
      const p = path.join(inDir, flat(r.file));
      fs.copyFileSync(path.join(CORPUS_DIR, r.file), p);
      return p;
    });
    convertAll(inputs, loIn, path.join(o.work, 'profile-in'), o.chunk, log);
    for (const r of needed) {
      const oracle = path.join(loIn, loName(flat(r.file)));
      if (!fs.existsSync(oracle)) r.loUnopened = true;
      else if (!r.crashed && !r.refused && !r.corrupted) {
        try {
          r.spoiled = spoiledBy(r, oracle);
        } catch {
          r.loUnopened = true; // a copy LibreOffice left unfinished
        }
      }
    }
    // 3. LibreOffice reopens every output that is not the input byte for byte, where it opened the input.
    const check = needed.filter((r) => r.patched && !r.loUnopened && !r.crashed && !r.refused && !r.corrupted);
    log(`LibreOffice reopens ${check.length} outputs`);
    convertAll(check.map((r) => path.join(fillDir, flat(r.file))), loOut, path.join(o.work, 'profile-out'), o.chunk, log);
    for (const r of check) if (!fs.existsSync(path.join(loOut, loName(flat(r.file))))) r.corrupted = 'LibreOffice opens the input but not the output';
  } else {
    for (const r of outcomes) r.spoiled = r.changedCached.map((c) => c.text);
  }
  const rows = new Map<string, Row>();
  const row = (source: string) => {
    if (!rows.has(source)) rows.set(source, { source, files: 0, formulas: 0, crashes: 0, refused: 0, corrupted: 0, spoiled: 0, changedUncomputed: 0, keptUnsaved: 0, kept: 0, loUnopened: 0 });
    return rows.get(source)!;
  };
  for (const r of outcomes) {
    for (const w of [row(r.file.split(/[/\\]/)[0]), row('total')]) {
      w.files++;
      w.formulas += r.formulas;
      w.kept += r.kept;
      if (r.crashed) w.crashes++;
      if (r.refused) w.refused++;
      if (r.corrupted) w.corrupted++;
      if (r.loUnopened) w.loUnopened++;
      w.spoiled += r.spoiled.length;
      const unsaved = r.changedKept.filter(unsavedKept).length;
      w.keptUnsaved += unsaved;
      w.changedUncomputed += r.changedValues.length + r.changedKept.length - unsaved + r.changedParts.length;
    }
  }
  const total = rows.get('total');
  rows.delete('total');
  return { rows: [...[...rows.values()].sort((a, b) => a.source.localeCompare(b.source)), ...(total ? [total] : [])], outcomes };
}

/** A kept formula whose text reads `… null → value`: it had no saved value (see FileOutcome.changedKept). */
const unsavedKept = (c: string) => / null → /.test(c);

/**
 * The table as Markdown.
 * @example
 * table([{ source: 'poi', files: 372, formulas: 9000, crashes: 0, refused: 8, corrupted: 0, spoiled: 0, changedUncomputed: 0, keptUnsaved: 2, kept: 120, loUnopened: 9 }]);
 * // '| source | files | … |\n|---|…|\n| poi | 372 | … |'
 */
export function table(rows: Row[]): string {
  const head = ['source', 'files', 'crashes', 'corrupted', 'spoiled', 'changed uncomputed', 'kept, none saved', 'refused', 'LO cannot open', 'formulas computed', 'formulas kept'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${[r.source, r.files, r.crashes, r.corrupted, r.spoiled, r.changedUncomputed, r.keptUnsaved, r.refused, r.loUnopened, r.formulas, r.kept].join(' | ')} |`);
  return lines.join('\n');
}

if (require.main === module) {
  const o = options(process.argv.slice(2));
  const t0 = Date.now();
  const { rows, outcomes } = runCorpus(o);
  const details = outcomes.filter((r) => r.crashed || r.refused || r.corrupted || r.spoiled.length || r.changedKept.length || r.changedValues.length || r.changedParts.length || r.loUnopened);
  fs.writeFileSync(path.join(o.work, 'report.json'), JSON.stringify({ rows, details, all: outcomes.map((r) => ({ file: r.file, formulas: r.formulas, kept: r.kept })) }, null, 1));
  for (const r of details) {
    const what = [
      r.crashed && `CRASH ${r.crashed.split('\n')[0]}`,
      r.refused && `refused: ${r.refused}`,
      r.corrupted && `CORRUPTED: ${r.corrupted}`,
      r.loUnopened && 'LibreOffice cannot open the input',
      ...r.spoiled.slice(0, 5).map((s) => `SPOILED ${s}`),
      ...r.changedKept.slice(0, 5).map((s) => `${unsavedKept(s) ? 'KEPT, NONE SAVED' : 'CHANGED (kept)'} ${s}`),
      ...r.changedValues.slice(0, 5).map((s) => `CHANGED (value) ${s}`),
      ...r.changedParts.map((s) => `CHANGED (part) ${s}`),
    ].filter(Boolean);
    process.stdout.write(`${r.file}\n${what.map((w) => `    ${w}`).join('\n')}\n`);
  }
  process.stdout.write(`\n${table(rows)}\n\n(${((Date.now() - t0) / 60_000).toFixed(1)} min; details in ${path.relative(process.cwd(), path.join(o.work, 'report.json'))})\n`);
}
