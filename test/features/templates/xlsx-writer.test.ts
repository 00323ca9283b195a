/** The .xlsx writer: what exceljs reads back is what the spec said. */
import ExcelJS from 'exceljs';
import { buildTemplate, buildTemplateSheets, listTemplates } from '../../../src/features/templates';
import { argb, writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import type { SheetSpec } from '../../../src/features/templates/types';

async function read(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('writeTemplateXlsx', () => {
  const spec = buildTemplate('school-resources', { rows: 5 });
  let ws: ExcelJS.Worksheet;
  let buf: Buffer;

  beforeAll(async () => {
    buf = await writeTemplateXlsx(spec);
    ws = (await read(buf)).worksheets[0];
  });

  test('a zip (xlsx) with the sheet', () => {
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    expect(ws.name).toBe('学校资源配置');
  });

  test('formulas stay formulas, values stay values', () => {
    expect(ws.getCell('K5').formula).toBe('IF(COUNTA($A5:$J5)=0,"",EDU.PER100(D5,$C5))');
    expect(ws.getCell('A4').value).toBe('学校名称');
  });

  test('styles: input yellow, computed grey with 0.00, header bold', () => {
    expect((ws.getCell('C5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    expect((ws.getCell('K5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF2F2F2');
    expect(ws.getCell('K5').numFmt).toBe('0.00');
    expect(ws.getCell('A4').font?.bold).toBe(true);
    expect(ws.getCell('A4').alignment?.wrapText).toBe(true);
  });

  test('widths, heights, merges, frozen panes', () => {
    expect(ws.getColumn('A').width).toBe(22);
    expect(ws.getRow(2).height).toBe(48);
    expect(ws.getCell('S1').isMerged).toBe(true);
    expect(ws.getCell('S1').master.address).toBe('A1');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4 });
  });

  test('drop-down list on the 学段 cells, other text allowed', () => {
    expect(ws.getCell('B5').dataValidation).toMatchObject({ type: 'list', formulae: ['"小学,初中"'] });
    expect(ws.getCell('B5').dataValidation.showErrorMessage).toBeFalsy();
    expect(ws.getCell('B9').dataValidation?.type).toBe('list');
  });

  test('conditional formats: expression rules with the miss look', () => {
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } }; font: { color: { argb: string } } } }[] }[] }).conditionalFormattings;
    expect(cfs.map((c) => c.ref)).toEqual(spec.conditionalFormats!.map((r) => r.range));
    expect(cfs[0].rules[0].type).toBe('expression');
    expect(cfs[0].rules[0].formulae[0]).toBe(spec.conditionalFormats![0].formula);
    expect(cfs[0].rules[0].style.fill.bgColor.argb).toBe('FFFFC7CE');
    expect(cfs[0].rules[0].style.font.color.argb).toBe('FF9C0006');
  });

  test('several sheets in one workbook', async () => {
    // Every template's sheets; school-resources itself is left out, county-assessment brings one
    // (improvement-plan brings another and is left out too).
    const all: SheetSpec[] = listTemplates().filter((t) => t.name !== 'school-resources' && t.name !== 'improvement-plan').flatMap((t) => buildTemplateSheets(t.name, { year: 2025 }));
    const wb = await read(await writeTemplateXlsx(all));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['学位供需', '规划目标跟踪', '学位供需预测（小学）', '优质均衡自评', '学校资源配置', '普及普惠自评']);
  });

  test('a spilled block (EDU.COHORT) is written as an array formula over its range', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const spec = buildTemplate('place-forecast');
    const spill = spec.spills![0];
    const files = unzipSync(new Uint8Array(await writeTemplateXlsx(spec)));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(xml).toMatch(new RegExp(`<c r="${spill.ref}"[^>]*><f t="array" ref="${spill.range}">`));
  });

  test('the workbook asks to be calculated on opening (no cached results)', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const xml = strFromU8(unzipSync(new Uint8Array(buf))['xl/workbook.xml']);
    expect(xml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test('argb', () => expect(argb('#9c0006')).toBe('FF9C0006'));
});

describe('listTemplates / buildTemplate', () => {
  test('seven templates with Chinese and English titles', () => {
    expect(listTemplates().map((t) => [t.name, t.zh, t.en])).toEqual([
      ['school-resources', '学校资源配置（优质均衡）', 'School resources (high-quality balance)'],
      ['place-planning', '学位供需', 'School places'],
      ['plan-tracker', '规划目标跟踪', 'Plan targets'],
      ['place-forecast', '学位供需预测', 'Place forecast'],
      ['county-assessment', '优质均衡督导评估自评表', 'County assessment (high-quality balance)'],
      ['preschool-assessment', '学前教育普及普惠督导评估自评表', 'Preschool assessment (universal and affordable)'],
      ['improvement-plan', '补短测算', 'Improvement plan'],
    ]);
  });

  test('by name, by Chinese title; unknown is #N/A listing the names', () => {
    expect(buildTemplate('Place-Planning').name).toBe('学位供需');
    expect(buildTemplate('学位供需', { lang: 'en' }).name).toBe('School places');
    expect(() => buildTemplate('budget')).toThrow(/school-resources, place-planning, plan-tracker, place-forecast, county-assessment, preschool-assessment, improvement-plan/);
    // A template of two sheets is not handed out one sheet at a time: its first reads its second.
    expect(() => buildTemplate('county-assessment')).toThrow(/buildTemplateSheets/);
    expect(buildTemplateSheets('优质均衡督导评估自评表').map((x) => x.name)).toEqual(['优质均衡自评', '学校资源配置']);
  });

  test('an unknown plan is the catalog\'s #N/A', () => {
    expect(() => buildTemplate('plan-tracker', { plan: '火星市' })).toThrow(/找不到规划/);
  });

  test('every cell address is unique and every merge is a range', () => {
    for (const s of listTemplates().flatMap((t) => buildTemplateSheets(t.name, { year: 2025 }))) {
      expect(new Set(s.cells.map((c) => c.ref)).size).toBe(s.cells.length);
      for (const m of s.merges) expect(m).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
      for (const c of s.cells) expect(c.formula?.startsWith('=') ?? false).toBe(false);
    }
  });
});
