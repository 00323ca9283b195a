/**
 * The web page's jobs (src/hosts/web/jobs.ts) in Node, against the CLI's own functions: the same
 * bytes as `fill` writes, the same misses as `check`, the same rows and findings as `collect` —
 * and the file rules the page applies to what the user picks.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { collectJob, fillJob, isReturnFile, templateJob, withSuffix } from '../../../src/hosts/web/jobs';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { checkWorkbook } from '../../../src/features/fill/check';
import { collectReturns } from '../../../src/features/collect/index';
import { listTemplates } from '../../../src/features/templates/index';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';

const SAMPLE = path.resolve(__dirname, '../../../assets/sample-county.xlsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-web-jobs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('fillJob gives the bytes fillWorkbook writes and the misses checkWorkbook lists', () => {
  const progress: number[] = [];
  const r = fillJob(new Uint8Array(fs.readFileSync(SAMPLE)), 'sample-county.xlsx', { progress: (f) => progress.push(f) });
  const out = path.join(dir, 'cli.xlsx');
  const cli = fillWorkbook(SAMPLE, { out });
  expect(Buffer.from(r.workbook).equals(fs.readFileSync(out))).toBe(true);
  expect(r.formulas).toBe(cli.formulas);
  expect(r.rules).toBe(cli.rules.length);
  expect(r.check).toEqual(checkWorkbook(SAMPLE));
  expect(r.workbookName).toBe('sample-county-filled.xlsx');
  expect(r.report.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(progress[progress.length - 1]).toBe(1);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  // Values only: the CLI's --values-only bytes.
  const v = fillJob(new Uint8Array(fs.readFileSync(SAMPLE)), 'sample-county.xlsx', { valuesOnly: true });
  fillWorkbook(SAMPLE, { out: path.join(dir, 'values.xlsx'), valuesOnly: true });
  expect(Buffer.from(v.workbook).equals(fs.readFileSync(path.join(dir, 'values.xlsx')))).toBe(true);
  expect(v.workbookName).toBe('sample-county-values.xlsx');
});

test('a file that is no workbook: the engine\'s Chinese / English error, not a crash', () => {
  expect(() => fillJob(new TextEncoder().encode('学校,学生数\n一小,500'), 'a.xlsx')).toThrow(/[\u4e00-\u9fff].* \/ /);
});

test('collectJob reads files in name order, skips lock and non-workbook files, as collect does a folder', async () => {
  const sample = new Uint8Array(fs.readFileSync(SAMPLE));
  const broken = new TextEncoder().encode('not a zip');
  const files = [{ name: 'b.xlsx', bytes: broken }, { name: '~$a.xlsx', bytes: broken }, { name: 'notes.txt', bytes: broken }, { name: 'a.xlsx', bytes: sample }];
  const r = await collectJob(files.map((f) => ({ ...f, bytes: f.bytes.slice() })));
  const direct = collectReturns([{ name: 'a.xlsx', bytes: sample }, { name: 'b.xlsx', bytes: broken }]);
  expect(r.skipped).toEqual(['~$a.xlsx', 'notes.txt']);
  expect(r.files).toBe(2);
  expect(r.rows).toBe(direct.rows.length);
  expect(r.findings).toEqual(direct.findings);
  expect(r.findings.some((f) => f.file === 'b.xlsx' && f.check === 'unreadable')).toBe(true);
  expect(readWorkbook(openXlsx(r.workbook)).sheets.map((s) => s.name)).toEqual(['学校资源配置', '校验']);
});

test('every template of the index writes', async () => {
  for (const t of listTemplates()) {
    const r = await templateJob(t.name, { lang: 'zh' });
    expect(readWorkbook(openXlsx(r.workbook)).sheets.map((s) => s.name)).toEqual(r.sheets);
  }
}, 120_000);

test('file names', () => {
  expect(withSuffix('县.xlsx', '-filled')).toBe('县-filled.xlsx');
  expect(withSuffix('县.XLSM', '-values')).toBe('县-values.XLSM');
  expect(withSuffix('noext', '-filled')).toBe('noext-filled.xlsx');
  expect(isReturnFile('一小.xlsx')).toBe(true);
  expect(isReturnFile('一小.xlsm')).toBe(true);
  expect(isReturnFile('~$一小.xlsx')).toBe(false);
  expect(isReturnFile('.hidden.xlsx')).toBe(false);
  expect(isReturnFile('一小.xls')).toBe(false);
});
