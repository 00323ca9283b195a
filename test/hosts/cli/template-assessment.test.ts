/**
 * `plan-metrics template county-assessment | preschool-assessment | improvement-plan` through main(), then `fill` on
 * what it wrote: the sheets are there, and the verdicts compute headless (待完成 while nothing is
 * entered; the hand-filled verdicts are in test/features/templates/*-assessment.test.ts).
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMain as run } from './run-main';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-assess-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function sheets(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

test('county-assessment: both sheets written, fill computes the verdicts', async () => {
  const t = path.join(dir, 'county.xlsx');
  const r = await run('template', 'county-assessment', '--out', t);
  expect(r).toEqual({ code: 0, out: `已写出 wrote ${t}（优质均衡自评、学校资源配置）`, err: '' });
  expect((await sheets(t)).worksheets.map((w) => w.name)).toEqual(['优质均衡自评', '学校资源配置']);
  const f = path.join(dir, 'county-filled.xlsx');
  expect((await run('fill', t, '--out', f)).code).toBe(0);
  const ws = (await sheets(f)).getWorksheet('优质均衡自评')!;
  const result = (ref: string) => (ws.getCell(ref).value as { result?: unknown }).result;
  expect(result('G3')).toBe('待完成'); // the overall verdict, nothing entered yet
  expect(result('E12')).toBe(0.5); // 小学 差异系数 limit, 第五条（一）
  expect(result('H12')).toBe('《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号) 第五条（一）');
});

test('preschool-assessment in English', async () => {
  const t = path.join(dir, 'preschool.xlsx');
  expect((await run('template', 'preschool-assessment', '--lang', 'en', '--out', t)).code).toBe(0);
  const f = path.join(dir, 'preschool-filled.xlsx');
  expect((await run('fill', t, '--out', f)).code).toBe(0);
  const ws = (await sheets(f)).getWorksheet('Preschool assessment')!;
  expect((ws.getCell('G3').value as { result?: unknown }).result).toBe('Incomplete');
});

test('improvement-plan: both sheets written, fill computes it (blank rows stay blank, the limits are the catalog\'s)', async () => {
  const t = path.join(dir, 'improvement.xlsx');
  const r = await run('template', 'improvement-plan', '--out', t);
  expect(r).toEqual({ code: 0, out: `已写出 wrote ${t}（补短测算、学校资源配置）`, err: '' });
  const f = path.join(dir, 'improvement-filled.xlsx');
  expect((await run('fill', t, '--out', f)).code).toBe(0);
  const ws = (await sheets(f)).getWorksheet('补短测算')!;
  const result = (ref: string) => (ws.getCell(ref).value as { result?: unknown }).result;
  // The first school row, nothing typed on the school sheet: an empty text result (<v></v>), which
  // exceljs reads back as no result — not an error, not a number.
  expect(result('D9') ?? '').toBe('');
  expect(result('F62') ?? '').toBe(''); // no 小学 school yet: no floor, not #DIV/0!
  // The county block under 50 school rows (rows 9–58): its first line, 小学, limit 0.50 (教督〔2017〕6号 第五条（一）).
  expect(ws.getCell('B62').value).toBe('小学');
  expect(result('D62')).toBe(0.5);
  expect(result('D63')).toBe(0.45);
});
