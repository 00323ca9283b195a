/**
 * 起草「规划目标」 in the task pane: text pasted or a .docx / .txt picked (bytes, as the browser gives
 * them) goes through the same pure core as `plan-metrics extract`, and the drafted rows become a new
 * 「规划目标」 sheet of the workbook (a unique name if the workbook has one already: nothing is
 * overwritten). PDF stays on the command line (PDF.js is not bundled into the pane).
 */
import { extractRows } from '../../features/extract/extract';
import { docxText } from '../../features/extract/docx';
import { isExtractInputError } from '../../features/extract/errors';
import { planSheetSpec } from '../../features/extract/sheet-spec';
import { errorText, type Outcome } from './actions';
import { t, type Lang } from './i18n';
import type { ExcelIO } from './io';

/** What the user gave: pasted text, or a picked file. */
export interface ExtractInput { text?: string; file?: { name: string; bytes: Uint8Array } }

/** The plan's name as its title gives it (南雄市教育事业… → 南雄市), else ''. */
function placeInTitle(text: string): string {
  for (const line of text.split('\n').slice(0, 60)) {
    if (!/规划|方案|規劃/.test(line)) continue;
    const title = line.replace(/^.*《/, '').replace(/^.*[:：]\s*/, '').trim().replace(/^(?:关于印发|關于印發|关于|關于)/, '');
    const m = /^([\u4e00-\u9fa5]{1,6}?(?:自治县|地区|地區|县|縣|区|區|市|旗|州|盟))/.exec(title);
    if (m) return m[1];
  }
  return '';
}

/**
 * Drafts the rows and adds the 「规划目标」 sheet.
 * @example
 * await extractIntoWorkbook(io, { text: '某某县教育事业“十四五”发展规划\n到2025年，学前三年毛入园率达到95%以上。' }, 'zh');
 * // { ok: true, message: '已起草 1 行到「规划目标」（目标 1、基线 0、标准 0），均为「待确认」' }
 */
export async function extractIntoWorkbook(io: ExcelIO, input: ExtractInput, lang: Lang, plan?: string): Promise<Outcome> {
  try {
    const file = input.file;
    const text = file
      ? /\.docx$/i.test(file.name) ? docxText(file.bytes) : new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, '')
      : input.text ?? '';
    if (!text.trim()) return { ok: false, message: t(lang, 'extractNone') };
    const { rows } = extractRows(text);
    const source = file?.name ?? (lang === 'zh' ? '粘贴的文本' : 'pasted text');
    if (!rows.length) return { ok: false, message: t(lang, 'extractEmpty', source) };
    const name = plan?.trim() || placeInTitle(text) || (lang === 'zh' ? '本规划' : 'this plan');
    const added = await io.addSheet(planSheetSpec(name, source, rows));
    const n = (k: string) => rows.filter((r) => r.kind === k).length;
    return { ok: true, message: t(lang, 'extractDone', rows.length, added, n('target'), n('baseline'), n('standard')) };
  } catch (e) {
    // A file that is no Word document: the reader's own message, in the pane's language.
    if (isExtractInputError(e)) return { ok: false, message: lang === 'zh' ? e.zh : e.en };
    return { ok: false, message: errorText(e, lang) };
  }
}
