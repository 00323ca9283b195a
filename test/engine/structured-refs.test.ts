/**
 * Structured references (issue 25, item 4): `Table1[Col]` & co. become the A1 ranges they stand
 * for, and real workbooks' structured-reference formulas are computed instead of kept.
 *
 * The expected A1 texts are worked out by hand from Microsoft's rules ("Using structured
 * references with Excel tables", support.microsoft.com): no item = #Data; #All = the whole
 * table; #Headers / #Totals = the header / totals row; `@` = #This Row, the formula's own row;
 * `[A]:[B]` = the columns from A to B; `'` escapes `[ ] # '`; names compare without case.
 * The real files' expected values are the ones Excel saved in them (each file's docProps/app.xml
 * names Microsoft Excel as the application that saved it).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseTablePart, type TableDef } from '../../src/xlsx/table-parts';
import { rewriteStructuredRefs, type TableIndex } from '../../src/engine/structured-refs';
import { unmodelled } from '../../src/engine/hf/hf-evaluate';
import { evaluateInWorkbook } from '../../src/hosts/cli/eval-in-workbook';
import { fillWorkbook } from '../../src/features/fill/fill';
import { openXlsx } from '../../src/xlsx/open';
import { readWorkbook } from '../../src/xlsx/read';
import type { CellValue } from '../../src/xlsx/types';

// Table1 on Sheet1 = A1:C6: header row 1, data rows 2–5, totals row 6; columns Region, Sales, Cost.
const table1: TableDef = { name: 'Table1', ref: 'A1:C6', r1: 0, c1: 0, r2: 5, c2: 2, headerRows: 1, totalsRows: 1, columns: ['Region', 'Sales', 'Cost'] };
// Odd on Sheet 2 = E10:F12, no header row, no totals; columns whose names need escapes.
const odd: TableDef = { name: 'Odd', ref: 'E10:F12', r1: 9, c1: 4, r2: 11, c2: 5, headerRows: 0, totalsRows: 0, columns: ['a#b', '[x]'] };
const index: TableIndex = new Map([
  ['TABLE1', { table: table1, sheet: 'Sheet1' }],
  ['ODD', { table: odd, sheet: 'Sheet 2' }],
]);
const below = { sheet: 'Sheet1', row: 8, col: 0 }; // A9, under the table
const row3 = { sheet: 'Sheet1', row: 2, col: 4 }; // E3, beside the table's third row

test.each([
  ['SUM(Table1[Sales])', below, 'SUM($B$2:$B$5)'],
  ['SUM(table1[SALES])', below, 'SUM($B$2:$B$5)'],
  ['Table1[#All]', below, '$A$1:$C$6'],
  ['Table1[#Data]', below, '$A$2:$C$5'],
  ['Table1[#Headers]', below, '$A$1:$C$1'],
  ['Table1[#Totals]', below, '$A$6:$C$6'],
  ['Table1[[#Headers],[Sales]]', below, '$B$1'],
  ['Table1[[#Headers],[#Data],[Sales]]', below, '$B$1:$B$5'],
  ['Table1[[#Data],[#Totals],[Sales]]', below, '$B$2:$B$6'],
  ['Table1[[#Totals],[Cost]]', { sheet: 'Other', row: 0, col: 0 }, "'Sheet1'!$C$6"],
  // A defined name (no site) always names the sheet.
  ['Table1[[#Headers],[Sales]]', null, "'Sheet1'!$B$1"],
  ['SUM(Table1[[Sales]:[Cost]])', below, 'SUM($B$2:$C$5)'],
  ['SUM(Table1[[#All],[Region]:[Sales]])', below, 'SUM($A$1:$B$6)'],
  ['Table1[@Sales]*2', row3, '$B$3*2'],
  ['Table1[@[Sales]]*2', row3, '$B$3*2'],
  ['Table1[[#This Row],[Sales]]', row3, '$B$3'],
  ['SUM(Table1[[#This Row],[Sales]:[Cost]])', row3, 'SUM($B$3:$C$3)'],
  ['Table1[@]', row3, '$A$3:$C$3'],
  // Inside the table, a reference without the table's name is to that table.
  ['[@Sales]-[@Cost]', { sheet: 'Sheet1', row: 2, col: 2 }, '$B$3-$C$3'],
  ['SUBTOTAL(109,[Sales])', { sheet: 'Sheet1', row: 5, col: 1 }, 'SUBTOTAL(109,$B$2:$B$5)'],
  // A bare table name, and empty brackets, are its data.
  ['ROWS(Table1)', below, 'ROWS($A$2:$C$5)'],
  ['ROWS(Table1[])', below, 'ROWS($A$2:$C$5)'],
  // Escapes in column names; a table on a sheet whose name needs quotes.
  ["SUM(Odd[a'#b])", below, "SUM('Sheet 2'!$E$10:$E$12)"],
  ["SUM(Odd['[x']])", below, "SUM('Sheet 2'!$F$10:$F$12)"],
  // Text is text; an external link is left for the engine to report.
  ['"Table1[Sales]"&Table1[[#Totals],[Sales]]', below, '"Table1[Sales]"&$B$6'],
  ['[1]Sheet1!A1+Table1[[#Totals],[Sales]]', below, '[1]Sheet1!A1+$B$6'],
  ['SUM(A1:B2)', below, 'SUM(A1:B2)'],
])('%s at %o → %s', (formula, site, expected) => {
  expect(rewriteStructuredRefs(formula, site, index)).toBe(expected);
});

test.each([
  ['Table1[Profit]', below], // no such column: #REF! in Excel
  ['Table1[@Sales]', below], // row 9 is outside the data rows: #VALUE! in Excel
  ['[@Sales]', below], // outside every table
  ['Odd[#Headers]', below], // Odd has no header row: #REF!
  ['Odd[#Totals]', below], // nor a totals row
  ['Table1[[Sales],[Cost]]', below], // two columns without ':' is not a reference
  ['Table2[Sales]', { sheet: 'Sheet1', row: 2, col: 1 }], // a table this workbook lacks, even from inside Table1
  ['Table1[@Sales]', null], // a defined name has no row
])('%s at %o cannot be resolved', (formula, site) => {
  expect(rewriteStructuredRefs(formula, site, index)).toBeNull();
});

test('a table part is read as Excel writes it', () => {
  // From poi/spreadsheet/table-sample.xlsx (xl/tables/table1.xml), shortened.
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Tabelle1" displayName="Tabelle1" ref="C4:G9" totalsRowCount="1">' +
    '<autoFilter ref="C4:G8"/><tableColumns count="5"><tableColumn id="1" name="Field 1"/><tableColumn id="2" name="Field 2"/><tableColumn id="3" name="Field 3"/><tableColumn id="4" name="Field 4 "/><tableColumn id="5" name="Line_x000a_break"/></tableColumns></table>';
  expect(parseTablePart(xml, 'xl/tables/table1.xml')).toEqual({
    name: 'Tabelle1', ref: 'C4:G9', r1: 3, c1: 2, r2: 8, c2: 6, headerRows: 1, totalsRows: 1,
    columns: ['Field 1', 'Field 2', 'Field 3', 'Field 4 ', 'Line\nbreak'],
  });
  // A column count that is not the range's width is no usable table.
  expect(parseTablePart(xml.replace('ref="C4:G9"', 'ref="C4:D9"'), 'x')).toBeNull();
  expect(parseTablePart('<table', 'x')).toBeNull();
});

const CORPUS = path.join(__dirname, '../fixtures/corpus');
const same = (a: CellValue, b: CellValue) => a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));
const structured = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""').includes('[');

// Excel-saved workbooks with structured references, and how many such formula cells each has
// (counted in the files' sheet XML). Before issue 25 every one of them was kept.
const REAL: [string, number][] = [
  ['poi/spreadsheet/table-sample.xlsx', 12], // [#This Row], column ranges, [#Totals], a column name ending in a space
  ['poi/spreadsheet/bug66215.xlsx', 10], // a table on another sheet
  ['poi/spreadsheet/DataTableCities.xlsx', 14], // [#Totals], COUNTA over a column
  ['poi/spreadsheet/StructuredReferences.xlsx', 9], // table name \_Prime.1, escaped column calc='#*'#
  ['poi/spreadsheet/evaluate_formula_with_structured_table_references.xlsx', 1], // [[A]:[B]]
  ['poi/spreadsheet/63934.xlsx', 1], // Gender_lookup[] and a trailing space in a column name
  ['poi/spreadsheet/tableStyle.xlsx', 1],
  ['poi/spreadsheet/dataValidationTableRange.xlsx', 82], // [#All], [#Headers], [#This Row]
  ['closedxml/TryToLoad/TableHeadersWithLineBreaks.xlsx', 3], // line breaks inside column names
  ['closedxml/TryToLoad/LO/xlsx/column-style-autofilter.xlsx', 27],
];

test.each(REAL)('%s: its %d structured-reference formulas are computed, with the values Excel saved', (file, count) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-sr-'));
  try {
    const input = path.join(CORPUS, file);
    const out = path.join(dir, 'out.xlsx');
    const r = fillWorkbook(input, { out });
    const wb = readWorkbook(openXlsx(fs.readFileSync(input)));
    const filled = readWorkbook(openXlsx(fs.readFileSync(out)));
    const keptWhy = new Map(r.evaluation.kept.map((k) => [`${k.sheet}!${k.ref}`, k.why]));
    const cells = wb.sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined && structured(c.formula)).map((c) => ({ s, c })));
    expect(cells).toHaveLength(count);
    const wrong: string[] = [];
    for (const { s, c } of cells) {
      // The reference itself is always resolved; since issue 25's rule book a cell may still keep
      // Excel's value for a function without conformance rows (CLEAN in 63934.xlsx) — never for the reference.
      const why = keptWhy.get(`${s.name}!${c.ref}`);
      if (why !== undefined) expect(why).toMatch(/conformance rows|rule book|depends on a cell/);
      const back = filled.sheets.find((x) => x.name === s.name)!.cells.find((x) => x.ref === c.ref)!;
      // What the filled file holds: the computed value, or Excel's where the cell is kept.
      const written = why === undefined ? r.evaluation.values.get(s.name)?.get(c.ref) ?? null : back.value;
      if (!same(written, c.value)) wrong.push(`${s.name}!${c.ref} =${c.formula}: ${JSON.stringify(written)} ≠ Excel's ${JSON.stringify(c.value)}`);
      expect(back.formula).toBe(c.formula); // the formula text itself is left as Excel wrote it
    }
    expect(wrong).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a SUBTOTAL over a table whose rows a filter hid keeps the value Excel saved', () => {
  // poi/spreadsheet/ConditionalFormattingSamples.xlsx: Table69 on "Regional sales2" has rows 4, 6,
  // 8, 9, 10 filtered out; Excel saved 1469066 (B5 + B7 + B11 = 534389 + 899999 + 34678), not the
  // 9071953 of every row. "Regional sales" (nothing hidden) is computed: 9071953.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-sr-'));
  try {
    const r = fillWorkbook(path.join(CORPUS, 'poi/spreadsheet/ConditionalFormattingSamples.xlsx'), { out: path.join(dir, 'out.xlsx') });
    expect(r.evaluation.values.get('Regional sales')?.get('B12')).toBe(9071953);
    // (Customers2's COUNTIFS, whose criteria the rule book does not read, are kept too: another reason.)
    expect(r.evaluation.kept.filter((k) => k.sheet.startsWith('Regional')).map((k) => `${k.sheet}!${k.ref}`)).toEqual(['Regional sales2!B12', 'Regional sales2!B13', 'Regional sales3!B12', 'Regional sales3!B13']);
    const out = readWorkbook(openXlsx(fs.readFileSync(path.join(dir, 'out.xlsx'))));
    expect(out.sheets.find((s) => s.name === 'Regional sales2')!.cells.find((c) => c.ref === 'B12')!.value).toBe(1469066);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('what is left in brackets is told apart: another workbook, or a table this workbook lacks', () => {
  // The forms other writers use for links, from poi/spreadsheet/52575_main.xlsx and
  // link-external-workbook-b.xlsx; they were reported as structured references before.
  expect(unmodelled("['file:///home/u/source_dummy.xlsx']Tabelle1!A1")).toMatch(/another workbook/);
  expect(unmodelled("SUM('[link-external-workbook-a.xlsx]Sheet0'!A1:B1)")).toMatch(/another workbook/);
  expect(unmodelled('Table9[Col]+Sheet2!A1')).toMatch(/structured/);
  expect(unmodelled('SUBTOTAL(109,[Integer])')).toMatch(/structured/);
});

test('plan-metrics eval reads a structured reference against the workbook', () => {
  // poi/spreadsheet/table-sample.xlsx: Tabelle1 = C4:G9; Excel saved F5:F8 = SUM of each row's
  // Field 2 and Field 3 = 6, 8, 10, 12, so the two columns' data add up to 36.
  const file = path.join(CORPUS, 'poi/spreadsheet/table-sample.xlsx');
  expect(evaluateInWorkbook('=SUM(Tabelle1[[Field 2]:[Field 3]])', file)).toEqual({ value: 36 });
  expect(evaluateInWorkbook('=ROWS(Tabelle1[#All])', file)).toEqual({ value: 6 });
});
