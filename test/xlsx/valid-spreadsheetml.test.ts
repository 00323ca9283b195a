/**
 * Every workbook Plan Metrics writes is valid SpreadsheetML, checked from outside by two readers
 * nobody here wrote (issue 31):
 *  - the ECMA-376 transitional schemas (test/fixtures/ecma-376, SOURCES.md there) through xmllint,
 *    after ECMA-376 Part 3's markup-compatibility preprocessing (test/xlsx/helpers/schema-check.ts);
 *  - openpyxl (Debian's python3-openpyxl, the reader behind pandas' read_excel), which refused four of
 *    the six templates while they carried errorStyle="error".
 * Workbooks: each template, the bundled sample county, fill's output of each of them (formulas and
 * values-only), and collect's county table. A negative control puts errorStyle="error" back into a
 * template and must be refused by both readers, so the check can fail.
 * Where xmllint or openpyxl is missing the tests are skipped with the reason on the console — and in
 * CI (CI=true) that is a failure, since .ci/run installs both.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync, zipSync } from 'fflate';
import { buildTemplateSheets, listTemplates } from '../../src/features/templates';
import { writeTemplateXlsx } from '../../src/features/templates/xlsx-writer';
import { fillWorkbook } from '../../src/features/fill/fill';
import { collectReturns } from '../../src/features/collect';
import { countySheets } from '../../src/features/collect/county-workbook';
import { CI_FILES } from '../corpus/corpus-check';
import { checkSpreadsheetML, checkSpreadsheetMLMany, hasXmllint, openpyxlPython, openWithOpenpyxl } from './helpers/schema-check';

const xmllint = hasXmllint();
const python = openpyxlPython();
const missing = [!xmllint && 'xmllint (Debian libxml2-utils)', !python && 'openpyxl (Debian python3-openpyxl)'].filter(Boolean);
if (missing.length) {
  const why = `valid-spreadsheetml: skipped, ${missing.join(' and ')} not installed`;
  if (process.env.CI) throw new Error(`${why} — .ci/run installs them, so in CI this is a failure`);
  console.warn(why);
}
const run = missing.length ? test.skip : test;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-valid-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The workbooks we write, by name → file. Built once. */
const written = new Map<string, string>();
beforeAll(async () => {
  if (missing.length) return;
  const put = (name: string, bytes: Uint8Array) => { const f = path.join(dir, `${name}.xlsx`); fs.writeFileSync(f, bytes); written.set(name, f); return f; };
  for (const t of listTemplates()) {
    const opts = t.name === 'plan-tracker' ? { plan: '南雄市' } : {};
    const f = put(`template ${t.name}`, await writeTemplateXlsx(buildTemplateSheets(t.name, opts)));
    fillWorkbook(f, { out: path.join(dir, `fill ${t.name}.xlsx`) });
    written.set(`fill ${t.name}`, path.join(dir, `fill ${t.name}.xlsx`));
    fillWorkbook(f, { out: path.join(dir, `fill --values-only ${t.name}.xlsx`), valuesOnly: true });
    written.set(`fill --values-only ${t.name}`, path.join(dir, `fill --values-only ${t.name}.xlsx`));
  }
  const sample = path.resolve(__dirname, '../../assets/sample-county.xlsx');
  written.set('assets/sample-county.xlsx', sample);
  fillWorkbook(sample, { out: path.join(dir, 'fill sample-county.xlsx') });
  written.set('fill sample-county', path.join(dir, 'fill sample-county.xlsx'));
  // collect's county table, from two returns: the school-resources template as a school fills it in.
  const ret = fs.readFileSync(written.get('template school-resources')!);
  const result = collectReturns([{ name: 'a.xlsx', bytes: ret }, { name: 'b.xlsx', bytes: fs.readFileSync(sample) }]);
  put('collect', await writeTemplateXlsx(countySheets(result)));
}, 120_000);

describe('every workbook we write', () => {
  run('is valid against the ECMA-376 transitional schemas, every part a schema covers', () => {
    const bad: string[] = [];
    for (const [name, file] of written) {
      const r = checkSpreadsheetML(fs.readFileSync(file));
      // Each workbook has at least [Content_Types], rels, workbook, a sheet and styles checked.
      expect(r.checked.length).toBeGreaterThanOrEqual(5);
      // docProps/core.xml is the one part left: its schema imports Dublin Core from the web.
      expect(r.unchecked.filter((p) => p !== 'docProps/core.xml')).toEqual([]);
      for (const e of r.errors) bad.push(`${name}: ${e}`);
    }
    expect(written.size).toBe(listTemplates().length * 3 + 3);
    expect(bad).toEqual([]);
  }, 120_000);

  run('opens in openpyxl', () => {
    const names = [...written.keys()];
    const errors = openWithOpenpyxl(python!, names.map((n) => written.get(n)!));
    expect(names.map((n, i) => errors[i] && `${n}: ${errors[i]}`).filter(Boolean)).toEqual([]);
  }, 120_000);
});

describe('the check can fail', () => {
  run('a template with errorStyle="error" (what the writer wrote before) is refused by the schemas and by openpyxl', () => {
    const parts = unzipSync(fs.readFileSync(written.get('template school-resources')!));
    const sheet = Object.keys(parts).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))!;
    const xml = Buffer.from(parts[sheet]).toString('utf8');
    expect(xml).toContain('errorStyle="stop"');
    parts[sheet] = new Uint8Array(Buffer.from(xml.replace(/errorStyle="stop"/g, 'errorStyle="error"')));
    const broken = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(broken, zipSync(parts));
    const r = checkSpreadsheetML(fs.readFileSync(broken));
    expect(r.errors.some((e) => e.startsWith(sheet) && e.includes("The value 'error' is not an element of the set {'stop', 'warning', 'information'}"))).toBe(true);
    // openpyxl's own words (openpyxl.descriptors.base.Set).
    expect(openWithOpenpyxl(python!, [broken])[0]).toMatch(/Value must be one of \{'(stop|warning|information)', '(stop|warning|information)', '(stop|warning|information)'\}/);
  });
});

describe('fill never makes a valid part invalid', () => {
  // Workbooks of the real-workbook corpus (test/fixtures/corpus, SOURCES.md there) are filled; each
  // part that was valid in the input must be valid in the output. (Parts invalid already in the
  // input — Excel writes a few the 2006 schemas predate — are not ours to fix.) CI takes the
  // XlsxWriter files (Excel-saved references) and the CI subset of the other four sources;
  // CORPUS_ALL=1 takes all 982.
  run('over the corpus: each valid input part stays valid after fill (formulas kept and values-only)', () => {
    const root = path.resolve(__dirname, '../fixtures/corpus');
    const all = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.xlsx$/.test(f)).sort();
    const picked = process.env.CORPUS_ALL ? all : all.filter((f) => f.startsWith('xlsxwriter/') || CI_FILES.includes(f));
    const inputs = picked.map((f) => path.join(root, f));
    expect(inputs.length).toBeGreaterThanOrEqual(190);
    const outs: string[] = [];
    const filled: { input: string; out: string; valuesOnly: boolean }[] = [];
    for (const input of inputs) {
      for (const valuesOnly of [false, true]) {
        const out = path.join(dir, `corpus-${filled.length}.xlsx`);
        try {
          fillWorkbook(input, { out, valuesOnly });
          filled.push({ input, out, valuesOnly });
          outs.push(out);
        } catch (e) {
          // A workbook fill refuses (encrypted, not a workbook) is corpus.test.ts's business.
        }
      }
    }
    expect(filled.length).toBeGreaterThan(300);
    const inReports = checkSpreadsheetMLMany(inputs.map((f) => fs.readFileSync(f)));
    const inErrors = new Map(inputs.map((f, i) => [f, new Set(inReports[i].errors.map((e) => e.split(':')[0]))]));
    const outReports = checkSpreadsheetMLMany(outs.map((f) => fs.readFileSync(f)));
    const spoiled: string[] = [];
    filled.forEach((x, i) => {
      for (const e of outReports[i].errors) {
        const part = e.split(':')[0];
        if (!inErrors.get(x.input)!.has(part)) spoiled.push(`${path.relative(root, x.input)}${x.valuesOnly ? ' (values-only)' : ''}: ${e}`);
      }
    });
    const invalidInputs = inReports.filter((r) => r.errors.length).length;
    console.log(`schema check over the corpus: ${inputs.length} inputs (${invalidInputs} with an invalid part or no zip), ${filled.length} outputs, ${spoiled.length} parts made invalid`);
    expect(spoiled.slice(0, 20)).toEqual([]);
  }, 600_000);
});
