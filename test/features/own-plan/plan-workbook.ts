/**
 * A workbook for plan 某某县 (a county not among the seeds), made in the test: a 「规划目标」 sheet and
 * a 评估 sheet of EDU formulas over it. Every number is typed here; the expected values in the tests
 * are hand-computed from these rows.
 */
import ExcelJS from 'exceljs';

/** The 「规划目标」 rows (after the header). Row numbers in comments are the sheet's (header = row 1). */
export const PLAN_ROWS: (string | number | null)[][] = [
  /* 2 */ ['某某县', '学前三年毛入园率', '', 2020, 0.88, '≥', '', '基线', '某某县“十四五”教育事业发展规划：2020年学前三年毛入园率88%'],
  /* 3 */ ['', '学前三年毛入园率', '', 2022, '90%', '以上', '', '目标', '某某县“十四五”教育事业发展规划：到2022年达到90%以上'],
  /* 4 */ ['', '學前三年毛入園率', '', 2025, '92％', '不低于', '', '目标', '某某县“十四五”教育事业发展规划：到2025年达到92%以上'],
  /* 5 */ ['某某县', '九年义务教育巩固率', '', 2025, 97, '达到', '%', '目标', '某某县“十四五”教育事业发展规划：巩固率达到97%'],
  /* 6 */ ['某某县', '乡村学校图书更新率', '', 2025, '10%', '≥', '', '目标', '某某县“十四五”教育事业发展规划：乡村学校图书年更新率不低于10%'],
  /* 7 */ ['某某县', '高中阶段毛入学率', '', 2025, '九成', '以上', '', '目标', ''],
  /* 8 */ ['某某县', '高中阶段毛入学率', '', 2024, 0.9, '大约', '', '目标', ''],
  /* 9 */ ['某某县', '学前三年毛入园率', '', 2025, 0.93, '≥', '', '目标', '重复一行，数值不同'],
];

/** The formulas of the 评估 sheet, A1 down, and what each must give (hand-computed from PLAN_ROWS). */
export const FORMULAS: [string, number | boolean | string][] = [
  // row 4: 2025 → 92% typed as '92％' (full-width), read as 0.92; row 9's 0.93 is the duplicate, not used.
  ['EDU.TARGET("毛入园率",2025,"某某县")', 0.92],
  // linear between 2022 (0.90) and 2025 (0.92): 0.90 + (2023−2022)/(2025−2022) × 0.02 = 0.906666666666667
  ['EDU.TARGET("学前三年毛入园率",2023,"某某县")', 0.906666666666667],
  // MEETS against the plan's threshold (its latest target, 0.92): 0.9 < 0.92
  ['EDU.MEETS("毛入园率",0.9,"","某某县")', false],
  // GAP: 0.92 − 0.9 = 0.02
  ['EDU.GAP("毛入园率",0.9,"","某某县")', 0.02],
  // row 5: 97 typed as a bare number in a % row is 97 % (0.97)
  ['EDU.THRESHOLD("巩固率","","某某县")', 0.97],
  // row 6: an indicator the catalog does not know becomes the user's own
  ['EDU.TARGET("乡村学校图书更新率",2025,"某某县")', 0.1],
  // the bundled indicator's unit carries over (the row left 单位 blank)
  ['EDU.INDICATOR("毛入园率","unit","某某县")', '%'],
  ['EDU.MEETS("巩固率",0.975,"","某某县")', true],
];

/**
 * The workbook's bytes: 「规划目标」 then 评估 (formulas without cached values).
 * @example
 * fs.writeFileSync('plan.xlsx', await planWorkbook());
 */
export async function planWorkbook(extra?: (wb: ExcelJS.Workbook) => void, rows = PLAN_ROWS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('规划目标');
  plan.addRow(['规划', '指标', '学段', '年份', '数值', '方向', '单位', '类别', '出处']);
  for (const r of rows) plan.addRow(r.map((x) => (x === '' ? null : x)));
  const ev = wb.addWorksheet('评估');
  FORMULAS.forEach(([f], i) => {
    ev.getCell(i + 1, 1).value = { formula: f } as ExcelJS.CellFormulaValue;
  });
  extra?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
