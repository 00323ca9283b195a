/**
 * The Chinese custom-functions metadata (functions.zh-CN.json). Office localises custom functions
 * with one metadata file per locale, chosen by the manifest's `<bt:Override Locale="zh-CN">` on
 * Functions.Metadata.Url. We derive it from the generated English functions.json so the two can
 * never disagree on ids, parameters or types, and take every Chinese string from src/domain/edu/table.ts,
 * where the help is "kept in one place".
 *
 * Function names stay EDU.MEETS etc. in Chinese Excel too: a workbook written in one language must
 * calculate in the other, and a statistician reads formulas sent from colleagues. Parameter names
 * are only shown (Excel passes arguments by position), so they are Chinese: `EDU.MEETS(指标, 指标值,
 * [学段], [规划])`; Microsoft's naming rules constrain a function's id and name, not a parameter's.
 *
 * zh-TW / zh-HK users get functions.zh-TW.json: the zh-CN file converted by OpenCC (opencc-js, at
 * build time only) to Taiwan Traditional.
 *
 * Every function's helpUrl points into help.html at the function's anchor (help.html#MEETS), under
 * the base URL the add-in is hosted at, in every locale's file.
 */
import * as OpenCC from 'opencc-js';
import { FUNCTIONS, type FunctionSpec } from '../../domain/edu/table';

/** The Chinese parameter names, by the table's parameter name. */
export const PARAM_ZH: Record<string, string> = {
  count: '数量', students: '学生数', amount: '总量', part: '部分', whole: '总数', values: '指标值区域',
  indicator: '指标', stage: '学段', plan: '规划', value: '指标值', demand: '入学需求', supply: '学位数',
  grades: '年级数', size: '班额', classes: '班级数', ratio: '生师比', primary: '小学生数', junior: '初中生数',
  senior: '高中生数', year: '年份', field: '字段', current: '在校生', intakes: '招生数', promotion: '升级率',
  repetition: '留级率', births: '出生人数', rate: '入学系数', enrolment: '在校生表', shortfall: '学位缺口',
  school_size: '校均学位数', stages: '学段区域', min_students: '最少学生数',
  history: '历年在校生', method: '方法', entrants: '入学人数', horizon: '预测年数',
  // 补短测算 (issue 26)
  unit_costs: '单价', limit: '差异系数上限',
};

/** One parameter as functions.json describes it (only the fields we touch are typed). */
export interface MetadataParam { name: string; description?: string; [k: string]: unknown }
/** One function as functions.json describes it. */
export interface MetadataFunction { id: string; name: string; description?: string; parameters: MetadataParam[]; [k: string]: unknown }
/** The whole functions.json. */
export interface FunctionsMetadata { functions: MetadataFunction[]; [k: string]: unknown }

/**
 * functions.json with every function and parameter description in Chinese. Throws when the
 * metadata names a function or parameter the table does not know — the build must fail rather
 * than ship English help in the Chinese file.
 * @example
 * const zh = localizeMetadata({ functions: [{ id: 'PER100', name: 'PER100', description: 'Count per 100',
 *   parameters: [{ name: 'count', description: 'count' }, { name: 'students', description: 'students' }] }] });
 * zh.functions[0].description; // '每百名学生拥有数：数量 ÷ 学生数 × 100'
 */
export function localizeMetadata(en: FunctionsMetadata, table: FunctionSpec[] = FUNCTIONS): FunctionsMetadata {
  const byId = new Map(table.map((f) => [f.name, f]));
  const out: FunctionsMetadata = JSON.parse(JSON.stringify(en));
  for (const fn of out.functions) {
    const spec = byId.get(fn.id);
    if (!spec) throw new Error(`functions.json has ${fn.id}, which src/domain/edu/table.ts does not describe`);
    fn.description = spec.zh;
    for (const p of fn.parameters ?? []) {
      const ps = spec.params.find((x) => x.name === p.name);
      if (!ps) throw new Error(`functions.json has parameter ${fn.id}.${p.name}, which src/domain/edu/table.ts does not describe`);
      p.description = ps.zh;
      const zhName = PARAM_ZH[p.name];
      if (!zhName) throw new Error(`parameter ${fn.id}.${p.name} has no Chinese name in PARAM_ZH (src/build/pane/zh-metadata.ts)`);
      p.name = zhName;
    }
    if (new Set(fn.parameters.map((p) => p.name)).size !== fn.parameters.length) throw new Error(`${fn.id}: two parameters with the same Chinese name`);
  }
  return out;
}

/**
 * The metadata with every function's helpUrl set to its anchor in help.html under `baseUrl`.
 * @example
 * withHelpUrls({ functions: [{ id: 'MEETS', name: 'MEETS', parameters: [] }] }, 'https://jyj.example.cn/pm/')
 *   .functions[0].helpUrl; // 'https://jyj.example.cn/pm/help.html#MEETS'
 */
export function withHelpUrls(meta: FunctionsMetadata, baseUrl: string): FunctionsMetadata {
  const out: FunctionsMetadata = JSON.parse(JSON.stringify(meta));
  for (const fn of out.functions) fn.helpUrl = new URL(`help.html#${fn.id}`, baseUrl).href;
  return out;
}

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * The zh-CN metadata in Taiwan Traditional: descriptions and parameter names converted; ids,
 * function names and helpUrls untouched.
 * @example
 * traditionalMetadata({ functions: [{ id: 'PER100', name: 'PER100', description: '每百名学生拥有数',
 *   parameters: [{ name: '学生数', description: '学生数' }] }] }).functions[0].description; // '每百名學生擁有數'
 */
export function traditionalMetadata(zh: FunctionsMetadata): FunctionsMetadata {
  const out: FunctionsMetadata = JSON.parse(JSON.stringify(zh));
  for (const fn of out.functions) {
    if (fn.description) fn.description = toTaiwan(fn.description);
    for (const p of fn.parameters ?? []) {
      p.name = toTaiwan(p.name);
      if (p.description) p.description = toTaiwan(p.description);
    }
  }
  return out;
}

/**
 * Every metadata file the build writes, from the plugin's functions.json: file name → text.
 * @example
 * Object.keys(metadataFiles(enJson, 'https://localhost:3000/')); // ['functions.json', 'functions.zh-CN.json', 'functions.zh-TW.json']
 */
export function metadataFiles(enJson: string, baseUrl: string): Record<string, string> {
  const en = withHelpUrls(JSON.parse(enJson), baseUrl);
  const zh = localizeMetadata(en);
  const text = (m: FunctionsMetadata) => JSON.stringify(m, null, 4);
  return { 'functions.json': text(en), 'functions.zh-CN.json': text(zh), 'functions.zh-TW.json': text(traditionalMetadata(zh)) };
}

/**
 * The text of functions.zh-CN.json, formatted like the plugin's functions.json.
 * @example
 * zhMetadataText('{"functions":[]}'); // '{\n    "functions": []\n}'
 */
export function zhMetadataText(enJson: string): string {
  return JSON.stringify(localizeMetadata(JSON.parse(enJson)), null, 4);
}
