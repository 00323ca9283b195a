/**
 * `plan-metrics collect <files or folders…> --out county.xlsx [--json] [--force] [--previous last.xlsx]`:
 * the 汇总 of school returns, 教育事业统计 exports and county listings. Many files are read on a pool of worker threads (compiled lib/ only); a few, or a run
 * from sources (tests through ts-jest), stay on the main thread — the result is the same.
 */
import { isReturnFile, skippedName } from '../../features/collect/return-file';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { SingleBar, Presets } from 'cli-progress';
import { mergeReturns, readReturn, type CollectOptions } from '../../features/collect/index';
import { reviewFindings } from '../../features/collect/previous';
import { schoolsJson } from '../../features/collect/schools-json';
import { countySheets } from '../../features/collect/county-workbook';
import type { ReturnRead } from '../../features/collect/read-return';
import { writeAtomic, WriteRefused } from '../../xlsx/safe-write';
import type { CommandResult } from './eval';

// Below this many files a pool costs more to start than it saves.
const POOL_FROM = 8;

/**
 * The .xlsx/.xlsm files of the arguments: files as given, folders walked (not into Excel's ~$ lock files).
 * @example listInputs(['returns/']); // ['returns/一小.xlsx', 'returns/二中.xlsx']
 */
export function listInputs(args: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) {
        const q = path.join(p, e);
        if (skippedName(e)) continue;
        if (fs.statSync(q).isDirectory()) walk(q);
        else if (isReturnFile(e)) out.push(q);
      }
    } else out.push(p);
  };
  for (const a of args) {
    if (!fs.existsSync(a)) throw new WriteRefused(`找不到「${a}」`, `not found: ${a}`);
    walk(a);
  }
  return out;
}

/**
 * Reads the files, on worker threads when there are many and compiled workers exist.
 * @example await readAll(['a.xlsx'], { threads: 1 }); // [{ rows: [...], findings: [] }]
 */
export async function readAll(files: readonly string[], o: { threads?: number; progress?: (done: number) => void; onPool?: (threads: number) => void; options?: CollectOptions } = {}): Promise<ReturnRead[]> {
  const workerJs = path.join(__dirname, 'collect-worker.js');
  const threads = o.threads && o.threads >= 1 ? Math.floor(o.threads) : Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);
  const name = (f: string) => path.basename(f);
  if (files.length < POOL_FROM || threads <= 1 || !fs.existsSync(workerJs)) {
    return files.map((f, i) => {
      let bytes: Uint8Array;
      try {
        bytes = fs.readFileSync(f);
      } catch {
        bytes = new Uint8Array(0);
      }
      const r = readReturn(bytes, name(f), o.options ?? {});
      o.progress?.(i + 1);
      return r;
    });
  }
  o.onPool?.(Math.min(threads, files.length));
  const results: ReturnRead[] = new Array(files.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: Math.min(threads, files.length) }, () => new Promise<void>((resolve, reject) => {
      const w = new Worker(workerJs);
      const send = () => {
        if (next >= files.length) {
          void w.terminate().then(() => resolve());
          return;
        }
        const i = next++;
        w.postMessage({ i, path: files[i], name: name(files[i]), options: o.options ?? {} });
      };
      w.on('message', (m: { i: number; read: ReturnRead }) => {
        results[m.i] = m.read;
        o.progress?.(++done);
        send();
      });
      w.on('error', reject);
      send();
    })),
  );
  return results;
}

/**
 * Runs collect; exit 0 when nothing was found, 1 with findings.
 * @example
 * await runCollect(['returns/'], { out: 'county.xlsx', json: true }); // { stdout: '{"rows":48,"findings":[…]}', code: 1 }
 */
export async function runCollect(inputs: string[], o: { out: string; json?: boolean; force?: boolean; plan?: string; threads?: number; previous?: string; gymInSpace?: boolean; teachingPointMin?: number }): Promise<CommandResult> {
  const files = listInputs(inputs);
  if (o.previous !== undefined && !fs.existsSync(o.previous)) throw new WriteRefused(`找不到去年汇总表「${o.previous}」`, `previous county table not found: ${o.previous}`);
  if (o.teachingPointMin !== undefined && !(o.teachingPointMin >= 0)) throw new WriteRefused('--teaching-point-min 应为非负数', '--teaching-point-min must be a number ≥ 0');
  const options: CollectOptions = { gymInSpace: o.gymInSpace, teachingPointMin: o.teachingPointMin };
  if (files.length === 0) throw new WriteRefused('没有找到 .xlsx/.xlsm 文件', 'no .xlsx/.xlsm files found');
  const outAbs = path.resolve(o.out);
  if (files.some((f) => path.resolve(f) === outAbs)) throw new WriteRefused(`输出文件不能是输入文件之一：${o.out}`, 'the output is one of the inputs');
  if (fs.existsSync(o.out) && !o.force) throw new WriteRefused(`文件已存在：${o.out}（用 --force 覆盖）`, 'file exists (use --force)');
  const bar = process.stderr.isTTY ? new SingleBar({ format: '{bar} {value}/{total} 汇总 collect', stream: process.stderr }, Presets.shades_classic) : undefined;
  bar?.start(files.length, 0);
  let pool = 0;
  const reads = await readAll(files, { threads: o.threads, progress: (d) => bar?.update(d), onPool: (n) => (pool = n), options });
  bar?.stop();
  const result = mergeReturns(reads, options);
  // Last year's county table is one of our own tables: read as a return, compared row by row.
  let review: ReturnType<typeof reviewFindings> | undefined;
  if (o.previous !== undefined) {
    const prev = readReturn(fs.readFileSync(o.previous), path.basename(o.previous));
    if (prev.rows.length === 0) throw new WriteRefused(`去年汇总表「${o.previous}」中没有学校行`, `no school rows in the previous county table: ${o.previous}`);
    review = reviewFindings(result.rows, prev.rows, o.plan);
  }
  const { writeTemplateXlsx } = require('../../features/templates/xlsx-writer') as typeof import('../../features/templates/xlsx-writer');
  writeAtomic(o.out, await writeTemplateXlsx(countySheets(result, { plan: o.plan, review })), { force: o.force });
  // A split or a merge is a note of what collect did, not a problem: exit 1 only for problems.
  const problems = result.findings.filter((f) => !f.info);
  const code = problems.length ? 1 : 0;
  if (o.json) return { stdout: JSON.stringify({ files: files.length, threads: pool || 1, rows: result.rows.length, out: o.out, findings: result.findings, schools: schoolsJson(result), ...(review ? { review } : {}) }), code };
  const lines = [`汇总 ${files.length} 个文件、${result.rows.length} 所学校，校验发现 ${problems.length} 处问题，写出 ${o.out} / collected ${result.rows.length} schools from ${files.length} files, ${problems.length} findings`];
  if (review) lines.push(`与去年相比有 ${review.length} 处需核查，见「核查」工作表 / ${review.length} items to review against last year`);
  for (const f of result.findings) lines.push(`${f.file}\t${f.sheet}\t${f.row ?? ''}\t${f.school}\t${f.message}`);
  return { stdout: lines.join('\n'), code };
}
