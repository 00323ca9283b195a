/**
 * Structured references in workbooks saved by LibreOffice (issue 25, item 4). LibreOffice opens
 * these Excel files, recalculates them, and saves them as .xlsx with their tables and their
 * structured-reference formulas as they were (it writes both back). Those copies are workbooks
 * LibreOffice saved, carrying LibreOffice's own results: fill must compute every
 * structured-reference formula in them (none kept) and give the value LibreOffice saved.
 *
 * Left out: poi/spreadsheet/StructuredReferences.xlsx (LibreOffice gives #VALUE! for the table
 * name `\_Prime.1`, Excel saved 209; test/engine/structured-refs.test.ts holds fill to Excel's)
 * and dataValidationTableRange.xlsx (LibreOffice gives #VALUE! for two VLOOKUPs of a
 * [#This Row] value where Excel saved 63.5213 and 62.1065; fill follows Excel there too).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fillWorkbook } from '../../src/features/fill/fill';
import { openXlsx } from '../../src/xlsx/open';
import { readWorkbook } from '../../src/xlsx/read';
import type { CellValue } from '../../src/xlsx/types';
import { recalcManyWithLibreOffice, soffice } from './libreoffice';

jest.setTimeout(300_000);
const haveLO = soffice() !== null;
const CORPUS = path.join(__dirname, '../fixtures/corpus');

// Each file, and how many structured-reference formula cells LibreOffice's copy holds.
const FILES: [string, number][] = [
  ['poi/spreadsheet/table-sample.xlsx', 12],
  ['poi/spreadsheet/bug66215.xlsx', 10],
  ['poi/spreadsheet/DataTableCities.xlsx', 14],
  ['poi/spreadsheet/evaluate_formula_with_structured_table_references.xlsx', 1],
  ['poi/spreadsheet/63934.xlsx', 1],
  ['poi/spreadsheet/tableStyle.xlsx', 1],
  ['closedxml/TryToLoad/TableHeadersWithLineBreaks.xlsx', 3],
  ['closedxml/TryToLoad/LO/xlsx/column-style-autofilter.xlsx', 27],
];

const same = (a: CellValue, b: CellValue) => a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));
const structured = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""').includes('[');

(haveLO ? test : test.skip)('structured references in LibreOffice-saved workbooks fill with LibreOffice’s values', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-sr-lo-'));
  try {
    const flat = FILES.map(([f]) => path.join(dir, f.replace(/\//g, '__')));
    FILES.forEach(([f], i) => fs.copyFileSync(path.join(CORPUS, f), flat[i]));
    recalcManyWithLibreOffice(flat, path.join(dir, 'lo'), path.join(dir, 'profile'));
    const wrong: string[] = [];
    FILES.forEach(([f, count], i) => {
      const saved = path.join(dir, 'lo', path.basename(flat[i]));
      const wb = readWorkbook(openXlsx(fs.readFileSync(saved)));
      const r = fillWorkbook(saved, { out: path.join(dir, `out-${i}.xlsx`) });
      const kept = new Set(r.evaluation.kept.map((k) => `${k.sheet}!${k.ref}`));
      const cells = wb.sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined && structured(c.formula)).map((c) => ({ s, c })));
      expect({ f, n: cells.length }).toEqual({ f, n: count });
      for (const { s, c } of cells) {
        if (kept.has(`${s.name}!${c.ref}`)) wrong.push(`${f} ${s.name}!${c.ref} =${c.formula}: kept`);
        const v = r.evaluation.values.get(s.name)?.get(c.ref) ?? null;
        if (!same(v, c.value)) wrong.push(`${f} ${s.name}!${c.ref} =${c.formula}: ${JSON.stringify(v)} ≠ LibreOffice's ${JSON.stringify(c.value)}`);
      }
    });
    expect(wrong).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
