/**
 * A workbook far past HyperFormula's default 40,000 rows: 100,000 schools, each with a formula,
 * filled and read back.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';

test('100,000 rows', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'large-'));
  try {
    const input = path.join(dir, 'large.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: input });
    const ws = wb.addWorksheet('schools');
    ws.addRow(['学校', '学段', '学生数', '教学及辅助用房面积', '生均教学及辅助用房面积']).commit();
    const N = 100_000;
    for (let i = 0; i < N; i++) {
      const r = i + 2;
      const students = 100 + (i % 1900);
      ws.addRow([`school ${i}`, i % 2 ? '小学' : '初中', students, students * (4 + (i % 5) / 2), { formula: `EDU.PERSTUDENT(D${r},C${r})` }]).commit();
    }
    ws.commit();
    await wb.commit();
    const r = fillWorkbook(input, { out: path.join(dir, 'out.xlsx') });
    expect(r.formulas).toBe(N);
    const back = readWorkbook(openXlsx(fs.readFileSync(path.join(dir, 'out.xlsx'))));
    const cells = back.sheets[0].cells;
    const last = cells.find((c) => c.ref === `E${N + 1}`)!;
    // school N-1: students 100 + (99999 % 1900) = 1799, space per student 4 + (99999 % 5)/2 = 6
    expect(last.value).toBeCloseTo(6, 12);
    expect(r.rules.map((x) => x.range)).toContain(`E2:E${N + 1}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
