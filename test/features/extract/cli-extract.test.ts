/**
 * `plan-metrics extract` end to end: a .docx and a .pdf of the same small plan (fixtures made by
 * test/fixtures/extract/make-docx.ts) give the same rows; the 「规划目标」 workbook has the columns of
 * a user's plan sheet and every row 待确认; bad input is one line, Chinese then English, exit 2.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runMain } from '../../hosts/cli/run-main';
import { fixtureDocx } from '../../fixtures/extract/make-docx';

const FIX = path.join(__dirname, '../../fixtures/extract');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// The rows the fixture states, read by hand: 十三五 review → 2020 baselines; 到2025年 → 2025;
// the table's 2020 and 2025 columns; 新增学位5000个 without a year → 2025 (the 十四五 period's end).
const EXPECTED = [
  ['普惠性幼儿园覆盖率', 2020, 0.841, 'baseline'],
  ['普惠性幼儿园覆盖率', 2025, 0.9, 'target'],
  ['高中阶段教育毛入学率', 2020, 0.935, 'baseline'],
  ['高中阶段教育毛入学率', 2025, 0.97, 'target'],
  ['新建幼儿园', 2020, 12, 'baseline'],
  ['新增学位', 2020, 3600, 'baseline'],
  ['学前三年毛入园率', 2025, 0.95, 'target'],
  ['九年义务教育巩固率', 2025, 0.99, 'target'],
  ['新增学位', 2025, 5000, 'target'],
  ['民办学校在校生占比', 2025, 0.15, 'target'],
];

type JsonRow = { indicator: string; year: number; value: number; kind: string; quote: string; direction: string };

test('.docx: the rows, as JSON, each quote in the document', async () => {
  const docx = path.join(tmp, '某某县规划.docx');
  fs.writeFileSync(docx, fixtureDocx());
  const r = await runMain('extract', docx, '--json');
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as { plan: string; rows: JsonRow[] };
  expect(j.plan).toBe('某某县');
  expect(j.rows.map((x) => [x.indicator, x.year, x.value, x.kind])).toEqual(EXPECTED);
  expect(Object.keys(j.rows[0]).sort()).toEqual(['direction', 'indicator', 'kind', 'quote', 'stage', 'unit', 'value', 'year', 'yearSource']);
  expect(j.rows.find((x) => x.indicator === '民办学校在校生占比')?.direction).toBe('<='); // 控制在15%以内
});

test('.pdf (pdfjs-dist, in a plain Node process as the CLI runs): the same rows', () => {
  const bin = path.join(__dirname, '../../../bin/plan-metrics.js');
  const r = spawnSync(process.execPath, [bin, 'extract', path.join(FIX, 'plan.pdf'), '--json', '--plan', '某某县'], { encoding: 'utf8', timeout: 60000 });
  expect(r.status).toBe(0);
  const j = JSON.parse(r.stdout) as { plan: string; rows: JsonRow[] };
  expect(j.plan).toBe('某某县');
  expect(j.rows.map((x) => [x.indicator, x.year, x.value, x.kind])).toEqual(EXPECTED);
});

test('--out: a new workbook, sheet 规划目标, the columns of a plan sheet, every row 待确认', async () => {
  const docx = path.join(tmp, 'plan2.docx');
  fs.writeFileSync(docx, fixtureDocx());
  const out = path.join(tmp, '规划目标.xlsx');
  const r = await runMain('extract', docx, '--plan', '某某县', '--out', out);
  expect(r.code).toBe(0);
  expect(r.out).toContain('已起草 10 行');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet('规划目标')!;
  expect(ws).toBeDefined();
  expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['规划', '指标', '学段', '年份', '数值', '方向', '单位', '类别', '出处', '状态']);
  expect(ws.rowCount).toBe(11);
  // Row 8 is 学前三年毛入园率 2025 ≥ 95%: the fraction, shown as a percentage.
  const row = (ws.getRow(8).values as unknown[]).slice(1);
  expect(row.slice(0, 8)).toEqual(['某某县', '学前三年毛入园率', '幼儿园', 2025, 0.95, '≥', '%', '目标']);
  expect(ws.getRow(8).getCell(5).numFmt).toBe('0%');
  expect(String(row[8])).toBe('plan2.docx：「到2025年，学前三年毛入园率达到95%以上」');
  for (let i = 2; i <= ws.rowCount; i++) expect(String(ws.getRow(i).getCell(10).value)).toMatch(/^待确认/);
  // 新增学位5000个 states no year: its 状态 says the year is the period's end.
  const undated = (ws.getRow(10).values as unknown[]).slice(1);
  expect([undated[1], undated[3], undated[9]]).toEqual(['新增学位', 2025, '待确认：原文未写年份，取规划期末年']);
  // The input is untouched and an existing output is refused without --force.
  const again = await runMain('extract', docx, '--out', out);
  expect(again.code).toBe(2);
  expect(again.err).toMatch(/^输出文件已存在.* \/ .*exists/);
});

test('bad input: one line, Chinese then English, exit 2', async () => {
  const missing = await runMain('extract', path.join(tmp, 'nope.txt'), '--json');
  expect([missing.code, missing.err]).toEqual([2, `找不到文件：${path.join(tmp, 'nope.txt')} / no such file: ${path.join(tmp, 'nope.txt')}`]);
  const fakeDocx = path.join(tmp, 'broken.docx');
  fs.writeFileSync(fakeDocx, 'PK\u0003\u0004 not really a zip');
  const broken = await runMain('extract', fakeDocx, '--json');
  expect([broken.code, broken.err]).toEqual([2, '不是有效的 .docx 文件（无法解压） / not a valid .docx file (cannot unzip it)']);
  const empty = path.join(tmp, 'empty.txt');
  fs.writeFileSync(empty, '');
  expect((await runMain('extract', empty, '--json')).err).toBe(`文件是空的：${empty} / the file is empty: ${empty}`);
  const noOut = await runMain('extract', empty);
  expect([noOut.code, noOut.err]).toEqual([2, '请用 --out 指定输出的 .xlsx，或用 --json 打印 / give --out for the .xlsx to write, or --json to print']);
});

test('a .txt saved as GB18030 (Chinese Windows Notepad) reads as UTF-8 does', async () => {
  const utf8 = '某某县教育事业“十四五”发展规划\n到2025年，学前三年毛入园率达到95%以上。\n';
  const gbk = path.join(tmp, 'gbk.txt');
  // 「到」 in GB18030 is B5 BD; build the file from a decoder's inverse by a known-good table: TextEncoder
  // cannot write GBK, so this test writes the bytes of each character from the gb18030 decoder's range.
  const bytes: number[] = [];
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) for (let lo = 0x40; lo <= 0xfe; lo++) {
    if (lo === 0x7f) continue;
    const ch = dec.decode(new Uint8Array([hi, lo]));
    if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
  }
  for (const ch of utf8) bytes.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!));
  fs.writeFileSync(gbk, Buffer.from(bytes));
  const r = await runMain('extract', gbk, '--json');
  expect(JSON.parse(r.out).rows.map((x: JsonRow) => [x.indicator, x.value])).toEqual([['学前三年毛入园率', 0.95]]);
});
