/**
 * What the web page's worker does, as plain functions of bytes: fill (with its check and
 * report.html), collect and template. They call the very code the CLI calls — fillBytes,
 * checkTables, readReturn/mergeReturns, countySheets, buildTemplateSheets, writeTemplateXlsx,
 * reportHtml — and touch no DOM and no file, so jest runs them in Node against the CLI itself.
 */
import { isReturnFile } from '../../features/collect/return-file';
import { fillBytes } from '../../features/fill/fill';
import { checkTables, type CheckReport } from '../../features/fill/check';
import { mergeReturns, readReturn, type Finding } from '../../features/collect/index';
import { countySheets } from '../../features/collect/county-workbook';
import { buildTemplateSheets } from '../../features/templates/index';
import { writeTemplateXlsx } from '../../features/templates/xlsx-writer';
import { summarizeCounty } from '../../features/verdict/county-summary';
import { schoolRows } from '../../features/verdict/school-rows';
import { reportHtml } from '../../features/report/html';

/** Progress of a job: a fraction 0..1 and a short stage label (Chinese then English). */
export type Progress = (fraction: number, stage: string) => void;

/** The first part of a fill, offered as soon as it is ready: the workbook and the notes. */
export interface FilledPart {
  /** The filled workbook. */
  workbook: Uint8Array;
  /** Its file name: the input's with -filled (or -values for values only). */
  workbookName: string;
  formulas: number;
  rules: number;
  /** The kept-value note and the others, one line each, as `fill` prints them. */
  notes: string[];
}

/** The second part: the check's misses and report.html, made from the same evaluation. */
export interface CheckedPart {
  /** report.html, as `plan-metrics demo` writes it for the sample county. */
  report: string;
  check: CheckReport;
}

/** What a fill gives the page: the workbook, report.html, the check's misses and the notes. */
export type FillOutcome = FilledPart & CheckedPart;

/**
 * A file name with a suffix before its extension. @example withSuffix('县.xlsx', '-filled'); // '县-filled.xlsx'
 */
export function withSuffix(name: string, suffix: string): string {
  const m = /^(.*?)(\.xls[xm])?$/i.exec(name)!;
  return `${m[1] || 'workbook'}${suffix}${m[2] ?? '.xlsx'}`;
}

/**
 * A fill in two steps, so the page can offer the workbook while the check and the report are
 * still being made: fills the bytes as `plan-metrics fill` does, and gives `finish`, which checks
 * the result as `check` does (on the same evaluation, not a second one) and makes report.html as
 * `demo` does.
 * @example
 * const { filled, finish } = fillInSteps(bytes, 'sample-county.xlsx');
 * filled.workbookName; // 'sample-county-filled.xlsx'
 * finish().check.misses.length; // as `plan-metrics check` lists them
 */
export function fillInSteps(bytes: Uint8Array, name: string, o: { valuesOnly?: boolean; plan?: string; progress?: Progress } = {}): { filled: FilledPart; finish: () => CheckedPart } {
  const r = fillBytes(bytes, { valuesOnly: o.valuesOnly, plan: o.plan, progress: o.progress });
  const filled: FilledPart = { workbook: r.output, workbookName: withSuffix(name, o.valuesOnly ? '-values' : '-filled'), formulas: r.formulas, rules: r.rules.length, notes: r.notes };
  const finish = (): CheckedPart => {
    o.progress?.(0.96, '检查 checking');
    const check = checkTables(r.tables, { plan: o.plan });
    const table = r.tables[0];
    const title = name.replace(/\.xls[xm]$/i, '');
    const report = reportHtml(summarizeCounty(table ? schoolRows(table) : []), { title, source: name });
    o.progress?.(1, '完成 done');
    return { report, check };
  };
  return { filled, finish };
}

/**
 * The whole fill at once (fillInSteps, both steps).
 * @example
 * const r = fillJob(bytes, 'sample-county.xlsx', { valuesOnly: false });
 * r.workbookName; // 'sample-county-filled.xlsx'
 */
export function fillJob(bytes: Uint8Array, name: string, o: { valuesOnly?: boolean; plan?: string; progress?: Progress } = {}): FillOutcome {
  const { filled, finish } = fillInSteps(bytes, name, o);
  return { ...filled, ...finish() };
}

/** What a collect gives the page. */
export interface CollectOutcome {
  /** The county workbook: 学校资源配置 and 校验. */
  workbook: Uint8Array;
  files: number;
  rows: number;
  findings: Finding[];
  /** Files passed over as `collect` passes them over in a folder (Excel's ~$ lock files, hidden files, not .xlsx/.xlsm). */
  skipped: string[];
}

// Which files are returns: collect's one rule (features/collect/return-file.ts), re-exported for the page.
export { isReturnFile };

/**
 * The 汇总 of school returns as `plan-metrics collect` makes it of a folder holding these files:
 * read in name order, merged, checked, written as the county workbook.
 * @example
 * (await collectJob([{ name: '一小.xlsx', bytes }])).rows; // 1
 */
export async function collectJob(files: readonly { name: string; bytes: Uint8Array }[], o: { plan?: string; progress?: Progress } = {}): Promise<CollectOutcome> {
  const kept = files.filter((f) => isReturnFile(f.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const skipped = files.filter((f) => !isReturnFile(f.name)).map((f) => f.name);
  const reads = kept.map((f, i) => {
    o.progress?.((0.9 * i) / Math.max(1, kept.length), `读取 reading ${f.name}`);
    return readReturn(f.bytes, f.name);
  });
  const result = mergeReturns(reads);
  o.progress?.(0.9, '写出 writing');
  const workbook = await writeTemplateXlsx(countySheets(result, { plan: o.plan }));
  o.progress?.(1, '完成 done');
  return { workbook: new Uint8Array(workbook), files: kept.length, rows: result.rows.length, findings: result.findings, skipped };
}

/**
 * A template as `plan-metrics template <name>` writes it.
 * @example
 * (await templateJob('plan-tracker', { lang: 'zh' })).sheets; // ['规划目标跟踪']
 */
export async function templateJob(name: string, o: { plan?: string; lang?: 'zh' | 'en' } = {}): Promise<{ workbook: Uint8Array; sheets: string[] }> {
  const sheets = buildTemplateSheets(name, { plan: o.plan || undefined, lang: o.lang ?? 'zh' });
  return { workbook: new Uint8Array(await writeTemplateXlsx(sheets)), sheets: sheets.map((s) => s.name) };
}
