/**
 * 合并学校报表 in the task pane (issue 18 item 1): returns picked in the browser arrive as bytes and
 * go through the same core as `plan-metrics collect`. Three returns are made here: two schools
 * typed into our template (one in 繁體-free zh, one en), and a file of random bytes. Expected: two
 * school rows in file order, one finding (the unreadable file), the template's formulas on the
 * rows, and the finding listed in the 校验 sheet and the status line.
 */
import { FakeWorkbook } from './fake-excel';
import { officeExcelIO } from '../../../src/hosts/pane/excel-io';
import { collectIntoWorkbook } from '../../../src/hosts/pane/actions';
import { buildSchoolResources, SCHOOL_ROWS } from '../../../src/features/templates/school-resources';
import { writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import { typeRow } from '../../features/templates/fill';

const g = globalThis as unknown as { Excel: unknown; Office: unknown };

async function templateReturn(lang: 'zh' | 'en', line: (string | number)[]): Promise<Uint8Array> {
  const spec = buildSchoolResources({ rows: 1, lang });
  typeRow(spec, SCHOOL_ROWS.firstData, line);
  return new Uint8Array(await writeTemplateXlsx(spec));
}

let wb: FakeWorkbook;
beforeEach(() => {
  wb = new FakeWorkbook(['Sheet1']);
  g.Excel = wb.excel();
  g.Office = { context: { requirements: { isSetSupported: () => true } } };
});

describe('collectIntoWorkbook', () => {
  test('statistics exports (issue 24): the same core splits the 九年一贯制 school, and kindergartens get their sheets', async () => {
    const { schoolBook } = await import('../../features/collect/statistics/build');
    const { B, B_ROWS, K1 } = await import('../../features/collect/statistics/schools');
    const out = await collectIntoWorkbook(officeExcelIO(), [
      { name: '城南.xlsx', bytes: await schoolBook(B) }, { name: '幼儿园.xlsx', bytes: await schoolBook(K1) },
    ], 'zh');
    // The four splits are notes in 校验, not problems.
    expect(out.message).toBe('已合并 2 个文件的 2 所学校到「学校资源配置」；校验未发现问题（「校验」）');
    const table = wb.sheet('学校资源配置');
    const r = SCHOOL_ROWS.firstData + 1;
    expect([table.cells.get(`B${r}`)?.value, table.cells.get(`B${r + 1}`)?.value]).toEqual(['小学', '初中']);
    // 23 226 × 166 / 397 (the published example, hand-computed in test/features/collect/statistics/schools.ts).
    expect(table.cells.get(`G${r}`)?.value as number).toBeCloseTo(B_ROWS[0].raw[3], 9);
    expect(wb.sheet('幼儿园').cells.get('B2')?.value).toBe(300);
    expect(wb.sheets.map((s) => s.name)).toContain('普及普惠自评');
  });


  test('two returns and a broken file: the county sheet, the 校验 sheet, the status line', async () => {
    // 一小: 500 students, 24 高学历 teachers → 24/500×100 = 4.8 per 100 (≥ 4.2, 小学).
    const a = await templateReturn('zh', ['城关一小', '小学', 500, 24, 6, 5, 2400, 4000, 1_100_000, 12]);
    const b = await templateReturn('en', ['城关中学', 'junior', 900, 50, 10, 9, 5400, 9500, 2_400_000, 22]);
    const broken = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    const out = await collectIntoWorkbook(officeExcelIO(), [
      { name: '一小.xlsx', bytes: a }, { name: '中学.xlsx', bytes: b }, { name: 'broken.xlsx', bytes: broken },
    ], 'zh');
    expect(out.ok).toBe(true);
    expect(out.message).toBe('已合并 3 个文件的 2 所学校到「学校资源配置」；校验发现 1 处问题，见「校验」：');
    expect(out.details).toHaveLength(1);
    expect(out.details![0]).toMatch(/^broken\.xlsx: /);
    const table = wb.sheet('学校资源配置');
    const r = SCHOOL_ROWS.firstData + 1; // 1-based row of the first school
    expect(table.cells.get(`A${r}`)?.value).toBe('城关一小');
    expect(table.cells.get(`A${r + 1}`)?.value).toBe('城关中学');
    expect(table.cells.get(`B${r + 1}`)?.value).toBe('初中'); // 'junior' written as the county's 学段
    expect(table.cells.get(`C${r}`)?.value).toBe(500);
    expect(table.cells.get(`K${r}`)?.formula).toBe(`=IF(COUNTA($A${r}:$J${r})=0,"",EDU.PER100(D${r},$C${r}))`);
    const checks = wb.sheet('校验');
    expect(checks.cells.get('A2')?.value).toBe('broken.xlsx');
    expect(checks.cells.get('A3')).toBeUndefined();
  });

  test('nothing picked is a message, not a sheet', async () => {
    expect(await collectIntoWorkbook(officeExcelIO(), [], 'en')).toEqual({ ok: false, message: 'Choose the school return files to merge first' });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('clean returns say so, in English too', async () => {
    const a = await templateReturn('zh', ['城关一小', '小学', 500, 24, 6, 5, 2400, 4000, 1_100_000, 12]);
    const out = await collectIntoWorkbook(officeExcelIO(), [{ name: 'a.xlsx', bytes: a }], 'en');
    expect(out).toEqual({ ok: true, message: 'Merged 1 file(s), 1 school(s), into "学校资源配置"; the checks found nothing ("校验")', details: [] });
  });
});
