/**
 * The `plan-metrics` command. Exit codes: 0 success, 1 an error value or a miss (eval, check),
 * 2 bad usage or an unreadable file. Every failure prints one line in Chinese then English —
 * never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { isMetricError } from '../../domain/core/errors';
import type { CommandResult } from './eval';
import { isWorkbookError } from '../../xlsx/errors';
import { WriteRefused } from '../../xlsx/safe-write';
import { isExtractInputError } from '../../features/extract/errors';

// Each command loads its own modules when it runs: HyperFormula (eval) and exceljs (template, demo)
// take half a second to load, which `fill` and `check` of a large workbook need not pay.
const catalogCmd = () => require('./catalog-cmd') as typeof import('./catalog-cmd');
const evalCmd = () => require('./eval') as typeof import('./eval');
const collectCmd = () => require('./collect-cmd') as typeof import('./collect-cmd');
const workbookCmds = () => require('./workbook-cmds') as typeof import('./workbook-cmds');
const extractCmd = () => require('./extract-cmd') as typeof import('./extract-cmd');

// A user's own plan and province profile (docs/own-plan.md): --catalog may be given more than once.
const CATALOG_OPTION = [
  '--catalog <file>',
  '用户自己的规划（含「规划目标」工作表的 .xlsx，或种子格式的 .yaml），可多次给出 / your own plan (.xlsx with a 规划目标 sheet, or seed-format .yaml); repeatable',
  (v: string, prev: string[] = []) => [...prev, v],
] as const;
const PROFILE_OPTION = ['--profile <name>', '适用的省级标准（规划目标中的规划名）/ the province profile to apply (a plan among your plan targets)'] as const;

/** Where a command writes; tests pass their own. */
export interface Io { out: (s: string) => void; err: (s: string) => void }

const defaultIo: Io = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

/**
 * Runs the CLI on `argv` (without `node` and the script) and resolves to the exit code.
 * @example
 * await main(['eval', '=EDU.PER100(21,500)']); // prints 4.2, resolves 0
 */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  const finish = (r: CommandResult) => {
    if (r.stdout) io.out(r.stdout);
    code = r.code;
  };
  const program = new Command('plan-metrics')
    .description('规划指标：教育规划指标计算、填表与核查 / Plan Metrics: education plan indicators, headless')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  program
    .command('eval')
    .description('计算一个公式 / evaluate one formula')
    .argument('<formula>', '公式，如 =EDU.SHORTFALL(5000,3800,6)')
    .option('--json', '输出 JSON / print JSON')
    .option('--workbook <file>', '在此工作簿中计算 / evaluate against this workbook (.xlsx)')
    .option('--sheet <name>', '公式所在工作表（默认第一个）/ the sheet the formula is on (default: the first)')
    .option(...CATALOG_OPTION)
    .option(...PROFILE_OPTION)
    .action((formula: string, o: { json?: boolean; workbook?: string; sheet?: string; catalog?: string[]; profile?: string }) => finish(evalCmd().runEval(formula, o)));

  program
    .command('catalog')
    .description('查看指标目录 / list the indicator catalog')
    .option('--plan <plan>', '规划 / plan (national, yuquan, 南雄市 …)')
    .option('--stage <stage>', '学段 / stage')
    .option('--search <text>', '搜索 / search (简/繁/English)')
    .option('--json', '输出 JSON / print JSON')
    .option(...CATALOG_OPTION)
    .action((o: { plan?: string; stage?: string; search?: string; json?: boolean; catalog?: string[] }) => finish(catalogCmd().runCatalog(o)));

  program
    .command('template')
    .description('写出模板工作簿 / write a template workbook')
    .argument('<name>', 'school-resources | place-planning | plan-tracker | place-forecast | county-assessment | preschool-assessment | improvement-plan')
    .option('--plan <plan>', '规划 / plan')
    .option('--lang <lang>', 'zh | en', 'zh')
    .requiredOption('--out <file>', '输出文件 / output .xlsx')
    .option('--force', '覆盖已有文件 / overwrite')
    .option(...CATALOG_OPTION)
    .action(async (name: string, o: { plan?: string; lang?: string; out: string; force?: boolean; catalog?: string[] }) => finish(await workbookCmds().runTemplate(name, o)));

  program
    .command('fill')
    .description('计算工作簿并写出副本 / compute a workbook into a copy')
    .argument('<in>', '输入 .xlsx / input')
    .requiredOption('--out <file>', '输出 .xlsx / output')
    .option('--values-only', '只写数值，不保留公式 / plain values, no formulas')
    .option('--force', '覆盖已有文件 / overwrite')
    .option('--plan <plan>', '标记未达标所用规划 / plan for the highlight rules')
    .option('--json', '输出 JSON（含保留 Excel 值的单元格）/ print JSON, with the cells that keep Excel\'s value')
    .option(...CATALOG_OPTION)
    .option(...PROFILE_OPTION)
    .action((input: string, o: { out: string; valuesOnly?: boolean; force?: boolean; plan?: string; json?: boolean; catalog?: string[]; profile?: string }) => finish(workbookCmds().runFill(input, o)));

  program
    .command('check')
    .description('列出未达标的单元格 / list cells that miss their threshold')
    .argument('<file>', '.xlsx')
    .option('--plan <plan>', '规划 / plan')
    .option('--json', '输出 JSON / print JSON')
    .option(...CATALOG_OPTION)
    .option(...PROFILE_OPTION)
    .action((input: string, o: { plan?: string; json?: boolean; catalog?: string[]; profile?: string }) => finish(workbookCmds().runCheck(input, o)));

  program
    .command('collect')
    .description('汇总学校报表（含教育事业统计导出）并逻辑校验 / merge school returns (and statistics exports) into one county table, with logic checks')
    .argument('<inputs...>', '学校报表、统计报表导出或过录表 .xlsx，或文件夹 / school returns, statistics exports or county listings, or folders')
    .requiredOption('--out <file>', '输出县级汇总表 .xlsx / the county workbook')
    .option('--plan <plan>', '规划 / plan')
    .option('--json', '输出 JSON / print JSON')
    .option('--force', '覆盖已有文件 / overwrite')
    .option('--threads <n>', '读取线程数（默认 CPU 数 - 1）/ reader threads (default: CPUs - 1)', (v) => Number(v))
    .option('--previous <file>', '去年的县级汇总表，生成「核查」工作表 / last year\'s county table: adds the 核查 sheet')
    .option('--gym-in-space', '体育馆面积也计入教学及辅助用房（默认只计入场馆）/ count the gym in teaching space too (default: only in sports area)')
    .option('--teaching-point-min <n>', '少于该学生数的教学点不计入（省定口径）/ leave out teaching points under n students', (v) => Number(v))
    .action(async (inputs: string[], o: { out: string; json?: boolean; force?: boolean; plan?: string; threads?: number; previous?: string; gymInSpace?: boolean; teachingPointMin?: number }) => finish(await collectCmd().runCollect(inputs, o)));

  program
    .command('extract')
    .description('从规划文档起草「规划目标」表（待确认）/ draft the 规划目标 rows from a plan document (to confirm)')
    .argument('<document>', '规划文档 .txt / .docx / .pdf')
    .option('--plan <name>', '规划名称（默认取标题中的县区名）/ plan name (default: the place in the title)')
    .option('--out <file>', '输出 .xlsx / output .xlsx')
    .option('--json', '输出 JSON / print JSON')
    .option('--force', '覆盖已有文件 / overwrite')
    .action(async (input: string, o: { plan?: string; out?: string; json?: boolean; force?: boolean }) => finish(await extractCmd().runExtract(input, o)));

  program
    .command('demo')
    .description('用内置示例县数据演示 / fill the bundled sample county into out/')
    .option('--out <dir>', '输出目录 / output folder', 'out')
    .action((o: { out?: string }) => finish(workbookCmds().runDemoCmd(o)));

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit 0; a usage error is 2.
      return e.exitCode === 0 ? 0 : 2;
    }
    // A file that cannot be read or written, an unknown plan or template: one line, exit 2.
    if (isMetricError(e) || isWorkbookError(e) || e instanceof WriteRefused || isExtractInputError(e)) {
      io.err((e as Error).message.split('\n')[0]);
      return 2;
    }
    io.err(`出错了 / failed: ${(e as Error)?.message ?? e}`);
    return 2;
  }
  return code;
}
