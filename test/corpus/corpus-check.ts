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
import { cellRef, parseRange } from '../../src/xlsx/refs';

export const CORPUS_DIR = path.join(__dirname, '../fixtures/corpus');

/** Every .xlsx of the corpus, relative paths, sorted. */
export function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.xls[xm]$/i.test(e.name)) out.push(path.relative(CORPUS_DIR, p));
    }
  };
  walk(CORPUS_DIR);
  return out.sort();
}

/**
 * The files CI runs (test/corpus/corpus.test.ts, test/cross-engine/corpus-libreoffice.test.ts):
 * about thirty, across the five sources, chosen for what they hold — formulas of many kinds,
 * tables and structured references, shared and array formulas, external links, pivot tables,
 * strict OOXML, and the refusals (encrypted, not a workbook). `npm run corpus` runs them all.
 */
export const CI_FILES: readonly string[] = [
  'calamine/errors.xlsx', // every error literal, and a reference to row 0
  'calamine/issue446.xlsx',
  'calamine/shared_formula_bench.xlsx', // 100 shared formulas
  'calamine/table_with_insertrow_attribute.xlsx', // tables, structured references
  'calamine/pass_protected.xlsx', // encrypted: refused
  'calamine/issue_530.xlsx', // a zip with no workbook: refused
  'closedxml/Examples/Misc/Formulas.xlsx',
  'closedxml/Examples/Tables/UsingTables.xlsx', // [Income] in a totals row, no cached values
  'closedxml/Other/ExternalLinks/WorkbookWithExternalLink.xlsx', // [1]Sheet1!A1: kept
  'closedxml/TryToLoad/LO/xlsx/ceiling-floor.xlsx', // 276 CEILING/FLOOR cases, saved by LibreOffice
  'closedxml/TryToLoad/LO/xlsx/shared-formula/3d-reference.xlsx',
  'closedxml/TryToLoad/LO/xlsx/named-ranges-global.xlsx',
  'closedxml/TryToLoad/LO/xlsx/universal-content-strict.xlsx', // strict OOXML
  'closedxml/TryToLoad/LO/xlsx/column-style-autofilter.xlsx', // [#This Row] over a filtered table
  'closedxml/TryToLoad/TableHeadersWithLineBreaks.xlsx',
  'closedxml/TryToLoad/LO/xlsx/pivottable_error_item_filter.xlsx', // a pivot table
  'excelize/Book1.xlsx',
  'excelize/CalcChain.xlsx',
  'excelize/encryptAES.xlsx', // encrypted: refused
  'poi/openxml4j/invalid.xlsx', // not a zip: refused
  'poi/spreadsheet/50096.xlsx', // 300 formulas
  'poi/spreadsheet/55906-MultiSheetRefs.xlsx', // 3-D references
  'poi/spreadsheet/DataTableCities.xlsx', // [#Totals]
  'poi/spreadsheet/StructuredReferences.xlsx', // table \_Prime.1, escaped column names
  'poi/spreadsheet/table-sample.xlsx',
  'poi/spreadsheet/ConditionalFormattingSamples.xlsx', // SUBTOTAL over filtered-out table rows
  'poi/spreadsheet/atp.xlsx', // Analysis ToolPak functions
  'poi/spreadsheet/xlookup.xlsx',
  'poi/spreadsheet/shared_formulas.xlsx',
  'xlsxwriter/formula_results01.xlsx',
  'xlsxwriter/array_formula01.xlsx',
  'xlsxwriter/dynamic_array01.xlsx',
  'xlsxwriter/table10.xlsx', // [#This Row] column ranges and totals-row SUBTOTALs
  'xlsxwriter/table23.xlsx', // escaped column names
  'xlsxwriter/escapes01.xlsx',
];

export interface FileOutcome {
  file: string;
  refused?: string;
  crashed?: string;
  formulas: number;
  /** Formula cells whose saved value fill replaced with a different one: `Sheet!A1 cached → written`. */
  spoiled: string[];
  /** Parts other than the worksheets fill patched that came out different. */
  changedParts: string[];
  /** Cells that are not formulas (nor covered by an array formula) whose value changed. */
  changedValues: string[];
  /**
   * Formula cells fill did not compute (kept Excel's value) whose value came out different:
   * `Sheet!A1 cached → written`. A kept cell with no cached value gets the engine's error.
   */
  changedKept: string[];
  /** How many formula cells fill kept (did not compute). */
  kept: number;
  /** Set when our own reader cannot read fill's output back. */
  unreadable?: string;
  /** Every formula cell whose saved value fill replaced, before any oracle is asked (see spoiledBy). */
  changedCached: { sheet: string; ref: string; text: string; cached: CellValue }[];
  /** True when some part of the output (worksheets included) is not byte for byte the input's. */
  patched: boolean;
}

/**
 * The changed cached values that LibreOffice's recalculation of the input (`oracle`) reproduces:
 * those fill spoiled. Lets a runner fill first and ask LibreOffice only about the files that need it.
 * @example
 * spoiledBy(checkFile('xlsxwriter/table10.xlsx'), 'lo-out/xlsxwriter__table10.xlsx'); // []
 */
export function spoiledBy(o: FileOutcome, oracle: string): string[] {
  if (!o.changedCached.length) return [];
  const lo = readWorkbook(openXlsx(fs.readFileSync(oracle)));
  const sheets = new Map(lo.sheets.map((s) => [s.name, new Map(s.cells.map((c) => [c.ref, c.value]))]));
  return o.changedCached.filter((c) => same(c.cached, sheets.get(c.sheet)?.get(c.ref) ?? null)).map((c) => c.text);
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
export function checkFile(file: string, oracle?: string, keepOut?: string): FileOutcome {
  const input = path.join(CORPUS_DIR, file);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-corpus-'));
  const out = keepOut ?? path.join(dir, 'out.xlsx');
  const o: FileOutcome = { file, formulas: 0, spoiled: [], changedParts: [], changedValues: [], changedKept: [], kept: 0, changedCached: [], patched: false };
  const keptRefs = new Set<string>();
  try {
    const before = fs.readFileSync(input);
    try {
      const r = fillWorkbook(input, { out, force: true });
      o.formulas = r.formulas;
      o.kept = r.evaluation.kept.length;
      for (const k of r.evaluation.kept) keptRefs.add(`${k.sheet}!${k.ref}`);
    } catch (e) {
      if (e instanceof WorkbookError) o.refused = e.message;
      else o.crashed = (e as Error).stack ?? String(e);
      return o;
    }
    if (!fs.readFileSync(input).equals(before)) o.crashed = 'input modified';
    const inWb = readWorkbook(openXlsx(before));
    const outBytes = fs.readFileSync(out);
    let outWb: ReturnType<typeof readWorkbook>;
    try {
      outWb = readWorkbook(openXlsx(outBytes));
    } catch (e) {
      o.unreadable = (e as Error).message;
      return o;
    }
    const a = unzipSync(new Uint8Array(before));
    const b = unzipSync(new Uint8Array(outBytes));
    const sheetParts = new Set(inWb.sheets.map((s) => s.partPath));
    for (const name of Object.keys(a)) {
      if (sheetParts.has(name)) continue;
      const x = a[name];
      const y = b[name];
      if (!y || x.length !== y.length || !Buffer.from(x).equals(Buffer.from(y))) o.changedParts.push(name);
    }
    o.patched = Object.keys(a).length !== Object.keys(b).length || Object.keys(a).some((k) => !b[k] || !Buffer.from(a[k]).equals(Buffer.from(b[k])));
    const lo = oracle ? readWorkbook(openXlsx(fs.readFileSync(oracle))) : undefined;
    inWb.sheets.forEach((s, si) => {
      const loSheet = lo?.sheets.find((x) => x.name === s.name);
      const loCells = loSheet ? new Map(loSheet.cells.map((c) => [c.ref, c.value])) : undefined;
      const outCells = new Map(outWb.sheets[si].cells.map((c) => [c.ref, c]));
      // The cells a legacy array formula covers hold its result: they are the formula's, not values.
      const anchorOf = new Map<string, { formula?: string; ref: string }>();
      for (const c of s.cells) {
        const r = c.arrayRef ? parseRange(c.arrayRef) : null;
        if (r) for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) anchorOf.set(cellRef(row, col), c);
      }
      for (const c of s.cells) {
        const d = outCells.get(c.ref);
        const written = d ? d.value : null;
        const anchor = c.formula !== undefined ? c : anchorOf.get(c.ref);
        if (anchor) {
          const reproduced = !lo || (loCells !== undefined && same(c.value ?? null, loCells.get(c.ref) ?? null));
          const text = `${s.name}!${c.ref} =${anchor.formula} ${show(c.value)} → ${show(written)}`;
          if (c.value !== null && !same(c.value, written)) o.changedCached.push({ sheet: s.name, ref: c.ref, text, cached: c.value });
          if (c.value !== null && reproduced && !same(c.value, written)) o.spoiled.push(text);
          if (keptRefs.has(`${s.name}!${anchor.ref}`) && !same(c.value ?? null, written)) o.changedKept.push(text);
        } else if (!same(c.value, written)) o.changedValues.push(`${s.name}!${c.ref}`);
      }
    });
    return o;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
