/**
 * The task pane's words, Chinese first. The pane speaks Chinese whenever Office's display language
 * is any zh-* (a Traditional-Chinese Excel still reads 简体 far better than English), English
 * otherwise. All strings live here so a translation is one file.
 */

/** The two languages of the pane. */
export type Lang = 'zh' | 'en';

/**
 * The pane's language for an Office display language (Office.context.displayLanguage).
 * @example
 * langFor('zh-CN'); // 'zh'
 * langFor('zh-TW'); // 'zh'
 * langFor('en-US'); // 'en'
 * langFor(undefined); // 'zh' — the users are Chinese; without a host we default to them
 */
export function langFor(displayLanguage: string | undefined | null): Lang {
  if (!displayLanguage) return 'zh';
  return /^zh\b/i.test(displayLanguage) ? 'zh' : 'en';
}

const ZH = {
  title: '规划指标',
  tabCatalog: '指标目录',
  tabFormula: '插入公式',
  tabTemplate: '插入模板',
  tabHighlight: '标出未达标',
  tabSummary: '达标汇总',
  search: '搜索（简体、繁體或英文）',
  searchPlaceholder: '如：生均、巩固率、class size',
  plan: '规划',
  allPlans: '全部规划',
  stage: '学段',
  allStages: '全部学段',
  noStage: '（不指定）',
  results: '共 {0} 条',
  noResults: '没有找到匹配的指标',
  moreResults: '仅显示前 {0} 条，请输入更多文字缩小范围',
  year: '年份',
  standingYear: '长期',
  source: '出处',
  kindStandard: '标准',
  kindTarget: '目标',
  kindBaseline: '基线',
  useInFormula: '用于公式',
  indicator: '指标',
  chooseIndicator: '请选择指标',
  fn: '函数',
  fnMEETS: 'MEETS 是否达标',
  fnCOMPLIANCE: 'COMPLIANCE 达成度',
  fnGAP: 'GAP 差距',
  fnTHRESHOLD: 'THRESHOLD 标准值',
  valueCell: '数值单元格',
  valueCellPlaceholder: '如 F5',
  useSelection: '用所选单元格',
  preview: '公式预览',
  insertFormula: '写入活动单元格',
  formulaWritten: '已将 {0} 写入 {1}',
  badCell: '「{0}」不是单元格地址（如 F5 或 Sheet1!F5）',
  standardIs: '标准：{0}',
  template: '模板',
  insertTemplate: '插入模板工作表',
  templateAdded: '已添加工作表「{0}」',
  noTemplates: '没有可用的模板',
  collectTitle: '合并学校报表',
  collectHow: '把各校报表放进一个文件夹，运行 npx plan-metrics collect 文件夹 --out 县级汇总.xlsx：得到县级学校资源配置表（含公式）和「校验」工作表（逻辑校验结果）。',
  scope: '范围',
  scopeUsed: '当前工作表已用区域（自动识别表头）',
  scopeSelection: '所选区域（指定指标）',
  highlight: '标出未达标',
  clearHighlight: '清除本工具添加的标记',
  highlighted: '已添加 {0} 条条件格式：',
  cleared: '已清除 {0} 条条件格式',
  nothingToClear: '没有需要清除的标记',
  noColumns: '没有识别到指标列。请检查表头，或改用「所选区域」并指定指标。',
  summary: '生成达标汇总',
  summaryAdded: '已生成汇总工作表「{0}」',
  summarySheet: '达标汇总',
  working: '处理中…',
  error: '出错：{0}',
  noHost: '未在 Excel 中运行：只能浏览目录。',
  colIndicator: '指标',
  colStage: '学段',
  colThreshold: '标准',
  colSchools: '学校数',
  colMet: '达标',
  colMissed: '未达标',
  colBlank: '未填报',
  colMetRate: '达标率',
  colDiffCoef: '差异系数',
  colDiffLimit: '差异系数上限',
  colDiffOk: '差异系数达标',
  yes: '是',
  no: '否',
  schoolPassTitle: '学校资源配置达标（至少6项达标，其余不低于标准的85%）',
  schoolPassCount: '达标学校数',
  schoolPassNA: '未识别到全部7项资源配置指标，无法按85%规则判定',
  summaryNote: '以下为计算结果（数值），数据修改后请重新生成。来源：{0}，规划：{1}，生成时间：{2}',
  stageNeeded: '请选择学段（表中没有学段列）',
  skippedColumn: '未标出 {0}',
  noRules: '识别到指标列，但都无法标出（原因见下）。',
  rowsWithoutStage: '{0} 行的学段无法识别（如合计行），未计入',
  unreadableNote: '注：{0} 个单元格的内容不是数字，按未填报计',
  notAssessedNote: '注：{0} 所学校（如未按学段拆分的一贯制学校）不按资源配置规则评估，请先用 EDU.SHARE 拆分',
  resourceNationalNote: '资源配置七项指标、85%规则和差异系数按《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）国家标准计算。',
};

/** The message keys. */
export type MsgKey = keyof typeof ZH;

const EN: Record<MsgKey, string> = {
  title: 'Plan Metrics',
  tabCatalog: 'Catalog',
  tabFormula: 'Formula',
  tabTemplate: 'Template',
  tabHighlight: 'Misses',
  tabSummary: 'Summary',
  search: 'Search (Chinese or English)',
  searchPlaceholder: 'e.g. 生均, 巩固率, class size',
  plan: 'Plan',
  allPlans: 'All plans',
  stage: 'Stage',
  allStages: 'All stages',
  noStage: '(none)',
  results: '{0} rows',
  noResults: 'No indicator matches',
  moreResults: 'Showing the first {0}; type more to narrow down',
  year: 'Year',
  standingYear: 'standing',
  source: 'Source',
  kindStandard: 'standard',
  kindTarget: 'target',
  kindBaseline: 'baseline',
  useInFormula: 'Use in formula',
  indicator: 'Indicator',
  chooseIndicator: 'Choose an indicator',
  fn: 'Function',
  fnMEETS: 'MEETS met or not',
  fnCOMPLIANCE: 'COMPLIANCE attainment',
  fnGAP: 'GAP shortfall',
  fnTHRESHOLD: 'THRESHOLD the standard',
  valueCell: 'Value cell',
  valueCellPlaceholder: 'e.g. F5',
  useSelection: 'Use selection',
  preview: 'Formula',
  insertFormula: 'Write into the active cell',
  formulaWritten: 'Wrote {0} into {1}',
  badCell: '"{0}" is not a cell address (like F5 or Sheet1!F5)',
  standardIs: 'Standard: {0}',
  template: 'Template',
  insertTemplate: 'Add the template sheet',
  templateAdded: 'Added the sheet "{0}"',
  noTemplates: 'No templates available',
  collectTitle: 'Collect school returns',
  collectHow: 'Put the schools\' workbooks in one folder and run npx plan-metrics collect folder --out county.xlsx: you get the county school-resources table (with its formulas) and a 校验 sheet of logic-check findings.',
  scope: 'Scope',
  scopeUsed: "This sheet's used range (headers recognised)",
  scopeSelection: 'The selection (indicator chosen)',
  highlight: 'Highlight misses',
  clearHighlight: 'Remove the highlights added here',
  highlighted: 'Added {0} conditional formats:',
  cleared: 'Removed {0} conditional formats',
  nothingToClear: 'Nothing to remove',
  noColumns: 'No indicator column recognised. Check the headers, or use "The selection" with an indicator.',
  summary: 'Build the compliance summary',
  summaryAdded: 'Added the summary sheet "{0}"',
  summarySheet: 'Compliance',
  working: 'Working…',
  error: 'Error: {0}',
  noHost: 'Not running in Excel: the catalog only.',
  colIndicator: 'Indicator',
  colStage: 'Stage',
  colThreshold: 'Standard',
  colSchools: 'Schools',
  colMet: 'Met',
  colMissed: 'Missed',
  colBlank: 'Blank',
  colMetRate: 'Met rate',
  colDiffCoef: 'Coefficient of variation',
  colDiffLimit: 'CV limit',
  colDiffOk: 'CV met',
  yes: 'yes',
  no: 'no',
  schoolPassTitle: 'Schools meeting the resource rule (≥ 6 of 7 met, the rest ≥ 85% of standard)',
  schoolPassCount: 'Schools passing',
  schoolPassNA: 'Not all 7 resource indicators were recognised; the 85% rule cannot be applied',
  summaryNote: 'Computed values; rebuild after the data change. Source: {0}, plan: {1}, built: {2}',
  stageNeeded: 'Choose a stage (the table has no stage column)',
  skippedColumn: 'Not marked: {0}',
  noRules: 'Indicator columns were found, but none can be marked (see below).',
  rowsWithoutStage: '{0} rows have no readable stage (a total row?) and were left out',
  unreadableNote: 'Note: {0} cells are not numbers and count as blank',
  notAssessedNote: 'Note: {0} schools (e.g. through-schools not split by stage) are not assessed by the resource rules; split them with EDU.SHARE first',
  resourceNationalNote: 'The seven resource indicators, the 85% rule and the coefficient of variation follow the national standard (教督〔2017〕6号).',
};

/**
 * A message in `lang`, with {0}, {1} … filled in.
 * @example
 * t('zh', 'results', 3);  // '共 3 条'
 * t('en', 'results', 3);  // '3 rows'
 */
export function t(lang: Lang, key: MsgKey, ...args: (string | number)[]): string {
  const s = (lang === 'zh' ? ZH : EN)[key];
  return s.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}
