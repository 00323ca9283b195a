/**
 * `plan-metrics extract <plan.txt|.docx|.pdf> [--plan NAME] --out 规划目标.xlsx [--json] [--force]`:
 * drafts the rows of a 「规划目标」 sheet from a plan document. The input is only read; the output
 * is written atomically (safe-write) and never over the input.
 */
import * as fs from 'fs';
import * as path from 'path';
import { writeAtomic } from '../../xlsx/safe-write';
import { ExtractInputError } from '../../features/extract/errors';
import type { CommandResult } from './eval';

// exceljs and PDF.js take a while to load: only when this command runs.
const core = () => require('../../features/extract/extract') as typeof import('../../features/extract/extract');
const sheet = () => require('../../features/extract/sheet') as typeof import('../../features/extract/sheet');
const docx = () => require('../../features/extract/docx') as typeof import('../../features/extract/docx');
const pdf = () => require('../../features/extract/pdf') as typeof import('../../features/extract/pdf');

/**
 * The text of a plan document by its kind: .txt (UTF-8, or GB18030 as Chinese Windows saves it),
 * .docx, .pdf.
 * @example
 * await documentText('南雄市规划.txt'); // '南雄市教育事业“十四五”发展规划\n…'
 */
export async function documentText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ExtractInputError(`找不到文件：${file}`, `no such file: ${file}`);
    if (code === 'EISDIR') throw new ExtractInputError(`这是文件夹，不是文件：${file}`, `${file} is a folder, not a file`);
    throw new ExtractInputError(`无法读取 ${file}`, `cannot read ${file} (${code})`);
  }
  if (bytes.length === 0) throw new ExtractInputError(`文件是空的：${file}`, `the file is empty: ${file}`);
  const ext = path.extname(file).toLowerCase();
  const magic = bytes.subarray(0, 5).toString('latin1');
  if (ext === '.pdf' || magic === '%PDF-') return pdf().pdfText(bytes);
  if (ext === '.docx' || magic.startsWith('PK')) {
    if (ext === '.xlsx') throw new ExtractInputError('这是 Excel 工作簿，不是规划文档（请给 .txt、.docx 或 .pdf）', 'this is an Excel workbook, not a plan document (give a .txt, .docx or .pdf)');
    return docx().docxText(bytes);
  }
  if (ext === '.doc' || magic.startsWith('\xD0\xCF\x11\xE0')) {
    throw new ExtractInputError('不支持旧版 .doc，请在 Word/WPS 中另存为 .docx', 'the old .doc format is not read; save it as .docx in Word or WPS');
  }
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  // Mostly U+FFFD: not UTF-8. Chinese Windows saves .txt as GB18030 (GBK).
  if ((utf8.match(/\uFFFD/g)?.length ?? 0) > utf8.length / 50) return new TextDecoder('gb18030').decode(bytes);
  return utf8;
}

/** The plan's name as its title gives it (南雄市教育事业… → 南雄市), else the file's name. */
function planNameOf(text: string, file: string): string {
  // 「名称: 南雄市教育事业…」, 「…关于印发《玉泉区教育事业…》的通知」, 「關于印發塔城地區推動…」:
  // the first title-like line near the top that starts with a place.
  for (const line of text.split('\n').slice(0, 60)) {
    if (!/规划|方案|規劃/.test(line)) continue;
    const title = line.replace(/^.*《/, '').replace(/^.*[:：]\s*/, '').trim().replace(/^(?:关于印发|關于印發|关于|關于)/, '');
    const m = /^([\u4e00-\u9fa5]{1,6}?(?:自治县|地区|地區|县|縣|区|區|市|旗|州|盟))/.exec(title);
    if (m) return m[1];
  }
  return path.basename(file, path.extname(file));
}

/**
 * Runs `extract`.
 * @example
 * await runExtract('南雄市规划.txt', { out: '规划目标.xlsx' }); // { stdout: '已起草 97 行 … / drafted 97 rows …', code: 0 }
 */
export async function runExtract(file: string, o: { plan?: string; out?: string; json?: boolean; force?: boolean }): Promise<CommandResult> {
  if (!o.out && !o.json) throw new ExtractInputError('请用 --out 指定输出的 .xlsx，或用 --json 打印', 'give --out for the .xlsx to write, or --json to print');
  if (o.out && !/\.xlsx$/i.test(o.out)) throw new ExtractInputError(`输出文件须为 .xlsx：${o.out}`, `the output must be an .xlsx file: ${o.out}`);
  const text = await documentText(file);
  const { rows } = core().extractRows(text);
  const plan = o.plan?.trim() || planNameOf(text, file);
  if (o.out) writeAtomic(o.out, await sheet().planSheetXlsx(plan, path.basename(file), rows), { input: file, force: o.force });
  if (o.json) {
    const out = rows.map((r) => ({
      indicator: r.indicator, stage: r.stage, year: r.year, value: r.value, direction: r.direction, unit: r.unit, kind: r.kind,
      quote: r.quote, yearSource: r.yearSource,
    }));
    return { stdout: JSON.stringify({ plan, rows: out }), code: 0 };
  }
  const targets = rows.filter((r) => r.kind === 'target').length;
  const baselines = rows.filter((r) => r.kind === 'baseline').length;
  return {
    stdout: `已起草 ${rows.length} 行（目标 ${targets}、基线 ${baselines}、标准 ${rows.length - targets - baselines}），均为「待确认」，写出 ${o.out}（工作表「规划目标」，规划：${plan}）`
      + ` / drafted ${rows.length} rows (${targets} targets, ${baselines} baselines, ${rows.length - targets - baselines} standards), all 待确认 (to confirm), wrote ${o.out} (sheet 规划目标, plan ${plan})`,
    code: 0,
  };
}
