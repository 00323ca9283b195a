/**
 * A workbook without a styles part (valid OOXML; some tools write none): fill still computes and
 * writes it, leaves out the highlight rules (their red fill would need styles.xml) and says so,
 * instead of refusing the whole file.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';
import { cli } from '../../reliability/helpers';

let dir: string;
let input: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-nostyles-'));
  const parts = unzipSync(fs.readFileSync(path.join(__dirname, '../../../assets/sample-county.xlsx')));
  delete parts['xl/styles.xml'];
  const rels = 'xl/_rels/workbook.xml.rels';
  parts[rels] = strToU8(strFromU8(parts[rels]).replace(/<Relationship [^>]*relationships\/styles"[^>]*\/>/, ''));
  const ct = '[Content_Types].xml';
  parts[ct] = strToU8(strFromU8(parts[ct]).replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ''));
  expect(strFromU8(parts[rels])).not.toMatch(/styles/);
  input = path.join(dir, 'no-styles.xlsx');
  fs.writeFileSync(input, zipSync(parts));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('computed and written, without rules, with a note', () => {
  const before = fs.readFileSync(input);
  const out = path.join(dir, 'out.xlsx');
  const r = fillWorkbook(input, { out });
  expect(r.formulas).toBeGreaterThan(0);
  expect(r.rules).toEqual([]);
  expect(r.notes.length).toBeGreaterThan(0);
  expect(r.notes[0]).toMatch(/^工作簿没有样式部件.* \/ the workbook has no styles part/);
  const written = unzipSync(fs.readFileSync(out));
  expect(Object.keys(written)).not.toContain('xl/styles.xml');
  // The template's own rules stay; none is added.
  const rules = (xml: string) => (xml.match(/<conditionalFormatting /g) ?? []).length;
  const sheet = 'xl/worksheets/sheet1.xml';
  expect(rules(strFromU8(written[sheet]))).toBe(rules(strFromU8(unzipSync(before)[sheet])));
  // The values are there: every formula cell of the output carries a cached value.
  const wb = readWorkbook(openXlsx(fs.readFileSync(out)));
  const formulas = wb.sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined));
  expect(formulas.length).toBe(r.formulas);
  expect(formulas.every((c) => c.value !== null)).toBe(true);
  expect(fs.readFileSync(input)).toEqual(before);
});

test('the CLI exits 0 and prints the note', () => {
  const r = cli(['fill', input, '--out', path.join(dir, 'cli.xlsx')]);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/已计算 \d+ 个公式/);
  expect(r.stdout).toMatch(/工作簿没有样式部件/);
});
