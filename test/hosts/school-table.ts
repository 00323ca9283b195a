/**
 * The school table both hosts' adapters are tested on (test/hosts/pane/actions.test.ts through
 * Excel's fake workbook, test/hosts/wps/et-io.test.ts through WPS's): one table, so the two hosts
 * are fed the same thing. Placed at B2: row 1 a title, rows 2–3 a two-row header (学校 and 学段
 * merged down, 生均 merged across — MERGES), data from row 4, a 合计 row last.
 */
export const TABLE = [
  ['城关镇义务教育学校资源配置', null, null, null, null, null],
  ['学校', '学段', '学生数', '生均', null, '每百名学生拥有县级以上骨干教师数'],
  [null, null, null, '教学及辅助用房面积', '体育运动场馆面积', null],
  ['城关一小', '小学', 500, 4.8, 7.0, 1.2],
  ['城关二小', '小學', 300, 4.0, 8.0, 0.8],
  ['城关中学', '初中', 900, 5.5, 11.0, 1.0],
  ['合计', null, 1700, 4.9, 9.2, 1.0],
];

/** The table's merged cells, placed at B2. */
export const MERGES = ['B2:G2', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4'];
