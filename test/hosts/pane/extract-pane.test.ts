/**
 * 起草「规划目标」 in the task pane (issue 30, Build 3: "paste the text or pick a .docx, get the
 * 「规划目标」 sheet"), on the simulated Excel host: the same core as `plan-metrics extract`, the rows
 * in a new sheet, nothing overwritten. Expected cells are read off the texts by hand.
 */
import { FakeWorkbook } from './fake-excel';
import { officeExcelIO } from '../../../src/hosts/pane/excel-io';
import { extractIntoWorkbook } from '../../../src/hosts/pane/extract-action';
import { fixtureDocx } from '../../fixtures/extract/make-docx';

const g = globalThis as unknown as { Excel: unknown; Office: unknown };
let wb: FakeWorkbook;
beforeEach(() => {
  wb = new FakeWorkbook(['Sheet1']);
  g.Excel = wb.excel();
  g.Office = { context: { requirements: { isSetSupported: () => true } } };
});

test('pasted text: a 「规划目标」 sheet with the plan sheet\'s columns, every row 待确认', async () => {
  const text = '某某县教育事业发展“十四五”规划\n到2025年，学前三年毛入园率达到95%以上，九年义务教育巩固率保持在99%以上。';
  const out = await extractIntoWorkbook(officeExcelIO(), { text }, 'zh');
  expect(out).toEqual({ ok: true, message: '已起草 2 行到「规划目标」（目标 2、基线 0、标准 0），均为「待确认」' });
  const s = wb.sheet('规划目标');
  const row = (r: number) => 'ABCDEFGHIJ'.split('').map((c) => s.cells.get(`${c}${r}`)?.value ?? null);
  expect(row(1)).toEqual(['规划', '指标', '学段', '年份', '数值', '方向', '单位', '类别', '出处', '状态']);
  // 95%以上 → 0.95, ≥, 2025 (到2025年), plan 某某县 from the title, the stage from 学前.
  expect(row(2)).toEqual(['某某县', '学前三年毛入园率', '幼儿园', 2025, 0.95, '≥', '%', '目标', '粘贴的文本：「到2025年，学前三年毛入园率达到95%以上」', '待确认']);
  expect(row(3).slice(1, 5)).toEqual(['九年义务教育巩固率', '义务教育', 2025, 0.99]);
});

test('a picked .docx: its paragraphs and its 主要指标表; a second run adds a sheet beside the first', async () => {
  const file = { name: '某某县规划.docx', bytes: fixtureDocx() };
  const first = await extractIntoWorkbook(officeExcelIO(), { file }, 'zh', '某某县');
  // test/fixtures/extract/make-docx.ts: 2 table rows × 2 years, 2 review numbers, 4 sentence targets.
  expect(first).toEqual({ ok: true, message: '已起草 10 行到「规划目标」（目标 6、基线 4、标准 0），均为「待确认」' });
  const s = wb.sheet('规划目标');
  expect([s.cells.get('B2')?.value, s.cells.get('D2')?.value, s.cells.get('E2')?.value, s.cells.get('H2')?.value]).toEqual(['普惠性幼儿园覆盖率', 2020, 0.841, '基线']);
  const second = await extractIntoWorkbook(officeExcelIO(), { file }, 'en', '某某县');
  expect(second.ok).toBe(true);
  expect(wb.sheets.map((x) => x.name).filter((n) => n.startsWith('规划目标'))).toHaveLength(2);
});

test('nothing given, nothing found, a broken .docx: a message, no sheet', async () => {
  expect(await extractIntoWorkbook(officeExcelIO(), { text: '  ' }, 'en')).toEqual({ ok: false, message: 'Paste the plan text or choose a file first' });
  expect(await extractIntoWorkbook(officeExcelIO(), { text: '加强党的领导。' }, 'zh')).toEqual({ ok: false, message: '没有读到带数字的目标或基线（粘贴的文本）' });
  expect(await extractIntoWorkbook(officeExcelIO(), { file: { name: 'x.docx', bytes: new Uint8Array([80, 75, 3, 4, 1, 2]) } }, 'zh'))
    .toEqual({ ok: false, message: '不是有效的 .docx 文件（无法解压）' });
  expect(wb.sheets.map((x) => x.name)).toEqual(['Sheet1']);
});
