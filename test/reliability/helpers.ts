/**
 * Shared by the reliability tests: running the real `plan-metrics` process (bin/ over lib/, what
 * `npx plan-metrics` runs), hashing files, and a large school table generated as XML.
 */
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/plan-metrics.js');
/** The CLI runs from lib/ (`npm test` compiles it first, in pretest). */
export const BUILT = fs.existsSync(path.join(ROOT, 'lib/src/hosts/cli/main.js'));
/** A heap cap for the child: a reader that allocated what a dimension claims would die under it. */
export const NODE_ARGS = ['--max-old-space-size=384'];

export function cli(args: string[], opts: { timeout?: number; cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...NODE_ARGS, BIN, ...args], { encoding: 'utf8', timeout: opts.timeout ?? 20_000, cwd: opts.cwd ?? ROOT, killSignal: 'SIGKILL' });
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * The process ended by itself (no timeout, no signal), and stderr is either empty (exit 0 and 1)
 * or, for exit 2, exactly one line: Chinese, then " / ", then English — never a stack trace.
 */
export function expectCleanExit(r: SpawnSyncReturns<string>): void {
  expect(r.error).toBeUndefined(); // ETIMEDOUT when it hung
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(/^\s+at\s/m);
  expect(r.stderr).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError)\b|Error: /);
  if (r.status === 2) expectOneLine(r.stderr);
  else expect(r.stderr).toBe('');
}

export function expectOneLine(stderr: string): void {
  const lines = stderr.replace(/\n$/, '').split('\n');
  expect(lines).toHaveLength(1);
  const i = lines[0].indexOf(' / ');
  expect(i).toBeGreaterThan(0);
  expect(lines[0].slice(0, i)).toMatch(/[\u4e00-\u9fff]/);
  expect(lines[0].slice(i + 3)).toMatch(/[a-z]{3}/);
  expect(lines[0].slice(i + 3)).not.toMatch(/[\u4e00-\u9fff]/);
}

/** Temporary files of safe-write left in `dir`. */
export function temps(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.startsWith('.plan-metrics-tmp-'));
}

/**
 * A school table of `rows` schools, written straight as XML (exceljs would take long): header row,
 * then 学校名称 / 学段 / 学生数 / 教学及辅助用房面积 / 生均 (EDU.PERSTUDENT, a cached value) / 仪器设备值.
 */
export function bigSchoolTable(rows: number): Uint8Array {
  const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const is = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const parts = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL}"><dimension ref="A1:F${rows + 1}"/><sheetData>`,
    `<row r="1">${is('A1', '学校名称')}${is('B1', '学段')}${is('C1', '学生数')}${is('D1', '教学及辅助用房面积')}${is('E1', '生均教学及辅助用房面积')}${is('F1', '生均教学仪器设备值')}</row>`,
  ];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const students = 100 + (i % 1900);
    const area = students * (4 + (i % 5) / 2);
    parts.push(
      `<row r="${r}">${is(`A${r}`, `第${i + 1}学校`)}${is(`B${r}`, i % 2 ? '小学' : '初中')}<c r="C${r}"><v>${students}</v></c><c r="D${r}"><v>${area}</v></c>` +
        `<c r="E${r}"><f>EDU.PERSTUDENT(D${r},C${r})</f></c><c r="F${r}"><v>${1500 + ((i * 37) % 1500)}</v></c></row>`,
    );
  }
  parts.push('</sheetData></worksheet>');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="学校资源" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(parts.join('')),
  };
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2024, 8, 1)) });
}
