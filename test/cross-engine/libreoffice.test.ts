/**
 * Cross-engine: LibreOffice recalculates a workbook of built-in formulas, and its values equal
 * `fill`'s to 1e-9. The input's cached values are deliberately wrong (999), which proves that
 * LibreOffice really recalculated rather than kept them.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fillWorkbook } from '../../src/features/fill/fill';
import { openXlsx } from '../../src/xlsx/open';
import { readWorkbook } from '../../src/xlsx/read';
import { recalcWithLibreOffice, soffice } from './libreoffice';

const haveLO = soffice() !== null;
if (!haveLO && process.env.CI) throw new Error('CI must install libreoffice-calc-nogui (see .ci/run)');

(haveLO ? describe : describe.skip)('LibreOffice agrees with fill', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('per-school indicators, met flags and the weighted 差异系数 as built-in formulas', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('schools');
    ws.addRow(['name', 'stage', 'students', 'teachers', 'space', 'per100', 'perStudent', 'met', 'wx']);
    const n = 40;
    for (let i = 0; i < n; i++) {
      const r = i + 2;
      const students = 150 + ((i * 137) % 1700);
      ws.getRow(r).values = [`school ${i}`, i % 3 ? '小学' : '初中', students, Math.round(students * (0.03 + (i % 7) / 300)), Math.round(students * (3.5 + (i % 9) / 4))];
      const f = (formula: string) => ({ formula, result: 999 }) as ExcelJS.CellFormulaValue;
      ws.getCell(`F${r}`).value = f(`D${r}/C${r}*100`);
      ws.getCell(`G${r}`).value = f(`E${r}/C${r}`);
      ws.getCell(`H${r}`).value = f(`IF(B${r}="小学",IF(G${r}>=4.5,1,0),IF(G${r}>=5.8,1,0))`);
      ws.getCell(`I${r}`).value = f(`C${r}*G${r}`);
    }
    const last = n + 1;
    const f = (formula: string) => ({ formula, result: 999 }) as ExcelJS.CellFormulaValue;
    ws.getCell('K2').value = f(`SUMPRODUCT(C2:C${last},G2:G${last})/SUM(C2:C${last})`); // weighted mean
    ws.getCell('K3').value = f(`SQRT(SUMPRODUCT(C2:C${last},(G2:G${last}-K2)^2)/SUM(C2:C${last}))/K2`); // 差异系数
    ws.getCell('K4').value = f(`COUNTIF(H2:H${last},1)/COUNT(H2:H${last})`);
    ws.getCell('K5').value = f(`ROUND(AVERAGE(F2:F${last}),6)+STDEV(F2:F${last})`);
    ws.getCell('K6').value = f(`SUMIF(B2:B${last},"初中",C2:C${last})`);
    const input = path.join(dir, 'built-in.xlsx');
    fs.writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));

    const ours = fillWorkbook(input, { out: path.join(dir, 'filled.xlsx') }).evaluation.values.get('schools')!;
    const loFile = recalcWithLibreOffice(input, path.join(dir, 'lo'), path.join(dir, 'profile'));
    const lo = new Map(readWorkbook(openXlsx(fs.readFileSync(loFile))).sheets[0].cells.map((c) => [c.ref, c.value]));

    let compared = 0;
    for (const [ref, v] of ours) {
      const w = lo.get(ref);
      expect(typeof v).toBe('number');
      expect(w).not.toBe(999); // LibreOffice recalculated
      expect({ ref, diff: Math.abs((v as number) - (w as number)) <= 1e-9 * Math.max(1, Math.abs(v as number)) }).toEqual({ ref, diff: true });
      compared++;
    }
    expect(compared).toBe(4 * n + 5);
  }, 180_000);
});
