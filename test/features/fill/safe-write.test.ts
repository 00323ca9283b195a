import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeAtomic, WriteRefused } from '../../../src/xlsx/safe-write';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('writes the whole file and leaves no temporary file', () => {
  const out = path.join(dir, 'a.xlsx');
  writeAtomic(out, Buffer.from('hello'));
  expect(fs.readFileSync(out, 'utf8')).toBe('hello');
  expect(fs.readdirSync(dir)).toEqual(['a.xlsx']);
});

test('refuses an existing output unless forced, and leaves it untouched', () => {
  const out = path.join(dir, 'a.xlsx');
  fs.writeFileSync(out, 'old');
  expect(() => writeAtomic(out, 'new')).toThrow(WriteRefused);
  expect(() => writeAtomic(out, 'new')).toThrow(/^输出文件已存在.*--force.* \/ .*exists/);
  expect(fs.readFileSync(out, 'utf8')).toBe('old');
  writeAtomic(out, 'new', { force: true });
  expect(fs.readFileSync(out, 'utf8')).toBe('new');
});

test('never writes over the input, even with --force', () => {
  const input = path.join(dir, 'in.xlsx');
  fs.writeFileSync(input, 'input');
  expect(() => writeAtomic(input, 'x', { input, force: true })).toThrow(/输出文件不能是输入文件/);
  expect(fs.readFileSync(input, 'utf8')).toBe('input');
});

test('sweeps the temporary file a killed run left behind', () => {
  const stale = path.join(dir, '.plan-metrics-tmp-999999-1-a.xlsx');
  fs.writeFileSync(stale, 'half');
  writeAtomic(path.join(dir, 'a.xlsx'), 'ok');
  expect(fs.existsSync(stale)).toBe(false);
});

test('a write error is reported in one line, Chinese then English', () => {
  const ro = path.join(dir, 'ro');
  fs.mkdirSync(ro);
  fs.chmodSync(ro, 0o500);
  const asRoot = process.getuid?.() === 0;
  try {
    if (asRoot) {
      // root ignores permissions; a path under a regular file fails instead.
      fs.writeFileSync(path.join(dir, 'file'), '');
      expect(() => writeAtomic(path.join(dir, 'file', 'x.xlsx'), 'x')).toThrow(/^(无法写入|没有写入权限).* \/ /);
    } else {
      expect(() => writeAtomic(path.join(ro, 'x.xlsx'), 'x')).toThrow(/^没有写入权限.* \/ no permission/);
    }
  } finally {
    fs.chmodSync(ro, 0o700);
  }
});
