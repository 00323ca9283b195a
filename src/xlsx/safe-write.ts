/**
 * Writing an output file so that a reader only ever sees nothing or the whole file: the bytes go to
 * a temporary file in the same folder (same file system, so the rename is atomic), are flushed to
 * disk, and only then renamed into place. The input is never the output; an existing output is
 * refused unless the caller forces it. Leftover temporary files of a killed run are swept.
 */
import * as fs from 'fs';
import * as path from 'path';
import { bilingual, type Bilingual } from '../domain/core/message';

const TEMP_MARK = '.plan-metrics-tmp-';

/** Why a write was refused: a one-line message in Chinese then English. */
export class WriteRefused extends Error implements Bilingual {
  constructor(readonly zh: string, readonly en: string) {
    super(bilingual({ zh, en }));
    this.name = 'WriteRefused';
  }
}

/**
 * Writes `data` to `out` atomically.
 * @example
 * writeAtomic('out/filled.xlsx', bytes, { input: 'county.xlsx', force: false });
 */
export function writeAtomic(out: string, data: Uint8Array | string, opts: { input?: string; force?: boolean } = {}): void {
  const target = path.resolve(out);
  if (opts.input && sameFile(path.resolve(opts.input), target)) {
    throw new WriteRefused('输出文件不能是输入文件', 'the output must not be the input file');
  }
  if (fs.existsSync(target) && !opts.force) {
    throw new WriteRefused(`输出文件已存在：${out}（加 --force 覆盖）`, `${out} exists (use --force to overwrite)`);
  }
  const dir = path.dirname(target);
  const tmp = path.join(dir, `${TEMP_MARK}${process.pid}-${Date.now()}-${path.basename(target)}`);
  let fd: number | null = null;
  try {
    fs.mkdirSync(dir, { recursive: true });
    sweepTemps(dir, path.basename(target));
    fd = fs.openSync(tmp, 'wx', 0o644);
    // writeFileSync on an fd loops until every byte is written: a bare writeSync returns a short count
    // (no error) when the disk fills, and a truncated file would be renamed into place.
    fs.writeFileSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // The folder itself is unusable; nothing was written there.
    }
    if (e instanceof WriteRefused) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new WriteRefused(`磁盘空间不足，未写入 ${out}`, `no space left on the disk; ${out} was not written`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new WriteRefused(`没有写入权限：${out}`, `no permission to write ${out}`);
    throw new WriteRefused(`无法写入 ${out}：${code ?? (e as Error).message}`, `cannot write ${out}: ${code ?? (e as Error).message}`);
  }
}

/** Removes temporary files a killed earlier run left for the same output. */
function sweepTemps(dir: string, base: string): void {
  for (const f of fs.readdirSync(dir)) {
    if (f.startsWith(TEMP_MARK) && f.endsWith(`-${base}`)) {
      const pid = Number(f.slice(TEMP_MARK.length).split('-')[0]);
      // Leave a temp of a run that is still going; remove the rest.
      if (!Number.isInteger(pid) || !alive(pid)) fs.rmSync(path.join(dir, f), { force: true });
    }
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

