/**
 * The pane's actions end to end over office-addin-mock (FakeWorkbook → excel-io → actions): a
 * county table with a merged two-row header is recognised, its misses get conditional formats with
 * the right ranges and thresholds, they are removed again, and the compliance summary is written
 * as a new sheet.
 */
import { FakeWorkbook } from './fake-excel';
import { officeExcelIO } from '../../../src/hosts/pane/excel-io';
import { buildSummary, clearHighlights, highlightMisses, insertTemplate, templateChoices } from '../../../src/hosts/pane/actions';
import { buildTemplate, buildTemplateSheets, listTemplates } from '../../../src/features/templates/index';
import { TABLE, MERGES } from '../school-table';

const g = globalThis as unknown as { Excel: unknown; Office: unknown };
let wb: FakeWorkbook;

beforeEach(() => {
  wb = new FakeWorkbook(['学校']);
  wb.activeSheet = '学校';
  wb.setValues('学校', 'B2', TABLE);
  wb.sheet('学校').merges.push(...MERGES);
  g.Excel = wb.excel();
  g.Office = { context: { requirements: { isSetSupported: () => true } } };
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe('标出未达标', () => {
  test('each recognised indicator column gets one rule over its data rows, with the stage thresholds', async () => {
    const out = await highlightMisses(officeExcelIO(), { plan: 'national', scope: 'used' }, 'zh');
    expect(out.ok).toBe(true);
    expect(out.message).toBe('已添加 3 条条件格式：');
    const cfs = wb.sheet('学校').cfs;
    expect(cfs.map((c) => c.range)).toEqual(['E5:E8', 'F5:F8', 'G5:G8']);
    // 生均教学及辅助用房面积: 小学 < 4.5 or 初中 < 5.8 (read from the 学段 column C), in plain Excel.
    expect(cfs[0].formula).toContain('ISNUMBER(--TRIM(E5))'); // a number typed as text is read too (issue 18)
    expect(cfs[0].formula).toContain('--TRIM(E5)<4.5');
    expect(cfs[0].formula).toContain('--TRIM(E5)<5.8');
    expect(cfs[0].formula).toContain('TRIM($C5)');
    expect(cfs[1].formula).toContain('--TRIM(F5)<7.5');
    expect(cfs[1].formula).toContain('--TRIM(F5)<10.2');
    expect(cfs[2].formula).toContain('--TRIM(G5)<1');
    expect(cfs.every((c) => c.fill === '#FFC7CE' && c.font === '#9C0006')).toBe(true);
    expect(out.details?.[0]).toMatch(/^E5:E8: 生均教学及辅助用房面积未达标/);
  });

  test('the second button removes exactly those rules, and the user\'s own stays', async () => {
    const io = officeExcelIO();
    const mine = wb.addUserCf('学校', { range: 'D5:D8', type: 'Custom', formula: '=D5>800' });
    await highlightMisses(io, { plan: 'national', scope: 'used' }, 'zh');
    expect(wb.sheet('学校').cfs).toHaveLength(4);
    expect(await clearHighlights(io, 'zh')).toEqual({ ok: true, message: '已清除 3 条条件格式' });
    expect(wb.sheet('学校').cfs).toEqual([mine]);
  });

  test('the selection as one chosen indicator, with the sheet\'s 学段 column', async () => {
    wb.selection = '学校!E5:E7';
    const out = await highlightMisses(officeExcelIO(), { plan: 'national', scope: 'selection', indicatorId: 'teaching_space_per_student' }, 'en');
    expect(out.ok).toBe(true);
    const [cf] = wb.sheet('学校').cfs;
    expect(cf.range).toBe('E5:E7');
    expect(cf.formula).toContain('TRIM($C5)');
    expect(cf.formula).toContain('--TRIM(E5)<5.8');
    expect(out.details?.[0]).toContain('missed');
  });

  test('a selection without an indicator chosen, and a sheet without indicator headers, say so', async () => {
    expect(await highlightMisses(officeExcelIO(), { plan: 'national', scope: 'selection' }, 'zh')).toEqual({ ok: false, message: '请选择指标' });
    wb = new FakeWorkbook(['Sheet1']);
    g.Excel = wb.excel();
    wb.setValues('Sheet1', 'A1', [['姓名', '年龄'], ['张三', 30]]);
    const out = await highlightMisses(officeExcelIO(), { plan: 'national', scope: 'used' }, 'zh');
    expect(out.ok).toBe(false);
    expect(out.message).toContain('没有识别到指标列');
    expect(wb.sheet('Sheet1').cfs).toEqual([]);
  });
});

describe('达标汇总', () => {
  test('a new sheet with the counts per indicator and stage; the 合计 row is left out', async () => {
    const out = await buildSummary(officeExcelIO(), { plan: 'national', stage: '' }, 'zh');
    expect(out).toMatchObject({ ok: true, message: '已生成汇总工作表「达标汇总」', details: ['1 行的学段无法识别（如合计行），未计入'] });
    const s = wb.sheet('达标汇总');
    expect(wb.activeSheet).toBe('达标汇总');
    const v = (ref: string) => s.cells.get(ref)?.value;
    expect(v('A1')).toBe('达标汇总（国家标准）');
    expect(String(v('A2'))).toContain('学校!B5:G8');
    // 生均教学及辅助用房面积, 小学: 一小 4.8 meets, 二小 4.0 misses.
    expect(['A5', 'B5', 'C5', 'D5', 'E5', 'F5', 'G5'].map(v)).toEqual(['生均教学及辅助用房面积', '小学', '≥ 4.5 m²/生', 2, 1, 1, 0]);
    expect(s.cells.get('H5')).toMatchObject({ value: 0.5, numberFormat: '0.0%' });
    expect(s.cells.get('A4')).toMatchObject({ value: '指标', bold: true, fill: '#DDEBF7', border: true });
    // Not all seven resource indicators are in the table: the 85% rule is not applied, and it says so.
    expect([...s.cells.values()].some((c) => String(c.value ?? '').includes('无法按85%规则判定'))).toBe(true);
  });

  test('without a 学段 column the stage must be chosen', async () => {
    wb = new FakeWorkbook(['Sheet1']);
    g.Excel = wb.excel();
    wb.setValues('Sheet1', 'A1', [['学校', '生均教学及辅助用房面积'], ['一小', 4.8], ['二小', 4.0]]);
    expect((await buildSummary(officeExcelIO(), { plan: 'national', stage: '' }, 'zh')).message).toBe('请选择学段（表中没有学段列）');
    const out = await buildSummary(officeExcelIO(), { plan: 'national', stage: 'primary' }, 'zh');
    expect(out.message).toBe('已生成汇总工作表「达标汇总」');
    expect(wb.sheet('达标汇总').cells.get('E5')?.value).toBe(1);
  });
});

describe('插入模板', () => {
  test('every template of src/features/templates is added with all its sheets and cells', async () => {
    let forecastBook: FakeWorkbook | undefined;
    for (const c of templateChoices('zh')) {
      // A fresh workbook for each, so no sheet has to take another name (that case is below).
      wb = new FakeWorkbook(['学校']);
      g.Excel = wb.excel();
      const specs = buildTemplateSheets(c.name, { lang: 'zh', plan: 'nanxiong' });
      const out = await insertTemplate(officeExcelIO(), c.name, 'zh', 'nanxiong');
      expect(out).toEqual({ ok: true, message: `已添加工作表「${specs.map((x) => x.name).join('」「')}」` });
      if (c.name === 'place-forecast') forecastBook = wb;
      for (const spec of specs) {
        const s = wb.sheet(spec.name);
        for (const cell of spec.cells.filter((x) => x.value !== undefined || x.formula !== undefined)) {
          const got = s.cells.get(cell.ref)!;
          expect([cell.ref, got.formula ?? got.value]).toEqual([cell.ref, cell.formula !== undefined ? `=${cell.formula}` : cell.value]);
        }
        expect(s.merges).toEqual(spec.merges);
        // Charts (place-forecast, issue 7): inserted with the right series over the years.
        expect((s.charts ?? []).map((ch) => ({ type: ch.type, title: ch.title, series: ch.series }))).toEqual(
          (spec.charts ?? []).map((ch) => ({
            type: 'Line', title: ch.title,
            series: ch.series.map((x) => ({ name: x.name, values: x.values, categories: ch.categories })),
          })),
        );
      }
    }
    const forecast = forecastBook!.sheet(buildTemplate('place-forecast', { lang: 'zh', plan: 'nanxiong' }).name);
    expect(forecast.charts?.[0].series.map((x) => x.name)).toEqual(['历史在校生', '低方案', '中方案', '高方案']);
    // The pane offers exactly src/features/templates' list, titled in its language.
    expect(templateChoices('en').map((c) => [c.name, c.title])).toEqual(listTemplates().map((t) => [t.name, t.en]));
    expect(templateChoices('en').map((c) => c.title)).toEqual(expect.arrayContaining(['School resources (high-quality balance)', 'School places', 'Plan targets']));
  });

  test('county-assessment: both sheets, the assessment reading the school sheet', async () => {
    const out = await insertTemplate(officeExcelIO(), 'county-assessment', 'zh');
    expect(out).toEqual({ ok: true, message: '已添加工作表「优质均衡自评」「学校资源配置」' });
    const formulas = [...wb.sheet('优质均衡自评').cells.values()].map((c) => c.formula ?? '');
    expect(formulas.filter((f) => f.includes("'学校资源配置'!")).length).toBe(16);
    expect(wb.sheet('学校资源配置').cells.get('K5')?.formula).toBe('=IF(COUNTA($A5:$J5)=0,"",EDU.PER100(D5,$C5))');
  });

  test('county-assessment into a workbook that has a 学校资源配置 already: the assessment reads the new one', async () => {
    wb = new FakeWorkbook(['学校资源配置']);
    g.Excel = wb.excel();
    const out = await insertTemplate(officeExcelIO(), 'county-assessment', 'zh');
    expect(out).toEqual({ ok: true, message: '已添加工作表「优质均衡自评」「学校资源配置(2)」' });
    const formulas = [...wb.sheet('优质均衡自评').cells.values()].map((c) => c.formula ?? '');
    expect(formulas.filter((f) => f.includes("'学校资源配置(2)'!")).length).toBe(16);
    expect(formulas.filter((f) => f.includes("'学校资源配置'!"))).toEqual([]);
    // The labels that name the sheet follow it too.
    const labels = [...wb.sheet('优质均衡自评').cells.values()].map((c) => String(c.value ?? ''));
    expect(labels.some((v) => v.includes('「学校资源配置(2)」'))).toBe(true);
  });

  test('improvement-plan into a workbook that has a 学校资源配置 already: the plan reads the new one', async () => {
    wb = new FakeWorkbook(['学校资源配置']);
    g.Excel = wb.excel();
    const out = await insertTemplate(officeExcelIO(), 'improvement-plan', 'zh');
    expect(out).toEqual({ ok: true, message: '已添加工作表「补短测算」「学校资源配置(2)」' });
    const formulas = [...wb.sheet('补短测算').cells.values()].map((c) => c.formula ?? '');
    // Every formula of the 50 school rows (name, stage, students, 7 pass, 7 balance, cost, 7 after:
    // 25) asks whether its school row is blank there, and the 14 差异系数 lines read it.
    expect(formulas.filter((f) => f.includes("'学校资源配置(2)'!")).length).toBe(50 * 25 + 14);
    expect(formulas.filter((f) => f.includes("'学校资源配置'!"))).toEqual([]);
  });

  test('English labels when the pane is in English', async () => {
    await insertTemplate(officeExcelIO(), 'place-planning', 'en');
    expect(wb.sheets.map((s) => s.name)).toContain('School places');
    expect(await insertTemplate(officeExcelIO(), 'county-assessment', 'en')).toEqual({ ok: true, message: 'Added the sheets "Balance assessment", "School resources"' });
  });

  test('an unknown template is a message naming the templates, not a throw', async () => {
    const out = await insertTemplate(officeExcelIO(), 'no-such-template', 'zh');
    expect(out.ok).toBe(false);
    expect(out.message).toContain('school-resources');
  });
});
