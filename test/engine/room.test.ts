/**
 * The engine room (issue 25): evaluation lives in src/engine, and the spreadsheet rules are written
 * once, in its rule book (src/engine/excel/semantics) — and the EDU argument checks once, in
 * src/domain/edu/marshal.ts. Read from the source files themselves, so a copy made later fails here.
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '../../src');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.ts$/.test(e.name) ? [p] : [];
  });
}

const ALL = files(SRC).map((p) => ({ rel: path.relative(SRC, p).split(path.sep).join('/'), text: fs.readFileSync(p, 'utf8') }));

/** The code of a file without its comments (a rule may be named in prose anywhere). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
}

/** Every module a file imports or requires. */
function imports(text: string): string[] {
  const out: string[] = [];
  for (const m of code(text).matchAll(/(?:from\s+|require\(\s*|import\(\s*)'([^']+)'/g)) out.push(m[1]);
  return out;
}

const resolve = (from: string, spec: string) => path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));

// What the rest of the product may call in the engine: computing a workbook, the cells kept, one
// formula in an empty workbook, one formula on a user's sheet.
const ENTRY_POINTS = new Set(['engine/evaluate', 'engine/keep-cached', 'engine/hf/engine', 'engine/hf/sheet-formula']);

test('nothing outside src/engine loads HyperFormula', () => {
  const outside = ALL.filter((f) => !f.rel.startsWith('engine/') && imports(f.text).some((m) => m === 'hyperformula' || m.startsWith('hyperformula/')));
  expect(outside.map((f) => f.rel)).toEqual([]);
});

test('outside src/engine, only its entry points are imported', () => {
  const wrong: string[] = [];
  for (const f of ALL) {
    if (f.rel.startsWith('engine/')) continue;
    for (const m of imports(f.text)) {
      if (!m.startsWith('.')) continue;
      const target = resolve(f.rel, m);
      if (target.startsWith('engine/') && !ENTRY_POINTS.has(target)) wrong.push(`${f.rel} → ${target}`);
    }
  }
  expect(wrong).toEqual([]);
});

test('src/engine imports only downward (domain, xlsx, itself)', () => {
  const wrong: string[] = [];
  for (const f of ALL) {
    if (!f.rel.startsWith('engine/')) continue;
    for (const m of imports(f.text)) {
      if (!m.startsWith('.')) continue;
      const target = resolve(f.rel, m);
      if (!/^(engine|domain|xlsx)\//.test(target)) wrong.push(`${f.rel} → ${target}`);
    }
  }
  expect(wrong).toEqual([]);
});

/** The files whose code matches `pattern`. */
const where = (pattern: RegExp) => ALL.filter((f) => pattern.test(code(f.text))).map((f) => f.rel);

test.each([
  ['the epsilon', /\b1e-13\b/, 'engine/excel/semantics/numbers.ts'],
  ['the collator', /new Intl\.Collator\(/, 'engine/excel/semantics/text.ts'],
  ['the collator options', /caseFirst: 'lower'/, 'engine/excel/semantics/text.ts'],
  // The rule's own regular expression, whole (extract's numbered-list pattern /^\s*\d{1,2}[、.]/ is another thing).
  ['the date-prefix rule', /\/\^\\s\*\\d\/;/, 'engine/excel/semantics/text.ts'],
  ['the error mapping (#LIC!, #CYCLE!, #ERROR! written as #VALUE!)', /=== '#LIC!'/, 'engine/excel/semantics/errors.ts'],
  ['the error literals', /'#CYCLE!', '#ERROR!', '#SPILL!'/, 'engine/excel/semantics/errors.ts'],
  ['AND / OR', /t === 'TRUE' \|\| t === 'FALSE'\) b = t === 'TRUE'/, 'engine/excel/semantics/functions.ts'],
  ['the comparison tolerance (2^-48)', /2 \*\* -48/, 'engine/excel/semantics/numbers.ts'],
  ['Excel’s 1900-02-29 (serial 60)', /n === 60\)/, 'engine/excel/excel-dates.ts'],
  ['the locale-dependent number text', /\[\$¥￥€£\]/, 'engine/excel/semantics/text.ts'],
  ['the empty text "" as a number (#VALUE!)', /v === '' \? VALUE/, 'engine/excel/semantics/coercion.ts'],
  ['SUMPRODUCT', /acc = typeof v === 'number' \? acc \* v : 0/, 'engine/excel/semantics/functions.ts'],
  ['the 15-digit rounding of results (HyperFormula’s exporter is given it)', /POWERS_OF_TEN\[PRECISION_DIGITS - /, 'domain/core/precision.ts'],
  ['the first significant digit', /Math\.floor\(Math\.log10\(/, 'domain/core/precision.ts'],
  ['ROUND, INT, FLOOR … (the functions of numbers)', /roundExcel\(x, p, 'half'\)/, 'engine/excel/semantics/number-functions.ts'],
  ['CEILING(x, 0) is 0', /x === 0 \|\| sig === 0 \? 0/, 'engine/excel/semantics/number-functions.ts'],
  ['the EDU single-value-for-a-range check', /params\[\w+\]\.range \? \[\[/, 'domain/edu/marshal.ts'],
  ['the EDU trailing-omitted check', /while \(n > required/, 'domain/edu/marshal.ts'],
])('%s is written once', (_what, pattern, file) => {
  expect(where(pattern)).toEqual([file]);
});

test('the older fast parser is gone', () => {
  expect(fs.existsSync(path.join(SRC, 'engine/fast/call-formula.ts'))).toBe(false);
});
