/**
 * Holding fill to real workbooks (issue 15, part 5): for each file of test/fixtures/corpus, fill it
 * and compare. Used by corpus.test.ts; kept apart so a script can count before/after a change.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { fillWorkbook } from '../../src/features/fill/fill';
import { openXlsx } from '../../src/xlsx/open';
import { readWorkbook } from '../../src/xlsx/read';
import { WorkbookError } from '../../src/xlsx/errors';
import type { CellValue } from '../../src/xlsx/types';

export const CORPUS_DIR = path.join(__dirname, '../fixtures/corpus');

/** Every .xlsx of the corpus, relative paths, sorted. */
export function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.xlsx$/i.test(e.name)) out.push(path.relative(CORPUS_DIR, p));
    }
  };
  walk(CORPUS_DIR);
  return out.sort();
}

export interface FileOutcome {
  file: string;
  refused?: string;
  crashed?: string;
  formulas: number;
  /** Formula cells whose saved value fill replaced with a different one: `Sheet!A1 cached → written`. */
  spoiled: string[];
  /** Parts other than the worksheets fill patched that came out different. */
  changedParts: string[];
  /** Cells that are not formulas whose value changed. */
  changedValues: string[];
}

function same(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') return a.error === b.error;
  // A saved empty text and no value are the same blank.
  if ((a === '' || a === null) && (b === '' || b === null)) return true;
  return a === b;
}

const show = (v: CellValue) => (v !== null && typeof v === 'object' ? v.error : JSON.stringify(v));

/**
 * Fills one corpus file and compares the copy with the input.
 * @example
 * checkFile('xlsxwriter/formula_results01.xlsx').spoiled; // []
 * With `oracle` (the same file recalculated by LibreOffice), a changed value counts as spoiled
 * only where LibreOffice reproduces the saved one: XlsxWriter saves 0 for every formula it writes,
 * a placeholder no engine reproduces.
 */
export function checkFile(file: string, oracle?: string): FileOutcome {
  const input = path.join(CORPUS_DIR, file);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-corpus-'));
  const out = path.join(dir, 'out.xlsx');
  const o: FileOutcome = { file, formulas: 0, spoiled: [], changedParts: [], changedValues: [] };
  try {
    const before = fs.readFileSync(input);
    try {
      o.formulas = fillWorkbook(input, { out }).formulas;
    } catch (e) {
      if (e instanceof WorkbookError) o.refused = e.message;
      else o.crashed = (e as Error).stack ?? String(e);
      return o;
    }
    if (!fs.readFileSync(input).equals(before)) o.crashed = 'input modified';
    const inWb = readWorkbook(openXlsx(before));
    const outBytes = fs.readFileSync(out);
    const outWb = readWorkbook(openXlsx(outBytes));
    const a = unzipSync(new Uint8Array(before));
    const b = unzipSync(new Uint8Array(outBytes));
    const sheetParts = new Set(inWb.sheets.map((s) => s.partPath));
    for (const name of Object.keys(a)) {
      if (sheetParts.has(name)) continue;
      const x = a[name];
      const y = b[name];
      if (!y || x.length !== y.length || !Buffer.from(x).equals(Buffer.from(y))) o.changedParts.push(name);
    }
    const lo = oracle ? readWorkbook(openXlsx(fs.readFileSync(oracle))) : undefined;
    inWb.sheets.forEach((s, si) => {
      const loSheet = lo?.sheets.find((x) => x.name === s.name);
      const loCells = loSheet ? new Map(loSheet.cells.map((c) => [c.ref, c.value])) : undefined;
      const outCells = new Map(outWb.sheets[si].cells.map((c) => [c.ref, c]));
      for (const c of s.cells) {
        const d = outCells.get(c.ref);
        const written = d ? d.value : null;
        if (c.formula !== undefined) {
          const reproduced = !lo || (loCells !== undefined && same(c.value ?? null, loCells.get(c.ref) ?? null));
          if (c.value !== null && reproduced && !same(c.value, written)) o.spoiled.push(`${s.name}!${c.ref} =${c.formula} ${show(c.value)} → ${show(written)}`);
        } else if (!same(c.value, written)) o.changedValues.push(`${s.name}!${c.ref}`);
      }
    });
    return o;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
