/**
 * src/hosts/pane/excel-io.ts against office-addin-mock (through FakeWorkbook): formulas land in the
 * right cell, conditional formats get the right ranges, thresholds and red fill and are removed
 * again — exactly those, not a rule of the user's — and a template sheet is written cell by cell.
 */
import { FakeWorkbook } from './fake-excel';
import { HIGHLIGHT_SETTING, MAX_CF_FORMULA, marker, markedFormula, officeExcelIO } from '../../../src/hosts/pane/excel-io';
import { insertFormula, clearHighlights } from '../../../src/hosts/pane/actions';
import type { CfRule } from '../../../src/hosts/pane/io';
import type { SheetSpec } from '../../../src/hosts/pane/sheet-spec';
import { buildSchoolResources } from '../../../src/features/templates/school-resources';
import { styleOf } from '../../../src/features/templates/styles';

const g = globalThis as unknown as { Excel: unknown; Office: unknown };
let wb: FakeWorkbook;

beforeEach(() => {
  wb = new FakeWorkbook(['Sheet1', '学校 数据']);
  g.Excel = wb.excel();
  g.Office = { context: { requirements: { isSetSupported: () => true } } };
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

const RED = { fill: '#FFC7CE', font: '#9C0006' };

describe('formulas', () => {
  test('the active cell is read with its sheet and the formula written there', async () => {
    wb.active = { sheet: 'Sheet1', cell: 'G5' };
    const io = officeExcelIO();
    expect(await io.getActiveCell()).toBe('Sheet1!G5');
    await io.writeFormula('Sheet1!G5', '=EDU.MEETS("生均教学及辅助用房面积",F5,"小学")');
    expect(wb.sheet('Sheet1').cells.get('G5')?.formula).toBe('=EDU.MEETS("生均教学及辅助用房面积",F5,"小学")');
    expect(wb.sheet('学校 数据').cells.size).toBe(0);
  });

  test('a quoted sheet name is unquoted; no sheet means the active sheet', async () => {
    const io = officeExcelIO();
    await io.writeFormula("'学校 数据'!B2", '=EDU.THRESHOLD("生均用房","初中")');
    expect(wb.sheet('学校 数据').cells.get('B2')?.formula).toBe('=EDU.THRESHOLD("生均用房","初中")');
    await io.writeFormula('C3', '=1+1');
    expect(wb.sheet('Sheet1').cells.get('C3')?.formula).toBe('=1+1');
  });

  test('insertFormula writes the checked formula into the active cell, and nothing when it cannot evaluate', async () => {
    wb.active = { sheet: '学校 数据', cell: 'H7' };
    const io = officeExcelIO();
    const ok = await insertFormula(io, { fn: 'MEETS', indicatorId: 'teaching_space_per_student', cell: 'f7', stage: 'junior', plan: 'national' }, 'zh');
    expect(ok.ok).toBe(true);
    expect(wb.sheet('学校 数据').cells.get('H7')?.formula).toBe('=EDU.MEETS("生均教学及辅助用房面积",F7,"初中")');
    // 生均用房 differs by stage: without one the EDU function would be #VALUE!, so nothing is written.
    wb.active = { sheet: 'Sheet1', cell: 'A1' };
    const bad = await insertFormula(io, { fn: 'MEETS', indicatorId: 'teaching_space_per_student', cell: 'F7' }, 'zh');
    expect(bad.ok).toBe(false);
    expect(bad.message).toContain('学段');
    expect(wb.sheet('Sheet1').cells.size).toBe(0);
  });

  test('a value cell picked on another sheet is qualified', async () => {
    wb.active = { sheet: 'Sheet1', cell: 'B2' };
    const io = officeExcelIO();
    await insertFormula(io, { fn: 'GAP', indicatorId: 'teaching_space_per_student', cell: 'F7', cellSheet: '学校 数据', stage: 'primary' }, 'zh');
    expect(wb.sheet('Sheet1').cells.get('B2')?.formula).toBe('=EDU.GAP("生均教学及辅助用房面积",\'学校 数据\'!F7,"小学")');
  });
});

describe('reading', () => {
  test('the used range: values (blanks null), position and merged header cells', async () => {
    wb.setValues('Sheet1', 'B2', [
      ['学校', '学段', '生均教学及辅助用房面积', null],
      ['一小', '小学', 4.1, null],
      ['二小', '小学', '５．２', 'x'],
    ]);
    wb.sheet('Sheet1').merges.push('B2:B3');
    const block = await officeExcelIO().readUsedRange();
    expect(block).toEqual({
      sheet: 'Sheet1',
      address: 'B2:E4',
      row: 1,
      col: 1,
      values: [
        ['学校', '学段', '生均教学及辅助用房面积', null],
        ['一小', '小学', 4.1, null],
        ['二小', '小学', '５．２', 'x'],
      ],
      merges: ['B2:B3'],
    });
  });

  test('an empty sheet reads as null; merges are skipped, not failed, without ExcelApi 1.13', async () => {
    expect(await officeExcelIO().readUsedRange()).toBeNull();
    g.Office = { context: { requirements: { isSetSupported: (_: string, v: string) => Number(v) < 1.13 } } };
    wb.setValues('Sheet1', 'A1', [[1, 2]]);
    wb.sheet('Sheet1').merges.push('A1:B1');
    expect((await officeExcelIO().readUsedRange())?.merges).toEqual([]);
  });

  test('the selection', async () => {
    wb.setValues('Sheet1', 'F5', [[4.4], [4.6]]);
    wb.selection = 'Sheet1!F5:F6';
    const io = officeExcelIO();
    expect(await io.getSelectedAddress()).toBe('Sheet1!F5:F6');
    const b = await io.readSelection();
    expect(b.values).toEqual([[4.4], [4.6]]);
    expect([b.row, b.col]).toEqual([4, 5]);
  });
});

describe('conditional formats', () => {
  const rules: CfRule[] = [
    { range: 'F5:F52', formula: 'AND(ISNUMBER(F5),F5<4.5)', ...RED, description: '生均教学及辅助用房面积 < 4.5' },
    { range: 'G5:G52', formula: 'AND(ISNUMBER(G5),G5<7.5)', ...RED, description: '生均体育运动场馆面积 < 7.5' },
  ];

  test('added on the right ranges with the threshold, the red fill and a marker; remembered in the workbook', async () => {
    const io = officeExcelIO();
    expect(await io.addConditionalFormats('Sheet1', rules, 'misses')).toBe(2);
    const cfs = wb.sheet('Sheet1').cfs;
    expect(cfs.map((c) => [c.range, c.type, c.fill, c.font])).toEqual([
      ['F5:F52', 'Custom', '#FFC7CE', '#9C0006'],
      ['G5:G52', 'Custom', '#FFC7CE', '#9C0006'],
    ]);
    expect(cfs[0].formula).toMatch(/^=AND\(N\("PM:misses#[0-9a-z]+"\)=0,AND\(ISNUMBER\(F5\),F5<4\.5\)\)$/);
    expect(cfs[1].formula).toContain('G5<7.5');
    const runs = JSON.parse(wb.settings.get(HIGHLIGHT_SETTING) as string);
    expect(runs).toEqual([{ tag: 'misses', run: expect.any(String), sheet: 'Sheet1', ranges: ['F5:F52', 'G5:G52'] }]);
    expect(cfs[0].formula).toContain(marker('misses', runs[0].run));
  });

  test('removed again: exactly the pane\'s rules, also after a rename, and only once', async () => {
    const io = officeExcelIO();
    const user = wb.addUserCf('Sheet1', { range: 'F5:F52', type: 'Custom', formula: '=F5>100', fill: '#FFFF00' });
    const userOther = wb.addUserCf('学校 数据', { range: 'A1:A9', type: 'CellValue' });
    // A rule that looks like ours but whose run the workbook does not remember is not ours to remove.
    const foreign = wb.addUserCf('Sheet1', { range: 'H5:H9', type: 'Custom', formula: markedFormula('H5<1', 'misses', 'someoneelse') });
    await io.addConditionalFormats('Sheet1', rules, 'misses');
    await io.addConditionalFormats('学校 数据', [rules[0]], 'misses');
    expect(wb.sheet('Sheet1').cfs).toHaveLength(4);
    wb.sheet('Sheet1').name = '学校（改名）';
    expect(await io.removeConditionalFormats('misses')).toBe(3);
    expect(wb.sheet('学校（改名）').cfs).toEqual([user, foreign]);
    expect(wb.sheet('学校 数据').cfs).toEqual([userOther]);
    expect(wb.settings.has(HIGHLIGHT_SETTING)).toBe(false);
    expect(await io.removeConditionalFormats('misses')).toBe(0);
    expect((await clearHighlights(io, 'zh')).message).toBe('没有需要清除的标记');
  });

  test('another tag is kept', async () => {
    const io = officeExcelIO();
    await io.addConditionalFormats('Sheet1', [rules[0]], 'misses');
    await io.addConditionalFormats('Sheet1', [rules[1]], 'other');
    expect(await io.removeConditionalFormats('misses')).toBe(1);
    expect(wb.sheet('Sheet1').cfs.map((c) => c.range)).toEqual(['G5:G52']);
    expect(JSON.parse(wb.settings.get(HIGHLIGHT_SETTING) as string).map((r: { tag: string }) => r.tag)).toEqual(['other']);
  });

  test('a rule the marker would push past 255 characters is written as is and remembered by range and formula', async () => {
    const io = officeExcelIO();
    const long = `AND(ISNUMBER(F5),OR(${Array.from({ length: 26 }, (_, i) => `F5=${1000 + i}`).join(',')}))`;
    expect(long.length + 1).toBeLessThanOrEqual(MAX_CF_FORMULA);
    expect(markedFormula(long, "misses", "k1x9z0ab").length).toBeGreaterThan(MAX_CF_FORMULA);
    const user = wb.addUserCf('Sheet1', { range: 'F5:F52', type: 'Custom', formula: '=F5>100' });
    const sameButElsewhere = wb.addUserCf('学校 数据', { range: 'F5:F52', type: 'Custom', formula: `=${long}` });
    await io.addConditionalFormats('Sheet1', [{ ...rules[0], formula: long }, rules[1]], 'misses');
    const cfs = wb.sheet('Sheet1').cfs;
    expect(cfs[1].formula).toBe(`=${long}`);
    expect(cfs[2].formula).toContain('"PM:misses#');
    const [run] = JSON.parse(wb.settings.get(HIGHLIGHT_SETTING) as string);
    expect(run.unmarked).toEqual([{ range: 'F5:F52', formula: `=${long}` }]);
    expect(await io.removeConditionalFormats('misses')).toBe(2);
    expect(wb.sheet('Sheet1').cfs).toEqual([user]);
    expect(wb.sheet('学校 数据').cfs).toEqual([sameButElsewhere]);
  });

  test('nothing to add is no call to Excel', async () => {
    expect(await officeExcelIO().addConditionalFormats('Sheet1', [], 'misses')).toBe(0);
    expect(wb.syncs).toBe(0);
  });
});

describe('sheets', () => {
  // The 优质均衡 school resource template of src/features/templates, three input rows.
  const spec: SheetSpec = buildSchoolResources({ rows: 3 });

  test('a template sheet: values, formulas, named styles, merges, widths, heights, frozen panes, rules, lists; activated', async () => {
    const name = await officeExcelIO().addSheet(spec);
    expect(name).toBe(spec.name);
    const s = wb.sheet(name);
    // Every cell of the spec is written: values as values, formulas with '='.
    for (const c of spec.cells) {
      const got = s.cells.get(c.ref);
      if (c.formula !== undefined) expect([c.ref, got?.formula]).toEqual([c.ref, `=${c.formula}`]);
      else if (c.value !== undefined) expect([c.ref, got?.value]).toEqual([c.ref, c.value]);
    }
    expect(s.cells.get('K5')?.formula).toBe('=IF(COUNTA($A5:$J5)=0,"",EDU.PER100(D5,$C5))');
    // Named styles become formats: an input is light yellow with a border, a header bold on blue.
    const input = spec.cells.find((c) => c.style === 'input')!;
    expect(s.cells.get(input.ref)).toMatchObject({ fill: styleOf('input').fill, border: true, numberFormat: 'General' });
    const header = spec.cells.find((c) => c.style === 'header')!;
    expect(s.cells.get(header.ref)).toMatchObject({ bold: true, fill: styleOf('header').fill, align: 'Center', wrap: true });
    const title = spec.cells.find((c) => c.style === 'title')!;
    expect(s.cells.get(title.ref)).toMatchObject({ bold: true, size: 14 });
    expect(s.merges).toEqual(spec.merges);
    for (const [col, chars] of Object.entries(spec.columnWidths)) expect(s.widths.get(col)).toBeCloseTo(chars * 5.25 + 3.75);
    for (const [row, pts] of Object.entries(spec.rowHeights ?? {})) expect(s.heights.get(Number(row))).toBe(pts);
    expect(s.frozen).toEqual(spec.frozen ?? null);
    // The template's own miss rules, in the miss look, without the pane's marker.
    expect(s.cfs.map((c) => [c.range, c.formula, c.fill])).toEqual((spec.conditionalFormats ?? []).map((r) => [r.range, `=${r.formula}`, '#FFC7CE']));
    expect(s.cfs.every((c) => !c.formula?.includes('PM:'))).toBe(true);
    expect(s.validations.map((v) => v.range)).toEqual((spec.dataValidations ?? []).map((v) => v.range));
    expect(wb.activeSheet).toBe(name);
  });

  test('a taken name gets a number', async () => {
    const io = officeExcelIO();
    await io.addSheet(spec);
    expect(await io.addSheet(spec)).toBe(`${spec.name}(2)`);
    expect(await io.addSheet({ ...spec, name: 'sheet1' })).toBe('sheet1(2)');
  });

  test('formats are set per run of equal styles, not per cell', async () => {
    await officeExcelIO().addSheet(spec);
    // One sync for the names, one for the sheet.
    expect(wb.syncs).toBe(2);
  });
});
