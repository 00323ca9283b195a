/** The 学位供需 template computed by HyperFormula on hand-worked grades (班额 45 / 50; 1:19, 1:13.5). */
import { buildPlacePlanning } from '../../../src/features/templates/place-planning';
import { writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import { typeRow } from './fill';
import { loadIntoEngine, type LoadedWorkbook } from './xlsx-engine';
import { markedCells } from '../school-table/rule-eval';

describe('place-planning', () => {
  let wb: LoadedWorkbook;
  const spec = buildPlacePlanning();

  beforeAll(async () => {
    // rows 4–12 (1-based) are 一年级…九年级; C demand, D places
    typeRow(spec, 3, ['小学', '一年级', 500, 450]);
    typeRow(spec, 4, [null, null, 480, 500]);
    typeRow(spec, 5, ['小學', null, 460, 460]); // 繁體 stage typed over the default
    typeRow(spec, 9, [null, null, 620, 600]);
    typeRow(spec, 10, [null, null, 600, 600]);
    typeRow(spec, 11, [null, null, 580, 620]);
    wb = await loadIntoEngine(await writeTemplateXlsx(spec));
  });

  test('grade rows are pre-filled 小学 1–6, 初中 7–9', () => {
    expect(wb.value('A4')).toBe('小学');
    expect(wb.value('B9')).toBe('六年级');
    expect(wb.value('A10')).toBe('初中');
    expect(wb.value('B12')).toBe('九年级');
  });

  test('per grade: difference, shortfall (EDU.SHORTFALL), classes (EDU.CLASSES, rounded up)', () => {
    const line = (r: number) => ['E', 'F', 'G'].map((c) => wb.value(`${c}${r}`));
    expect(line(4)).toEqual([-50, 50, 12]); // 500/45 = 11.1 → 12
    expect(line(5)).toEqual([20, 0, 11]); // 480/45 = 10.7 → 11
    expect(line(6)).toEqual([0, 0, 11]); // 小學 read as 小学
    expect(line(10)).toEqual([-20, 20, 13]); // 620/50 = 12.4 → 13
    expect(line(11)).toEqual([0, 0, 12]);
    expect(line(12)).toEqual([40, 0, 12]); // 580/50 = 11.6 → 12
    expect(line(7)).toEqual(['', '', '']); // 四年级 left empty
  });

  test('per stage: totals, shortfall summed over grades, staff from the stage total (EDU.STAFFNEED)', () => {
    const line = (r: number) => ['C', 'D', 'E', 'F', 'G', 'H'].map((c) => wb.value(`${c}${r}`));
    expect(wb.value('A16')).toBe('小学');
    expect(line(16)).toEqual([1440, 1410, -30, 50, 34, 76]); // 1440/19 = 75.8 → 76; shortfall 50, not 30
    expect(line(17)).toEqual([1800, 1820, 20, 20, 37, 134]); // 1800/13.5 = 133.3 → 134
    expect(line(18)).toEqual([3240, 3230, -10, 70, 71, 210]);
  });

  test('the shortfall mark: grades with more children than places', () => {
    expect([...markedCells(spec.conditionalFormats!, wb.hf)].sort()).toEqual(['F10', 'F4']);
  });

  test('more rows than nine grades: the extra rows are empty inputs', () => {
    const s = buildPlacePlanning({ rows: 11 });
    expect(s.cells.find((c) => c.ref === 'A14')).toEqual({ ref: 'A14', style: 'inputText' });
    expect(s.cells.find((c) => c.ref === 'F14')?.formula).toBe('IF(C14="","",EDU.SHORTFALL(C14,D14))');
  });

  test('English', () => {
    const s = buildPlacePlanning({ lang: 'en' });
    expect(s.cells.find((c) => c.ref === 'A4')?.value).toBe('primary');
    expect(s.cells.find((c) => c.ref === 'H16')?.formula).toBe('IF(C16=0,"",EDU.STAFFNEED(C16,"primary"))');
  });
});
