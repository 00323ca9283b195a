/**
 * The 优质均衡 self-assessment (教督〔2017〕6号), written with its school-resources sheet, filled in by
 * hand, computed headless (HyperFormula with the EDU plugin, and once through `fill`), read back.
 * Every verdict below follows from the 办法's thresholds (docs/design.md §4, seeds/national.yaml) and
 * the hand figures in the comments.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCountyAssessmentParts, type CountyAssessment } from '../../../src/features/templates/county-assessment';
import { SCHOOL_ROWS } from '../../../src/features/templates/school-resources';
import { writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import { buildTemplateSheets, listTemplates } from '../../../src/features/templates/index';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { typeCell, typeRow } from './fill';
import { loadIntoEngine, type LoadedWorkbook } from './xlsx-engine';

const ROWS = 6;
// 学校名称, 学段, 学生数, 高学历教师, 骨干, 体艺, 用房 m², 场馆 m², 仪器 元, 多媒体教室
type School = (string | number)[];
const A: School = ['城关一小', '小学', 500, 21, 5, 5, 2250, 4000, 1000000, 12]; // 4.2, 1, 1, 4.5, 8, 2000, 2.4 → 7 of 7 (小学 4.2/1/0.9/4.5/7.5/2000/2.3)
const B: School = ['城关二小', '小学', 400, 20, 4, 4, 2000, 3200, 1000000, 10]; // 5, 1, 1, 5, 8, 2500, 2.5 → 7 of 7
const C: School = ['城关中学', '初中', 800, 48, 8, 8, 4800, 8160, 2000000, 20]; // 6, 1, 1, 6, 10.2, 2500, 2.5 → 7 of 7 (初中 5.3/1/0.9/5.8/10.2/2500/2.4)
const D: School = ['河口中学', '初中', 1000, 55, 10, 10, 6000, 11000, 2600000, 25]; // 5.5, 1, 1, 6, 11, 2600, 2.5 → 7 of 7
// 二小 with 3 骨干 (0.75 < 1) and 8 多媒体教室 (2.0 < 2.3): 5 of 7 met → the school fails.
const B_FAILS: School = ['城关二小', '小学', 400, 20, 3, 4, 2000, 3200, 1000000, 8];
// 二小 with 4,000,000 元 of equipment (10000 per student, far above 2000): the school passes, but the
// 小学 仪器 coefficient is X̄ = (500·2000 + 400·10000)/900 = 5555.6, S = 8000·√(500·400)/900 = 3975.2,
// CV = 0.7155 > 0.50.
const B_RICH: School = ['城关二小', '小学', 400, 20, 4, 4, 2000, 3200, 4000000, 10];

// The county's figures for 政府保障程度 (23 lines over the 15 items), in the sheet's order, each
// against the 办法's standard.
const GOVERNMENT: (string | number)[] = [
  '是', // 1 规划布局
  '是', // 2 办学标准
  1.2, 100, 92, // 3 音乐美术教室 ≥ 1 per 12 classes; 音乐 ≥ 96 m²; 美术 ≥ 90 m²
  1800, 1950, 2400, 2500, // 4 校额 小学, 初中 ≤ 2000; 九年、十二年一贯制 ≤ 2500 (2500 itself is within)
  45, 48, // 5 班额 小学 ≤ 45 (45 is within), 初中 ≤ 50
  100, // 6 按100名学生核定 (≥ 100)
  6500, // 7 特教 ≥ 6000 元
  '是', // 8 教师工资
  1, // 9 360学时 100%
  '是', // 10 编制统筹
  0.12, 0.25, // 11 交流轮岗 ≥ 10%, 其中骨干 ≥ 20%
  1, // 12 持证 100%
  1, 0.96, // 13 就近入学 小学 100%, 初中 ≥ 95%
  0.55, // 14 名额分配 ≥ 50%
  0.9, // 15 随迁子女 ≥ 85%
];
// 教育质量 (10 lines over the 9 items).
const QUALITY: (string | number)[] = [
  0.97, // 1 巩固率 ≥ 95%
  0.96, // 2 残疾儿童入学率 ≥ 95%
  '是', // 3 章程与信息化
  0.06, // 4 培训经费 ≥ 5%
  '是', '是', '是', '是', // 5–8
  '是', 0.12, // 9 学业水平Ⅲ级以上; 校际差异率 < 0.15
];
const RECOGNITION = 0.9; // ≥ 85%

/** Builds the template, types the schools and the county's figures (with `change` applied), computes. */
async function assess(schools: School[], change: (p: CountyAssessment) => void = () => undefined): Promise<{ p: CountyAssessment; wb: LoadedWorkbook }> {
  const p = buildCountyAssessmentParts({ rows: ROWS });
  schools.forEach((s, i) => typeRow(p.schools, SCHOOL_ROWS.firstData + i, s));
  answer(p);
  change(p);
  return { p, wb: await loadIntoEngine(await writeTemplateXlsx([p.assessment, p.schools])) };
}

function answer(p: CountyAssessment): void {
  const lines = (part: number) => p.layout.lines[part].flat();
  expect(lines(1)).toHaveLength(GOVERNMENT.length);
  expect(lines(2)).toHaveLength(QUALITY.length);
  lines(1).forEach((l, i) => typeCell(p.assessment, l.value, GOVERNMENT[i]));
  lines(2).forEach((l, i) => typeCell(p.assessment, l.value, QUALITY[i]));
  typeCell(p.assessment, lines(3)[0].value, RECOGNITION);
}

/** The verdicts: overall, then the four parts. */
function verdicts({ p, wb }: { p: CountyAssessment; wb: LoadedWorkbook }): unknown[] {
  return [p.layout.overall, ...p.layout.parts].map((r) => wb.value(r));
}

/** The line whose measure cell reads `measure`. */
function line(p: CountyAssessment, measure: string) {
  const all = p.layout.lines.flat(2);
  const l = all.find((x) => p.assessment.cells.find((c) => c.ref === x.measure)?.value === measure);
  if (!l) throw new Error(`no line ${measure}`);
  return l;
}

// Student-weighted CV of two schools: X̄ = (P₁X₁+P₂X₂)/P, S = |X₁−X₂|·√(P₁P₂)/P, CV = S/X̄.
function cv2(x1: number, p1: number, x2: number, p2: number): number {
  const p = p1 + p2;
  return (Math.abs(x1 - x2) * Math.sqrt(p1 * p2) / p) / ((p1 * x1 + p2 * x2) / p);
}

describe('county-assessment', () => {
  test('is a template of two sheets: the assessment, then the school-resources sheet it reads', () => {
    expect(listTemplates().map((t) => t.name)).toContain('county-assessment');
    const sheets = buildTemplateSheets('county-assessment');
    expect(sheets.map((s) => s.name)).toEqual(['优质均衡自评', '学校资源配置']);
    // The pass rate (its value, and its 是/否 that waits for unjudged schools) and 7 × 2 coefficients.
    expect(sheets[0].cells.filter((c) => c.formula?.includes("'学校资源配置'!")).length).toBe(2 + 14);
  });

  test('every part met → 达到, and the county is recognised', async () => {
    const r = await assess([A, B, C, D]);
    expect(verdicts(r)).toEqual(['达到', '达到', '达到', '达到', '达到']);
    // The part summary at the top repeats each part's verdict.
    expect(r.wb.value('G4')).toBe('达到');
    // 资源配置: 4 of 4 schools pass → 100 %.
    const rate = r.p.layout.lines[0][0][0];
    expect(r.wb.value(rate.value)).toBe(1);
    expect(r.wb.value(rate.threshold)).toBe(1);
    // The coefficients are the school sheet's own, hand-computed: 小学 高学历教师 4.2 (500) vs 5 (400),
    // 初中 用房 6 (800) vs 6 (1000) → 0, 初中 仪器 2500 (800) vs 2600 (1000).
    const cv = r.p.layout.lines[0][1];
    expect(r.wb.value(cv[0].value)).toBeCloseTo(cv2(4.2, 500, 5, 400), 12); // 0.0873
    expect(r.wb.value(cv[7].value)).toBe(0);
    expect(r.wb.value(cv[11].value)).toBeCloseTo(cv2(2500, 800, 2600, 1000), 12); // 0.0195
    expect(r.wb.value(cv[0].threshold)).toBe(0.5);
    expect(r.wb.value(cv[1].threshold)).toBe(0.45);
    expect(r.wb.value(cv[0].met)).toBe('是');
  });

  test('one number of 政府保障程度 missed: 小学班额 46 > 45 → that part and the whole 未达到', async () => {
    const r = await assess([A, B, C, D], (p) => typeCell(p.assessment, line(p, '小学最大班额（人）').value, 46));
    expect(verdicts(r)).toEqual(['未达到', '达到', '未达到', '达到', '达到']);
    expect(r.wb.value(line(r.p, '小学最大班额（人）').met)).toBe('否');
  });

  test('a yes/no item answered 否 (教育质量 8 无过重课业负担) → 教育质量 and the whole 未达到; only 是 counts as met', async () => {
    const r = await assess([A, B, C, D], (p) => typeCell(p.assessment, p.layout.lines[2][7][0].value, '否'));
    expect(verdicts(r)).toEqual(['未达到', '达到', '达到', '未达到', '达到']);
    const other = await assess([A, B, C, D], (p) => typeCell(p.assessment, p.layout.lines[2][7][0].value, '基本做到'));
    expect(other.wb.value(other.p.layout.lines[2][7][0].met)).toBe('否');
  });

  test('社会认可度 84.9 % → 未达到; exactly 85 % meets (「85%以上」 includes 85 %)', async () => {
    const low = await assess([A, B, C, D], (p) => typeCell(p.assessment, p.layout.lines[3][0][0].value, 0.849));
    expect(verdicts(low)).toEqual(['未达到', '达到', '达到', '达到', '未达到']);
    const edge = await assess([A, B, C, D], (p) => typeCell(p.assessment, p.layout.lines[3][0][0].value, 0.85));
    expect(verdicts(edge)[0]).toBe('达到');
  });

  test('资源配置: one school meets 5 of 7 → pass rate 3/4 = 75 % → 资源配置 and the whole 未达到', async () => {
    const r = await assess([A, B_FAILS, C, D]);
    expect(r.wb.value(`S${SCHOOL_ROWS.firstData + 2}`, 1)).toBe('否'); // 城关二小 on the school sheet
    const rate = r.p.layout.lines[0][0][0];
    expect(r.wb.value(rate.value)).toBe(0.75);
    expect(r.wb.value(rate.met)).toBe('否');
    expect(verdicts(r)).toEqual(['未达到', '未达到', '达到', '达到', '达到']);
  });

  test('资源配置: a 小学 coefficient of 0.72 > 0.50 → 未达到, though every school passes', async () => {
    const r = await assess([A, B_RICH, C, D]);
    const cv = r.p.layout.lines[0][1][10]; // 仪器设备值, 小学
    expect(r.wb.value(cv.value)).toBeCloseTo(cv2(2000, 500, 10000, 400), 12); // 0.7155
    expect(r.wb.value(cv.met)).toBe('否');
    expect(r.wb.value(r.p.layout.lines[0][0][0].met)).toBe('是');
    expect(verdicts(r)).toEqual(['未达到', '未达到', '达到', '达到', '达到']);
  });

  test('nothing typed: every verdict 待完成, no error', async () => {
    const p = buildCountyAssessmentParts({ rows: 3 });
    const wb = await loadIntoEngine(await writeTemplateXlsx([p.assessment, p.schools]));
    expect([p.layout.overall, ...p.layout.parts].map((r) => wb.value(r))).toEqual(['待完成', '待完成', '待完成', '待完成', '待完成']);
  });

  test('a school the sheet cannot judge (九年一贯制 on one row) keeps 资源配置 待完成, not 达到', async () => {
    const r = await assess([A, B, C, D, ['新桥学校', '九年一贯制', 600, 30, 6, 6, 3000, 5000, 1500000, 14]]);
    const rate = r.p.layout.lines[0][0][0];
    expect(r.wb.value(rate.value)).toBe(1); // the 4 judged schools all pass …
    expect(r.wb.value(rate.met)).toBe(''); // … but one is not judged
    expect(verdicts(r).slice(0, 2)).toEqual(['待完成', '待完成']);
  });

  test('the clauses shown are the catalog\'s: 教督〔2017〕6号 and its item numbers', async () => {
    const r = await assess([A, B, C, D]);
    const doc = '《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)';
    expect(r.wb.value(line(r.p, '小学最大班额（人）').clause)).toBe(`${doc} 第五条（二）第5项`);
    expect(r.wb.value(r.p.layout.lines[1][10][1].clause)).toBe(`${doc} 第五条（二）第11项`); // 骨干 ≥ 20% of those rotated
    expect(r.wb.value(r.p.layout.lines[2][3][0].clause)).toBe(`${doc} 第五条（三）第4项`); // 培训经费 5%
    expect(r.wb.value(r.p.layout.lines[0][1][0].clause)).toBe(`${doc} 第五条（一）`);
    expect(r.wb.value(r.p.layout.lines[3][0][0].clause)).toBe(`${doc} 第五条（四）`);
    // A yes/no item cites its clause in the same words.
    expect(r.p.assessment.cells.find((c) => c.ref === r.p.layout.lines[1][0][0].clause)?.value).toBe(`${doc} 第五条（二）第1项`);
    // The item's text is the catalog's quote of the clause.
    const textOf = (ref: string) => r.p.assessment.cells.find((c) => c.ref === `B${ref.slice(1)}`)?.value;
    expect(textOf(line(r.p, '小学最大班额（人）').clause)).toBe('小学、初中所有班级学生数分别不超过45人、50人');
  });

  test('the parts are numbered as the 办法 numbers them: 15 政府保障程度 items, 9 教育质量 items', () => {
    const p = buildCountyAssessmentParts({ rows: 1 });
    const numbers = (part: number) => p.layout.lines[part].map((item) => p.assessment.cells.find((c) => c.ref === `A${item[0].value.slice(1)}`)?.value);
    expect(numbers(1)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    expect(numbers(2)).toEqual(Array.from({ length: 9 }, (_, i) => String(i + 1)));
  });

  test('the miss marks: the 否 lines and the 未达到 verdicts', async () => {
    const r = await assess([A, B_FAILS, C, D]);
    const rules = r.p.assessment.conditionalFormats!;
    expect(rules.every((x) => x.style === 'miss')).toBe(true);
    const rate = r.p.layout.lines[0][0][0];
    // The part-1 rule covers its 是/否 column; its formula tests the top cell.
    const part1 = rules.find((x) => x.range.startsWith(`${rate.met}:`))!;
    expect(part1.formula).toBe(`${rate.met}="否"`);
    expect(rules.some((x) => x.range === r.p.layout.parts[0] && x.formula === `${r.p.layout.parts[0]}="未达到"`)).toBe(true);
  });

  test('English: labels, verdicts and stage arguments in English', async () => {
    const p = buildCountyAssessmentParts({ rows: ROWS, lang: 'en' });
    expect(p.assessment.name).toBe('Balance assessment');
    expect(p.schools.name).toBe('School resources');
    [A, B, C, D].forEach((s, i) => typeRow(p.schools, SCHOOL_ROWS.firstData + i, [s[0], s[1] === '小学' ? 'primary' : 'junior', ...s.slice(2)]));
    const en = (v: string | number) => (v === '是' ? 'Yes' : v);
    p.layout.lines[1].flat().forEach((l, i) => typeCell(p.assessment, l.value, en(GOVERNMENT[i])));
    p.layout.lines[2].flat().forEach((l, i) => typeCell(p.assessment, l.value, en(QUALITY[i])));
    typeCell(p.assessment, p.layout.lines[3][0][0].value, RECOGNITION);
    const wb = await loadIntoEngine(await writeTemplateXlsx([p.assessment, p.schools]));
    expect([p.layout.overall, ...p.layout.parts].map((r) => wb.value(r))).toEqual(['Met', 'Met', 'Met', 'Met', 'Met']);
    expect(p.assessment.cells.find((c) => c.ref === p.layout.lines[1][4][0].threshold)?.formula).toBe('EDU.THRESHOLD("class_size_max","primary")');
  });

  test('fill computes it headless: the written workbook caches the verdicts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'county-assess-'));
    try {
      const p = buildCountyAssessmentParts({ rows: ROWS });
      [A, B_FAILS, C, D].forEach((s, i) => typeRow(p.schools, SCHOOL_ROWS.firstData + i, s));
      answer(p);
      const input = path.join(dir, 'in.xlsx');
      const out = path.join(dir, 'out.xlsx');
      fs.writeFileSync(input, await writeTemplateXlsx([p.assessment, p.schools]));
      fillWorkbook(input, { out });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('优质均衡自评')!;
      const result = (ref: string) => (ws.getCell(ref).value as { result?: unknown }).result;
      expect([p.layout.overall, ...p.layout.parts].map(result)).toEqual(['未达到', '未达到', '达到', '达到', '达到']);
      expect(result(p.layout.lines[0][0][0].value)).toBe(0.75);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
