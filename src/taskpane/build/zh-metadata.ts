/**
 * The Chinese custom-functions metadata (functions.zh-CN.json). Office localises custom functions
 * with one metadata file per locale, chosen by the manifest's `<bt:Override Locale="zh-CN">` on
 * Functions.Metadata.Url. We derive it from the generated English functions.json so the two can
 * never disagree on ids, parameters or types, and take every Chinese string from src/edu/table.ts,
 * where the help is "kept in one place".
 *
 * Function names stay EDU.MEETS etc. in Chinese Excel too: a workbook written in one language must
 * calculate in the other, and a statistician reads formulas sent from colleagues.
 */
import { FUNCTIONS, type FunctionSpec } from '../../edu/table';

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
    if (!spec) throw new Error(`functions.json has ${fn.id}, which src/edu/table.ts does not describe`);
    fn.description = spec.zh;
    for (const p of fn.parameters ?? []) {
      const ps = spec.params.find((x) => x.name === p.name);
      if (!ps) throw new Error(`functions.json has parameter ${fn.id}.${p.name}, which src/edu/table.ts does not describe`);
      p.description = ps.zh;
    }
  }
  return out;
}

/**
 * The text of functions.zh-CN.json, formatted like the plugin's functions.json.
 * @example
 * zhMetadataText('{"functions":[]}'); // '{\n    "functions": []\n}'
 */
export function zhMetadataText(enJson: string): string {
  return JSON.stringify(localizeMetadata(JSON.parse(enJson)), null, 4);
}
