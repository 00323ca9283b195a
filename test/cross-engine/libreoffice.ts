/**
 * Driving LibreOffice headless for the cross-engine test and the benchmark: a throwaway profile that
 * forces recalculation on load (LibreOffice's default for Excel files is to trust the cached
 * values), then a conversion to .xlsx whose cached values are LibreOffice's own results.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The soffice binary, or null where LibreOffice is not installed. */
export function soffice(): string | null {
  for (const p of ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice']) if (fs.existsSync(p)) return p;
  return null;
}

const XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Recalculates `input` in LibreOffice and writes the result as .xlsx into `outDir`; returns its path.
 * @example
 * const out = recalcWithLibreOffice('bench/work/built-in-1000.xlsx', '/tmp/lo-out', '/tmp/lo-profile');
 */
export function recalcWithLibreOffice(input: string, outDir: string, profileDir: string): string {
  const r = convertRun([input], outDir, profileDir, 600_000);
  const out = path.join(outDir, path.basename(input).replace(/\.[^.]+$/, '') + '.xlsx');
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`soffice failed (${r.status}): ${r.stderr || r.stdout}`);
  return out;
}

/**
 * Recalculates many files in one LibreOffice run (starting soffice costs seconds each time);
 * the copies land in `outDir` under their own names. Files LibreOffice cannot open are missing.
 * @example
 * recalcManyWithLibreOffice(['a.xlsx', 'b.xlsx'], '/tmp/lo-out', '/tmp/lo-profile');
 */
export function recalcManyWithLibreOffice(inputs: string[], outDir: string, profileDir: string): void {
  const r = convertRun(inputs, outDir, profileDir, 900_000);
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr || r.stdout}`);
}

/**
 * Converts many files in one LibreOffice run without throwing: the corpus runner wants to know
 * which files LibreOffice could not open (their copies are missing) rather than stop. Returns
 * soffice's exit status, or null when it was stopped after `timeoutMs`.
 * @example
 * convertManyWithLibreOffice(['a.xlsx', 'b.xlsx'], '/tmp/lo-out', '/tmp/lo-profile', 300_000); // 0
 */
export function convertManyWithLibreOffice(inputs: string[], outDir: string, profileDir: string, timeoutMs: number): number | null {
  return convertRun(inputs, outDir, profileDir, timeoutMs).status;
}

/** One soffice run converting `inputs` to .xlsx in `outDir`, with the recalculate-on-load profile; killed after `timeoutMs`. */
function convertRun(inputs: string[], outDir: string, profileDir: string, timeoutMs: number) {
  const bin = soffice();
  if (!bin) throw new Error('LibreOffice (soffice) is not installed');
  fs.mkdirSync(path.join(profileDir, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profileDir, 'user', 'registrymodifications.xcu'), XCU);
  fs.mkdirSync(outDir, { recursive: true });
  return spawnSync(bin, [`-env:UserInstallation=file://${path.resolve(profileDir)}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, ...inputs], {
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
}
