/**
 * `fill` of a table of EDU calls neither loads HyperFormula nor exceljs (0.6 s of start-up between
 * them): the fast path computes it, and the CLI loads each command's modules only when it runs.
 * A table with a formula only HyperFormula computes still loads it. Checked in a fresh process
 * running the compiled CLI (lib/, what bin/plan-metrics.js runs).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';

const root = path.resolve(__dirname, '../../..');
const built = fs.existsSync(path.join(root, 'lib/src/hosts/cli/main.js'));

/** A minimal workbook: one sheet with the given row cells (inline strings, numbers, formulas). */
function workbook(rows: string[]): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="${ns}"><sheetData>${rows.map((r, i) => `<row r="${i + 1}">${r}</row>`).join('')}</sheetData></worksheet>`),
  });
}

/** Runs fill in a fresh process; which of the heavy packages it loaded, and the value of C1. */
function fillIn(file: string): { loaded: string[]; c1: unknown } {
  const script = `
    const { main } = require(${JSON.stringify(path.join(root, 'lib/src/hosts/cli/main.js'))});
    main(['fill', ${JSON.stringify(file)}, '--out', ${JSON.stringify(file + '.out.xlsx')}, '--force'], { out() {}, err(s) { console.error(s); } }).then((code) => {
      const { openXlsx } = require(${JSON.stringify(path.join(root, 'lib/src/xlsx/open.js'))});
      const { readWorkbook } = require(${JSON.stringify(path.join(root, 'lib/src/xlsx/read.js'))});
      const loaded = Object.keys(require.cache).map((k) => (/node_modules\\/(hyperformula|exceljs)\\//.exec(k) || [])[1]).filter(Boolean);
      const wb = readWorkbook(openXlsx(require('fs').readFileSync(${JSON.stringify(file + '.out.xlsx')})));
      const c1 = wb.sheets[0].cells.find((c) => c.ref === 'C1').value;
      process.stdout.write(JSON.stringify({ code, loaded: [...new Set(loaded)].sort(), c1 }));
    });`;
  const r = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  expect(r.code).toBe(0);
  return { loaded: r.loaded, c1: r.c1 };
}

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-lazy-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

(built ? test : test.skip)('a table of EDU calls: neither HyperFormula nor exceljs is loaded', () => {
  const file = path.join(dir, 'edu.xlsx');
  // 21 teachers for 500 students = 4.2 per 100.
  fs.writeFileSync(file, workbook(['<c r="A1"><v>21</v></c><c r="B1"><v>500</v></c><c r="C1"><f>EDU.PER100(A1,B1)</f></c>']));
  expect(fillIn(file)).toEqual({ loaded: [], c1: 4.2 });
});

(built ? test : test.skip)('built-in arithmetic the fast path covers: HyperFormula is not loaded either', () => {
  const file = path.join(dir, 'arith.xlsx');
  fs.writeFileSync(file, workbook(['<c r="A1"><v>21</v></c><c r="B1"><v>500</v></c><c r="C1"><f>A1/B1*100</f></c>']));
  expect(fillIn(file)).toEqual({ loaded: [], c1: 4.2 });
});

(built ? test : test.skip)('a formula only HyperFormula computes: it is loaded, exceljs is not', () => {
  const file = path.join(dir, 'mixed.xlsx');
  // MEDIAN is not in the fast path's table (src/engine/fast/builtins.ts): MEDIAN(4.2) = 4.2.
  fs.writeFileSync(file, workbook(['<c r="A1"><v>21</v></c><c r="B1"><v>500</v></c><c r="C1"><f>MEDIAN(A1/B1*100)</f></c>']));
  expect(fillIn(file)).toEqual({ loaded: ['hyperformula'], c1: 4.2 });
});
