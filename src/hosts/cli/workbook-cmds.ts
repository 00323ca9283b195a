/**
 * The workbook commands of plan-metrics: template, fill, check, demo.
 */
import * as fs from 'fs';
import { SingleBar, Presets } from 'cli-progress';
import { writeAtomic } from '../../xlsx/safe-write';
import { fillWorkbook } from '../../features/fill/fill';
import { checkWorkbook } from '../../features/fill/check';

// Templates and the demo write new workbooks with exceljs, half a second to load: only when asked.
const templates = () => require('../../features/templates/index') as typeof import('../../features/templates/index');
const xlsxWriter = () => require('../../features/templates/xlsx-writer') as typeof import('../../features/templates/xlsx-writer');
const demo = () => require('./demo') as typeof import('./demo');
const ownPlan = () => require('../../features/own-plan/tracker') as typeof import('../../features/own-plan/tracker');
const verdict = () => require('../../features/verdict/verdict') as typeof import('../../features/verdict/verdict');
import type { CommandResult } from './eval';

/**
 * `plan-metrics template <name> [--plan P] [--lang zh|en] --out file.xlsx [--force]`
 * @example
 * await runTemplate('plan-tracker', { plan: '南雄市', out: 'tracker.xlsx' }); // { stdout: '已写出 wrote tracker.xlsx（规划目标跟踪）', code: 0 }
 */
export async function runTemplate(name: string, o: { plan?: string; lang?: string; out: string; force?: boolean; catalog?: string[] }): Promise<CommandResult> {
  const lang = o.lang === 'en' ? 'en' : 'zh';
  // A user's plan: --catalog FILE, or --plan naming the file itself (docs/own-plan.md).
  const sheets = o.catalog?.length || /\.(xlsx|ya?ml)$/i.test(o.plan ?? '')
    ? ownPlan().userPlanTemplate(name, { plan: o.plan, lang, catalog: o.catalog })
    : templates().buildTemplateSheets(name, { plan: o.plan, lang });
  writeAtomic(o.out, await xlsxWriter().writeTemplateXlsx(sheets), { force: o.force });
  return { stdout: `已写出 wrote ${o.out}（${sheets.map((s) => s.name).join('、')}）`, code: 0 };
}

// A bar only where a person watches a long run: a terminal, and a workbook of some size.
function progressBar(input: string): ((f: number, stage: string) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let size = 0;
  try {
    size = fs.statSync(input).size;
  } catch {
    return undefined;
  }
  if (size < 2 * 1024 * 1024) return undefined;
  const bar = new SingleBar({ format: '{bar} {percentage}% {stage}', stream: process.stderr }, Presets.shades_classic);
  bar.start(100, 0, { stage: '' });
  return (f, stage) => {
    bar.update(Math.round(f * 100), { stage });
    if (f >= 1) bar.stop();
  };
}

/**
 * `plan-metrics fill <in.xlsx> --out <out.xlsx> [--values-only] [--force] [--plan P]`
 * @example
 * runFill('county.xlsx', { out: 'county-filled.xlsx' }).code; // 0
 */
export function runFill(input: string, o: { out: string; valuesOnly?: boolean; force?: boolean; plan?: string; json?: boolean; catalog?: string[]; profile?: string }): CommandResult {
  const r = fillWorkbook(input, { out: o.out, valuesOnly: o.valuesOnly, force: o.force, plan: o.plan, catalog: o.catalog, profile: o.profile, progress: o.json ? undefined : progressBar(input) });
  if (o.json) {
    const kept = r.evaluation.kept.map((k) => ({ sheet: k.sheet, cell: k.ref, why: k.why, errorWritten: k.written }));
    return { stdout: JSON.stringify({ computed: r.formulas, rules: r.rules.length, out: o.out, kept, notes: r.notes }), code: 0 };
  }
  const done = `已计算 ${r.formulas} 个公式，添加 ${r.rules.length} 条未达标标记规则，写出 ${o.out} / computed ${r.formulas} formulas, added ${r.rules.length} highlight rules, wrote ${o.out}`;
  return { stdout: [done, ...r.notes].join('\n'), code: 0 };
}

const STAGE_ZH: Record<string, string> = { primary: '小学', junior: '初中', senior: '高中', preschool: '幼儿园', nine_year: '九年一贯制', twelve_year: '十二年一贯制' };

/**
 * `plan-metrics check <file.xlsx> [--plan P] [--json]`: exit 0 when nothing misses, 1 when something does.
 * @example
 * runCheck('county.xlsx', { json: true }).stdout; // '{"checked":396,"misses":[…]}'
 */
export function runCheck(input: string, o: { plan?: string; json?: boolean; catalog?: string[]; profile?: string }): CommandResult {
  const r = checkWorkbook(input, { plan: o.plan, catalog: o.catalog, profile: o.profile });
  // A bad row of the user's plan is something to fix, as a miss is.
  const code = r.misses.length || r.findings.length ? 1 : 0;
  if (o.json) return { stdout: JSON.stringify({ checked: r.checked, misses: r.misses, ...(r.findings.length ? { findings: r.findings } : {}) }), code };
  const lines = [`检查 ${r.checked} 个单元格，未达标 ${r.misses.length} 个 / checked ${r.checked} cells, ${r.misses.length} miss`];
  for (const f of r.findings) lines.push(`${f.zh} / ${f.en}`);
  for (const m of r.misses) lines.push(`${m.sheet}!${m.cell}\t${m.indicator}\t${m.stage ? STAGE_ZH[m.stage] ?? m.stage : ''}\t${m.value}\t标准 ${m.threshold}${m.storedAsText !== undefined ? `\t（文本形式的数字「${m.storedAsText}」/ stored as text）` : ''}`);
  for (const t of r.textNumbers) lines.push(`${t.sheet}!${t.cell}\t「${t.text}」是文本形式的数字，已按数字检查，请转换为数字 / a number stored as text, checked as a number; convert it`);
  return { stdout: lines.join('\n'), code };
}

/**
 * `plan-metrics demo [--out DIR]`
 * @example
 * runDemoCmd({ out: 'out' }).code; // 0, with out/sample-county-filled.xlsx and out/report.html
 */
export function runDemoCmd(o: { out?: string }): CommandResult {
  const r = demo().runDemo(o.out ?? 'out');
  const s = r.summary;
  return {
    stdout: [
      `示例县：${s.schools} 所学校（小学 ${s.byStage.primary.schools}，初中 ${s.byStage.junior.schools}）`,
      `  资源配置达标：小学 ${s.byStage.primary.passed}/${s.byStage.primary.schools}，初中 ${s.byStage.junior.passed}/${s.byStage.junior.schools}`,
      `  ${verdict().verdictHeadline(s.verdict, 'zh')}；未达标清单 ${s.followUp.byIndicator.length} 项，涉及 ${s.followUp.bySchool.length} 所学校（见 report.html）`,
      `  已计算 ${r.formulas} 个公式，${r.rules} 条未达标标记规则`,
      `  ${r.workbook}`,
      `  ${r.report}`,
    ].join('\n'),
    code: 0,
  };
}
