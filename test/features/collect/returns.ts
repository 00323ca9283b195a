/**
 * The school returns of test/features/collect/collect.test.ts, shared with the web page's test
 * (test/browser/web.test.ts), which must get from them the county table and findings `collect` gets:
 * 30 plausible schools in every header form (own-made 简/繁 with title rows and a merged group row,
 * our template in zh and en), a 一贯制 school's two rows, a gap row, and the planted mistakes —
 * students not a number (学校03), 骨干 > 专任 (学校05), 学校10 sent twice, an unreadable file and an
 * Excel lock file.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { RAW_HEADERS } from '../../../src/features/collect/columns';
import { buildSchoolResources, SCHOOL_ROWS } from '../../../src/features/templates/school-resources';
import { writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import { typeRow } from '../templates/fill';

type Fig = number | string;
export interface School { name: string; stage: string; students: Fig; raw: Fig[]; fullTime: number }

// 30 plausible schools: figures are simple multiples of the students, so every per-100 value is
// 2–8 and every per-student value near the standards (well inside src/features/collect/ranges).
export function school(i: number): School {
  const students = 300 + 37 * i;
  const s = Math.round(students / 100);
  return { name: `学校${String(i).padStart(2, '0')}`, stage: i % 2 ? '初中' : '小学', students, raw: [6 * s, 2 * s, 3 * s, 5 * students, 9 * students, 2600 * students, 3 * s], fullTime: 8 * s };
}

const HANT = ['學校名稱', '學段', '學生數', ...RAW_HEADERS.map((h) => h[1]), '專任教師數'];
const HANS = ['学校名称', '学段', '学生数', ...RAW_HEADERS.map((h) => h[0]), '专任教师数'];
const line = (s: School): Fig[] => [s.name, s.stage, s.students, ...s.raw, s.fullTime];

// An own-made return (exceljs): headers in `headers`, `above` title rows, optionally a merged group row.
async function ownReturn(file: string, schools: (School | null)[], headers: string[], above: number, merged: boolean) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('学校报表');
  for (let r = 1; r <= above; r++) ws.getCell(r, 1).value = r === 1 ? '某某学校基础数据表' : '填报日期：2026年9月';
  let h = above + 1;
  if (merged) {
    ws.getCell(h, 1).value = '学校';
    ws.mergeCells(h, 1, h, 3);
    ws.getCell(h, 4).value = '原始数据';
    ws.mergeCells(h, 4, h, 10);
    h++;
  }
  headers.forEach((t, c) => (ws.getCell(h, c + 1).value = t));
  schools.forEach((s, k) => s && line(s).forEach((v, c) => (ws.getCell(h + 1 + k, c + 1).value = v)));
  await wb.xlsx.writeFile(file);
}

// A return on our own template (zh or en).
async function templateReturn(file: string, s: School, lang: 'zh' | 'en') {
  const spec = buildSchoolResources({ rows: 1, lang });
  typeRow(spec, SCHOOL_ROWS.firstData, [s.name, s.stage, s.students, ...s.raw]);
  fs.writeFileSync(file, await writeTemplateXlsx(spec));
}

/**
 * Writes the returns into the folder `returns` (created); the expected rows keyed by file name.
 * @example const byFile = await writeSampleReturns('/tmp/x/returns'); // 34 files, 35 rows expected
 */
export async function writeSampleReturns(returns: string): Promise<Map<string, School[]>> {
  const byFile = new Map<string, School[]>();
    fs.mkdirSync(returns);
    for (let i = 0; i < 30; i++) {
      const s = school(i);
      if (i === 3) s.students = 'abc'; // planted: students not a number
      if (i === 5) s.raw[1] = s.fullTime + 2; // planted: 骨干 12 > 专任 10 (i=5: 485 students, s=5, 专任 40 → 42 > 40)
      if (i === 11) s.students = String(s.students); // a number typed as text: accepted, no finding
      const f = `${s.name}.xlsx`;
      byFile.set(f, [s]);
      const p = path.join(returns, f);
      const kind = i % 5;
      if (kind === 0) await ownReturn(p, [s], HANS, 0, false);
      else if (kind === 1) await ownReturn(p, [s], HANT, 2, false);
      else if (kind === 2) await templateReturn(p, s, 'en');
      else if (kind === 3) await ownReturn(p, [s], HANS, 1, true);
      else await templateReturn(p, s, 'zh');
    }
    // A 一贯制 school as its 小学部 and 初中部 rows: two county rows.
    const y1 = { ...school(40), name: '城南九年一贯制学校', stage: '小学部' };
    const y2 = { ...school(41), name: '城南九年一贯制学校', stage: '初中部' };
    byFile.set('城南九年一贯制学校.xlsx', [y1, y2]);
    await ownReturn(path.join(returns, '城南九年一贯制学校.xlsx'), [y1, y2], HANS, 0, false);
    // A gap row inside a table: the school under it is collected all the same.
    const g1 = school(42);
    const g2 = { ...school(43), name: '隔行学校乙' };
    g1.name = '隔行学校甲';
    byFile.set('隔行.xlsx', [g1, g2]);
    await ownReturn(path.join(returns, '隔行.xlsx'), [g1, null, g2], HANS, 0, false);
    // Planted: 学校10 sent twice (a second file with the same school).
    const dup = school(10);
    byFile.set('学校10-重报.xlsx', [dup]);
    await ownReturn(path.join(returns, '学校10-重报.xlsx'), [dup], HANS, 0, false);
    // Planted: an unreadable file; and an Excel lock file, which is no return and is not read at all.
    fs.writeFileSync(path.join(returns, 'broken.xlsx'), Buffer.from('not a zip, random bytes 1234567890'));
    fs.writeFileSync(path.join(returns, '~$学校00.xlsx'), Buffer.from('lock'));
  return byFile;
}
