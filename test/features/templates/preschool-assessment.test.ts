/**
 * The 学前教育普及普惠 self-assessment (教督〔2020〕1号): filled in by hand, computed headless, read
 * back. The standards are the 办法's as the catalog holds them (docs/design.md §4): 毛入园率 ≥ 85 %,
 * 普惠性幼儿园覆盖率 ≥ 80 %, 公办园在园幼儿占比 ≥ 50 %, 班额达标率 ≥ 85 %, 专任教师:幼儿 ≥ 1:15 (at most 15
 * children per teacher), 园长和专任教师持证上岗 100 %, 社会认可度 ≥ 85 %.
 */
import { buildPreschoolAssessmentParts } from '../../../src/features/templates/preschool-assessment';
import { buildTemplateSheets, listTemplates } from '../../../src/features/templates/index';
import { writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import type { AssessmentLayout } from '../../../src/features/templates/assessment';
import type { SheetSpec } from '../../../src/features/templates/types';
import { typeCell } from './fill';
import { loadIntoEngine, type LoadedWorkbook } from './xlsx-engine';

// In the sheet's order, part by part.
const ACCESS = [0.9, 0.82, 0.52]; // 毛入园率 90 % ≥ 85 %; 普惠覆盖 82 % ≥ 80 %; 公办占比 52 % ≥ 50 %
const GOVERNMENT = ['是', '是', '是', '是', '是', '是', '是', '是']; // 8 items without a number
const CARE = [
  '是', // 1 办园条件
  0.88, // 2 班额达标率 ≥ 85 %
  14, // 3 幼儿 per 专任教师 ≤ 15 (1:14)
  1, 1, // 4 园长持证, 专任教师持证 100 %
  '是', // 5 科学保教
];
const RECOGNITION = 0.86;

async function assess(change: (s: SheetSpec, l: AssessmentLayout) => void = () => undefined): Promise<{ spec: SheetSpec; layout: AssessmentLayout; wb: LoadedWorkbook; verdicts: unknown[] }> {
  const { spec, layout } = buildPreschoolAssessmentParts();
  [ACCESS, GOVERNMENT, CARE, [RECOGNITION]].forEach((values, part) => {
    const lines = layout.lines[part].flat();
    expect(lines).toHaveLength(values.length);
    lines.forEach((l, i) => typeCell(spec, l.value, values[i]));
  });
  change(spec, layout);
  const wb = await loadIntoEngine(await writeTemplateXlsx([spec]));
  return { spec, layout, wb, verdicts: [layout.overall, ...layout.parts].map((r) => wb.value(r)) };
}

describe('preschool-assessment', () => {
  test('is in the template list, one sheet', () => {
    expect(listTemplates().map((t) => t.name)).toContain('preschool-assessment');
    expect(buildTemplateSheets('preschool-assessment').map((s) => s.name)).toEqual(['普及普惠自评']);
  });

  test('every part met → 达到', async () => {
    const r = await assess();
    expect(r.verdicts).toEqual(['达到', '达到', '达到', '达到', '达到']);
    // The standards shown are the catalog's.
    expect(r.layout.lines[0].flat().map((l) => r.wb.value(l.threshold))).toEqual([0.85, 0.8, 0.5]);
    expect(r.wb.value(r.layout.lines[2][2][0].threshold)).toBe(15);
  });

  test('毛入园率 84 % < 85 % → 普及普惠水平 and the whole 未达到', async () => {
    const r = await assess((s, l) => typeCell(s, l.lines[0][0][0].value, 0.84));
    expect(r.verdicts).toEqual(['未达到', '未达到', '达到', '达到', '达到']);
  });

  test('16 children per teacher (1:16 is below 1:15) → 保教质量保障 未达到; 15 itself meets', async () => {
    const r = await assess((s, l) => typeCell(s, l.lines[2][2][0].value, 16));
    expect(r.verdicts).toEqual(['未达到', '达到', '达到', '未达到', '达到']);
    const edge = await assess((s, l) => typeCell(s, l.lines[2][2][0].value, 15));
    expect(edge.verdicts[3]).toBe('达到');
  });

  test('园长持证 98 % (not 100 %) → 未达到', async () => {
    const r = await assess((s, l) => typeCell(s, l.lines[2][3][0].value, 0.98));
    expect(r.wb.value(r.layout.lines[2][3][0].met)).toBe('否');
    expect(r.verdicts[3]).toBe('未达到');
  });

  test('a 政府保障情况 item answered 否 → that part and the whole 未达到', async () => {
    const r = await assess((s, l) => typeCell(s, l.lines[1][1][0].value, '否'));
    expect(r.verdicts).toEqual(['未达到', '达到', '未达到', '达到', '达到']);
  });

  test('社会认可度 blank → 待完成, nothing else changes', async () => {
    const r = await assess((s, l) => {
      s.cells = s.cells.map((c) => (c.ref === l.lines[3][0][0].value ? { ref: c.ref, style: c.style } : c));
    });
    expect(r.verdicts).toEqual(['待完成', '达到', '达到', '达到', '待完成']);
  });

  test('the clauses are the catalog\'s (教督〔2020〕1号)', async () => {
    const r = await assess();
    const doc = '《县域学前教育普及普惠督导评估办法》(教督〔2020〕1号)';
    expect(r.wb.value(r.layout.lines[0][0][0].clause)).toBe(`${doc} 第五条（一）普及普惠水平`);
    expect(r.wb.value(r.layout.lines[2][1][0].clause)).toBe(`${doc} 第五条（三）保教质量保障`);
    expect(r.wb.value(r.layout.lines[3][0][0].clause)).toBe(`${doc} 第五条（四）社会认可度`);
    // The item's wording is the catalog's quote; 园长和专任教师 said once for the two 持证 lines.
    const text = (l: { value: string }) => r.spec.cells.find((c) => c.ref === `B${l.value.slice(1)}`)?.value;
    expect(text(r.layout.lines[0][0][0])).toBe('学前三年毛入园率达到85%以上');
    expect(text(r.layout.lines[2][3][0])).toBe('园长和专任教师持证上岗率达到100%');
  });
});
