/**
 * The web page's own words, Chinese first (the catalog tab borrows the pane's, src/hosts/pane/i18n.ts).
 * All strings live here so a translation is one file.
 */
import type { Lang } from '../pane/i18n';

const ZH = {
  title: '规划指标 · 网页版',
  switchLang: 'English',
  privacy: '所有计算都在这台电脑的浏览器里完成：文件不上传、不发送到任何地方（页面禁止一切网络连接）。',
  oldest: '支持 Chrome / Edge 109 及更新的浏览器（Windows 7 上的最后版本），以及同代 Chromium 内核的 360、QQ 浏览器（极速模式）。',
  tabTemplates: '模板',
  tabFill: '计算工作簿',
  tabCollect: '合并学校报表',
  tabCatalog: '指标目录',
  templatesIntro: '下载空白模板，在 Excel 或 WPS 中填写学校数据；公式会在打开时计算。',
  templateLang: '模板语言',
  templatePlan: '规划（用于规划目标跟踪等）',
  download: '下载',
  downloaded: '已生成 {0}',
  fillIntro: '选择或拖入一个工作簿（.xlsx / .xlsm）：计算全部公式，标出未达标的单元格，并生成达标报告。原文件不会被修改。',
  fillInput: '选择工作簿',
  valuesOnly: '只保留数值（不含公式，便于 WPS 打开或向上报送）',
  dropHere: '或把文件拖到这里',
  working: '正在计算…',
  filled: '已计算 {0} 个公式，添加 {1} 条未达标标记规则。',
  downloadWorkbook: '下载计算后的工作簿：{0}',
  downloadReport: '下载达标报告 report.html',
  notes: '提示',
  checkTitle: '未达标单元格：检查 {0} 个，未达标 {1} 个',
  noMisses: '没有未达标的单元格。',
  checking: '正在检查未达标单元格、生成达标报告…',
  moreMisses: '只列出前 {0} 个（共 {1} 个）；全部未达标单元格在下载的工作簿中标红，report.html 按学校列出。',
  colCell: '单元格',
  colIndicator: '指标',
  colStage: '学段',
  colValue: '值',
  colThreshold: '标准',
  textNumber: '{0}：「{1}」是文本形式的数字，已按数字检查，请转换为数字',
  collectIntro: '选择或拖入全部学校报表（可多选）：汇总为县域学校资源配置表，并附「校验」工作表。',
  collectInput: '选择学校报表（可多选）',
  collectFolder: '或选择整个文件夹',
  collected: '汇总 {0} 个文件、{1} 所学校，校验发现 {2} 处问题。',
  skipped: '未读取（不是 .xlsx/.xlsm 报表或是 Excel 临时文件）：{0}',
  downloadCounty: '下载县域汇总表：{0}',
  colFile: '文件',
  colSheet: '工作表',
  colRow: '行',
  colSchool: '学校',
  colMessage: '说明',
  noFindings: '校验没有发现问题。',
  error: '出错了：{0}',
  clickCount: '已点击 {0} 次',
};

type Key = keyof typeof ZH;

const EN: Record<Key, string> = {
  title: 'Plan Metrics · web page',
  switchLang: '中文',
  privacy: 'Everything is computed in this browser on this PC: no file is uploaded or sent anywhere (the page is forbidden any network connection).',
  oldest: 'Runs in Chrome / Edge 109 or later (the last on Windows 7) and the Chromium-based 360 and QQ browsers of that age (speed mode).',
  tabTemplates: 'Templates',
  tabFill: 'Compute a workbook',
  tabCollect: 'Merge school returns',
  tabCatalog: 'Indicator catalog',
  templatesIntro: 'Download a blank template and type the schools in Excel or WPS; its formulas compute on opening.',
  templateLang: 'Template language',
  templatePlan: 'Plan (for plan targets and the like)',
  download: 'Download',
  downloaded: 'Made {0}',
  fillIntro: 'Choose or drop a workbook (.xlsx / .xlsm): every formula is computed, missed standards are highlighted, and a compliance report is made. The original is never changed.',
  fillInput: 'Choose a workbook',
  valuesOnly: 'Values only (no formulas: for WPS or reports sent upward)',
  dropHere: 'or drop the file here',
  working: 'Working…',
  filled: 'Computed {0} formulas, added {1} highlight rules.',
  downloadWorkbook: 'Download the computed workbook: {0}',
  downloadReport: 'Download the compliance report report.html',
  notes: 'Notes',
  checkTitle: 'Cells missing their standard: {0} checked, {1} miss',
  noMisses: 'No cell misses its standard.',
  checking: 'Checking for misses and making the report…',
  moreMisses: 'Only the first {0} of {1} are listed; every miss is red in the downloaded workbook, and report.html lists them by school.',
  colCell: 'Cell',
  colIndicator: 'Indicator',
  colStage: 'Stage',
  colValue: 'Value',
  colThreshold: 'Standard',
  textNumber: '{0}: "{1}" is a number stored as text, checked as a number; convert it',
  collectIntro: "Choose or drop every school's return (several at once): they are merged into the county school-resources table, with a 「校验」 (checks) sheet.",
  collectInput: 'Choose school returns (several)',
  collectFolder: 'or choose a whole folder',
  collected: 'Merged {1} schools from {0} files; {2} findings.',
  skipped: 'Not read (not an .xlsx/.xlsm return, or an Excel lock file): {0}',
  downloadCounty: 'Download the county table: {0}',
  colFile: 'File',
  colSheet: 'Sheet',
  colRow: 'Row',
  colSchool: 'School',
  colMessage: 'Message',
  noFindings: 'The checks found nothing.',
  error: 'Error: {0}',
  clickCount: '{0} clicks',
};

/**
 * A message in the page's language, {0}… filled in.
 * @example
 * w('zh', 'filled', 396, 7); // '已计算 396 个公式，添加 7 条未达标标记规则。'
 * w('en', 'tabFill');        // 'Compute a workbook'
 */
export function w(lang: Lang, key: Key, ...args: (string | number)[]): string {
  const s = (lang === 'zh' ? ZH : EN)[key];
  return s.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}
