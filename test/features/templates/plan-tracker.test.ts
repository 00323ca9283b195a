/** The plan tracker: the plan's rows listed, EDU.TARGET / EDU.THRESHOLD evaluated, met and gap. */
import { catalog } from '../../../src/domain/catalog/index';
import { buildPlanTracker, TRACKER_COLS as C, TRACKER_ROWS } from '../../../src/features/templates/plan-tracker';
import { trackerLines } from '../../../src/features/templates/tracker-lines';
import { writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import { cellRef } from '../../../src/xlsx/refs';
import { typeRow } from './fill';
import { loadIntoEngine } from './xlsx-engine';
import { markedCells } from '../school-table/rule-eval';

const ref = (line: number, col: number) => cellRef(TRACKER_ROWS.firstData + line, col);

describe('plan-tracker, national', () => {
  const lines = trackerLines('national');
  const spec = buildPlanTracker({ plan: 'national', year: 2025 });
  const cell = (r: string) => spec.cells.find((c) => c.ref === r);

  test('one line per national standard (no baselines)', () => {
    expect(lines).toHaveLength(catalog.rows.filter((r) => r.plan === 'national' && r.kind !== 'baseline').length);
    expect(lines.every((l) => l.baseline === null)).toBe(true);
    expect(cell(ref(0, C.indicator))?.value).toBe('每百名学生拥有高于规定学历教师数');
    expect(cell(ref(0, C.stage))?.value).toBe('小学');
    expect(cell(ref(0, C.id))?.value).toBe('qualified_teachers_per100');
    expect(cell(ref(lines.length, C.indicator))).toBeUndefined();
  });

  test('formulas name indicators by id; a stage-dependent standard is EDU.THRESHOLD with its stage', () => {
    expect(cell(ref(0, C.yearTarget))?.formula).toBe('EDU.THRESHOLD("qualified_teachers_per100","小学","national")');
    expect(cell(ref(0, C.met))?.formula).toBe('IF(L5="","",IF(EDU.MEETS("qualified_teachers_per100",L5,"小学","national"),"是","否"))');
    expect(cell(ref(0, C.gap))?.formula).toBe('IF(L5="","",EDU.GAP("qualified_teachers_per100",L5,"小学","national"))');
    const met = lines.findIndex((l) => l.indicator.id === 'resource_indicators_met_min');
    expect(cell(ref(met, C.yearTarget))?.formula).toBe('EDU.TARGET("resource_indicators_met_min",$B$3,"national")');
  });

  test('evaluated: targets, met and gap from the typed current values', async () => {
    const s = buildPlanTracker({ plan: 'national', year: 2025 });
    const idx = (id: string, stage: string) => lines.findIndex((l) => l.indicator.id === id && l.stage === stage);
    const put = (line: number, v: number) => typeRow(s, TRACKER_ROWS.firstData + line, [v], C.current);
    put(idx('qualified_teachers_per100', 'junior'), 5);
    put(idx('class_size_max', 'primary'), 48);
    put(idx('academic_diff_rate', 'compulsory'), 0.15);
    put(idx('resource_indicators_met_min', 'compulsory'), 6);
    put(idx('consolidation_rate', 'junior'), 0.96);
    const wb = await loadIntoEngine(await writeTemplateXlsx(s));
    const v = (line: number, col: number) => wb.value(ref(line, col));
    const q = idx('qualified_teachers_per100', 'junior');
    expect([v(q, C.yearTarget), v(q, C.met)]).toEqual([5.3, '否']);
    expect(v(q, C.gap)).toBeCloseTo(0.3, 12);
    const cls = idx('class_size_max', 'primary');
    expect([v(cls, C.yearTarget), v(cls, C.met), v(cls, C.gap)]).toEqual([45, '否', 3]);
    const adr = idx('academic_diff_rate', 'compulsory');
    expect([v(adr, C.yearTarget), v(adr, C.met)]).toEqual([0.15, '否']); // 低于 is strict
    const rim = idx('resource_indicators_met_min', 'compulsory');
    expect([v(rim, C.yearTarget), v(rim, C.met), v(rim, C.gap)]).toEqual([6, '是', 0]);
    const cons = idx('consolidation_rate', 'junior');
    expect([v(cons, C.yearTarget), v(cons, C.met), v(cons, C.gap)]).toEqual([0.95, '是', 0]);
    // An untouched line shows its target and nothing else.
    expect([v(0, C.yearTarget), v(0, C.met), v(0, C.gap)]).toEqual([4.2, '', '']);
    // Every 本年目标 evaluates to a number (no #N/A, #VALUE! in the national tracker).
    for (let i = 0; i < lines.length; i++) expect(typeof v(i, C.yearTarget)).toBe('number');
    // The miss mark is on the current values judged 否.
    expect([...markedCells(s.conditionalFormats!, wb.hf)].sort()).toEqual([ref(adr, C.current), ref(cls, C.current), ref(q, C.current)].sort());
  });

  test('a scoped row EDU lookups do not select is listed with its catalog value and a remark', () => {
    const small = lines.findIndex((l) => l.indicator.id === 'standard_class_size' && l.scope === '小班');
    expect(lines[small].target).toBe('literal');
    expect(cell(ref(small, C.yearTarget))?.value).toBe(25);
    expect(cell(ref(small, C.met))?.formula).toBe(`IF(L${TRACKER_ROWS.firstData + small + 1}="","",IF(L${TRACKER_ROWS.firstData + small + 1}<=K${TRACKER_ROWS.firstData + small + 1},"是","否"))`);
    expect(String(cell(ref(small, C.remark))?.value)).toContain('小班');
  });
});

describe('plan-tracker, a plan with dated targets', () => {
  test('塔城地区: EDU.TARGET with the year cell; met and gap against the year\'s target', async () => {
    const lines = trackerLines('塔城地区');
    const i = lines.findIndex((l) => l.indicator.id === 'teacher_continuing_education_coverage');
    expect(lines[i].target).toBe('TARGET');
    const s = buildPlanTracker({ plan: '塔城地区', year: 2025 });
    typeRow(s, TRACKER_ROWS.firstData + i, [0.96], C.current);
    const wb = await loadIntoEngine(await writeTemplateXlsx(s));
    expect(s.cells.find((c) => c.ref === ref(i, C.yearTarget))?.formula).toBe('EDU.TARGET("teacher_continuing_education_coverage",$B$3,"tacheng")');
    expect(wb.value(ref(i, C.yearTarget))).toBe(1);
    expect(wb.value(ref(i, C.met))).toBe('否');
    expect(wb.value(ref(i, C.gap))).toBeCloseTo(0.04, 12);
    expect(wb.value('B3')).toBe(2025);
  });

  test('a year before the first target year is #N/A with the reason (EDU.TARGET)', async () => {
    const lines = trackerLines('东城区');
    const s = buildPlanTracker({ plan: 'dongcheng', year: 2024 });
    const wb = await loadIntoEngine(await writeTemplateXlsx(s));
    const v = wb.value(ref(0, C.yearTarget)) as { type: string; message: string };
    expect(lines[0].rows[0].year).toBe(2025);
    expect(v.type).toBe('NA');
    expect(v.message).toContain('2025');
  });

  test('baselines: the plan\'s latest baseline for the same indicator and stage (or all stages)', () => {
    const withBase = catalog.plans.flatMap((p) => trackerLines(p.id).map((l) => ({ p: p.id, l }))).filter((x) => x.l.baseline);
    expect(withBase.length).toBeGreaterThan(0);
    for (const { p, l } of withBase) {
      const b = l.baseline!;
      expect([b.kind, b.plan, b.indicator]).toEqual(['baseline', p, l.indicator.id]);
      expect([l.stage, 'all']).toContain(b.stage);
      const later = catalog.rows.filter((r) => r.plan === p && r.kind === 'baseline' && r.indicator === b.indicator && r.stage === b.stage && (r.year ?? 0) > (b.year ?? 0));
      expect(later).toEqual([]);
    }
  });

  test('every plan: every 本年目标 evaluates to a number', async () => {
    for (const p of catalog.plans) {
      const s = buildPlanTracker({ plan: p.id, year: 2035 });
      const n = trackerLines(p.id).length;
      if (n === 0) continue;
      const wb = await loadIntoEngine(await writeTemplateXlsx(s));
      for (let i = 0; i < n; i++) expect({ plan: p.id, line: i, v: typeof wb.value(ref(i, C.yearTarget)) }).toEqual({ plan: p.id, line: i, v: 'number' });
    }
  });

  test('English', () => {
    const s = buildPlanTracker({ lang: 'en', year: 2025 });
    expect(s.cells.find((c) => c.ref === ref(0, C.indicator))?.value).toBe('Teachers above the required qualification per 100 students');
    expect(s.cells.find((c) => c.ref === ref(0, C.yearTarget))?.formula).toBe('EDU.THRESHOLD("qualified_teachers_per100","primary","national")');
  });
});
