/** Header recognition on the shapes county tables arrive in: 简/繁/English, units, merged rows. */
import { detectColumns } from '../../../src/features/school-table/headers';
import { headerForms, matchHeader } from '../../../src/features/school-table/header-text';
import { fillMerges } from '../../../src/features/school-table/merges';
import type { Grid } from '../../../src/features/school-table/types';

const ids = (d: ReturnType<typeof detectColumns>) => d!.columns.map((c) => [c.col, c.indicatorId]);

describe('matchHeader', () => {
  test.each([
    ['生均教学及辅助用房面积', 'teaching_space_per_student', 'name'],
    ['生均教學及輔助用房面積', 'teaching_space_per_student', 'name'],
    ['Teaching and auxiliary floor space per student', 'teaching_space_per_student', 'name'],
    ['生均教学及辅助用房面积（m²）', 'teaching_space_per_student', 'name'],
    ['生均教学及辅助用房面积(㎡)', 'teaching_space_per_student', 'name'],
    ['生均教学及辅助用房面积/平方米', 'teaching_space_per_student', 'name'],
    ['生均教学仪器设备值（元/生）', 'equipment_value_per_student', 'name'],
    ['生均教学仪器设备值 元', 'equipment_value_per_student', 'name'],
    ['每百名学生拥有体育、艺术(美术、音乐)专任教师数', 'pe_art_teachers_per100', 'name'],
    ['每百名學生擁有體育、藝術(美術、音樂)專任教師數（人）', 'pe_art_teachers_per100', 'name'],
    ['  每百名学生拥有网络多媒体教室数\n（间）', 'multimedia_rooms_per100', 'name'],
    ['生均用房', 'teaching_space_per_student', 'alias'],
    ['班额', 'class_size_max', 'name'],
    ['qualified_teachers_per100', 'qualified_teachers_per100', 'name'],
  ])('%j → %s (%s)', (text, id, match) => expect(matchHeader(text)).toEqual({ indicatorId: id, match }));

  test.each(['学校名称', '学段', '学生数', '教学及辅助用房面积（m²）', '县级以上骨干教师数（人）', '网络多媒体教室数（间）', '备注', ''])('%j is no indicator', (t) =>
    expect(matchHeader(t)).toBeNull());

  test('forms: as written, brackets off, bare unit off', () => {
    expect(headerForms('生均体育运动场馆面积（m²）')).toEqual(['生均体育运动场馆面积（m²）', '生均体育运动场馆面积']);
    expect(headerForms('生均体育运动场馆面积㎡')).toContain('生均体育运动场馆面积');
  });
});

describe('detectColumns', () => {
  test('简体 headers with units, stage and students by header', () => {
    const grid: Grid = [
      ['学校名称', '学段', '学生数（人）', '生均教学及辅助用房面积（m²）', '生均体育运动场馆面积（m²）', '备注'],
      ['城关一小', '小学', 500, 4.8, 8],
      ['城关中学', '初中', 900, 5.1, 11],
    ];
    const d = detectColumns(grid)!;
    expect(d.headerRow).toBe(0);
    expect(d.stageCol).toBe(1);
    expect(d.studentsCol).toBe(2);
    expect(ids(d)).toEqual([[3, 'teaching_space_per_student'], [4, 'sports_space_per_student']]);
  });

  test('繁體 headers under a title row', () => {
    const grid: Grid = [
      ['某縣義務教育學校資源配置情況表'],
      [null],
      ['學校名稱', '學段', '學生數', '每百名學生擁有高於規定學歷教師數', '生均教學儀器設備值（元）'],
      ['一小', '小學', 500, 4.2, 2100],
    ];
    const d = detectColumns(grid)!;
    expect(d.headerRow).toBe(2);
    expect(d.stageCol).toBe(1);
    expect(d.studentsCol).toBe(2);
    expect(ids(d)).toEqual([[3, 'qualified_teachers_per100'], [4, 'equipment_value_per_student']]);
  });

  test('English headers', () => {
    const grid: Grid = [
      ['School', 'Stage', 'Students', 'Networked multimedia classrooms per 100 students', 'Sports ground and hall area per student (m²)'],
      ['No. 1 Primary', 'primary', 500, 2.4, 8],
    ];
    const d = detectColumns(grid)!;
    expect(d.stageCol).toBe(1);
    expect(d.studentsCol).toBe(2);
    expect(ids(d)).toEqual([[3, 'multimedia_rooms_per100'], [4, 'sports_space_per_student']]);
  });

  test('a merged two-row header: names merged down, a group merged across, sub-headers below', () => {
    const grid: Grid = [
      ['学校名称', '学段', '资源配置指标', null, null],
      [null, null, '生均教学及辅助用房面积（m²）', '生均体育运动场馆面积（m²）', '生均教学仪器设备值（元）'],
      ['一小', '小学', 4.6, 7.9, 2100],
      ['一中', '初中', 5.9, 10.5, 2600],
    ];
    const merges = ['A1:A2', 'B1:B2', 'C1:E1'];
    expect(fillMerges(grid, merges)[1].slice(0, 2)).toEqual(['学校名称', '学段']);
    const d = detectColumns(grid, { merges })!;
    expect(d.headerRow).toBe(1);
    expect(d.stageCol).toBe(1);
    expect(ids(d)).toEqual([[2, 'teaching_space_per_student'], [3, 'sports_space_per_student'], [4, 'equipment_value_per_student']]);
  });

  test('an indicator merged over 小学 / 初中 sub-columns: each column carries its stage', () => {
    const grid: Grid = [
      ['学校', '生均教学及辅助用房面积（m²）', null, '生均教學儀器設備值（元）', null],
      [null, '小学', '初中', '小學', '初中'],
      ['一校', 4.2, 6, 2100, 2400],
    ];
    const d = detectColumns(grid, { merges: ['A1:A2', 'B1:C1', 'D1:E1'] })!;
    expect(d.headerRow).toBe(1);
    expect(d.stageCol).toBeNull();
    expect(d.columns.map((c) => [c.col, c.indicatorId, c.stage])).toEqual([
      [1, 'teaching_space_per_student', 'primary'], [2, 'teaching_space_per_student', 'junior'],
      [3, 'equipment_value_per_student', 'primary'], [4, 'equipment_value_per_student', 'junior'],
    ]);
  });

  test('a header split over two rows (生均 / 教学及辅助用房面积) is read joined', () => {
    const grid: Grid = [
      ['学校', '生均', '生均'],
      [null, '教学及辅助用房面积', '体育运动场馆面积'],
      ['一小', 4.6, 8],
    ];
    expect(ids(detectColumns(grid))).toEqual([[1, 'teaching_space_per_student'], [2, 'sports_space_per_student']]);
  });

  test('merges are sheet addresses: a grid read from C3 shifts them by its origin', () => {
    const grid: Grid = [
      ['学段', '生均教学及辅助用房面积'],
      [null, null],
      ['小学', 4.4],
    ];
    // Sheet C3:C4 is the 学段 header merged down; the grid starts at C3.
    const d = detectColumns(grid, { merges: ['C3:C4', 'D3:D4'], origin: { row: 2, col: 2 } })!;
    expect(d.headerRow).toBe(1);
    expect(d.stageCol).toBe(0);
  });

  test('a full name beats an alias for the same indicator (raw 骨干教师数 vs computed per 100)', () => {
    const grid: Grid = [
      ['学校', '学段', '学生数', '骨干教师数', '高于规定学历教师数（人）', '每百名学生拥有县级以上骨干教师数', '每百名学生拥有高于规定学历教师数'],
      ['一小', '小学', 500, 5, 21, 1, 4.2],
    ];
    expect(ids(detectColumns(grid))).toEqual([[5, 'backbone_teachers_per100'], [6, 'qualified_teachers_per100']]);
  });

  test('an alias alone is used', () => {
    expect(ids(detectColumns([['学校', '生均用房'], ['一小', 4.4]]))).toEqual([[1, 'teaching_space_per_student']]);
  });

  test('the stage column found by its values when its header says nothing', () => {
    const grid: Grid = [
      ['学校', '类型', '生均教学及辅助用房面积'],
      ['一小', '小学', 4.4],
      ['二小', '小學', 4.6],
      ['一中', 'Junior', 6],
    ];
    expect(detectColumns(grid)!.stageCol).toBe(1);
  });

  test('a 类别 header over 公办/民办 is not the stage: the values decide', () => {
    const grid: Grid = [
      ['学校', '类别', '学段（小学/初中）', '生均教学及辅助用房面积'],
      ['一小', '公办', '小学', 4.4],
      ['二小', '民办', '小学', 4.6],
      ['一中', '公办', '初中', 6],
    ];
    expect(detectColumns(grid)!.stageCol).toBe(2);
  });

  test('no stage column', () => {
    expect(detectColumns([['学校', '每百名学生拥有县级以上骨干教师数'], ['一小', 1.2]])!.stageCol).toBeNull();
  });

  test('headers beyond maxHeaderRows are not looked at', () => {
    const grid: Grid = [[null], [null], [null], ['学校', '生均用房'], ['一小', 4]];
    expect(detectColumns(grid, { maxHeaderRows: 3 })).toBeNull();
    expect(detectColumns(grid)).not.toBeNull();
  });

  test('null when nothing is an indicator', () => {
    expect(detectColumns([['学校', '地址'], ['一小', '城关']])).toBeNull();
    expect(detectColumns([])).toBeNull();
  });
});
