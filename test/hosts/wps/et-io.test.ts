/**
 * The pane's actions over the WPS ET object model (src/hosts/wps/et-io.ts), against a fake
 * `Application` that records what was written (fake-et.ts). The same actions, forms and table as
 * the Office.js tests (test/hosts/pane/actions.test.ts): the rules and formulas written must be the
 * same ones — thresholds from the catalog (生均教学及辅助用房面积 小学 4.5 / 初中 5.8 m², 生均体育
 * 运动场馆面积 7.5 / 10.2 m², 骨干教师 1 per 100) — only the host calls differ.
 */
import { FakeEt } from './fake-et';
import { etIO, bgr } from '../../../src/hosts/wps/et-io';
import { clearHighlights, highlightMisses, insertFormula, insertTemplate } from '../../../src/hosts/pane/actions';
import { buildTemplate, buildTemplateSheets } from '../../../src/features/templates/index';
import { TABLE, MERGES } from '../school-table';

let et: FakeEt;
beforeEach(() => {
  et = new FakeEt(['学校']);
  et.setValues('学校', 'B2', TABLE);
  et.sheet('学校').merges.push(...MERGES);
});

test('bgr is VBA RGB(): #FFC7CE → 255 + 199·256 + 206·65536', () => {
  expect(bgr('#FFC7CE')).toBe(255 + 199 * 256 + 206 * 65536);
  expect(bgr('#0000FF')).toBe(255 * 65536);
});

test('插入公式 writes the EDU formula into the active cell through Range.Formula', async () => {
  et.selection = 'H5';
  const out = await insertFormula(etIO(et.application()), { fn: 'MEETS', indicatorId: 'teaching_space_per_student', cell: 'E5', stage: 'primary' }, 'zh');
  expect(out).toEqual({ ok: true, message: '已将 =EDU.MEETS("生均教学及辅助用房面积",E5,"小学") 写入 学校!H5' });
  expect(et.writes).toEqual([['学校!H5', 'Formula', '=EDU.MEETS("生均教学及辅助用房面积",E5,"小学")']]);
});

test('标出未达标 adds one expression rule per indicator column with the miss colours; 清除 removes exactly those', async () => {
  const io = etIO(et.application());
  const out = await highlightMisses(io, { plan: 'national', scope: 'used' }, 'zh');
  expect(out.message).toBe('已添加 3 条条件格式：');
  const cfs = et.sheet('学校').cfs;
  expect(cfs.map((c) => c.range)).toEqual(['E5:E8', 'F5:F8', 'G5:G8']);
  expect(cfs.every((c) => c.type === 2 && c.formula.startsWith('=AND(N("PM:misses#wps")=0,'))).toBe(true); // xlExpression, marked
  expect(cfs[0].formula).toContain('--TRIM(E5)<4.5');
  expect(cfs[0].formula).toContain('E5)<5.8');
  expect(cfs[0].formula).toContain('TRIM($C5)');
  expect(cfs[1].formula).toContain('F5)<7.5');
  expect(cfs[1].formula).toContain('F5)<10.2');
  expect(cfs[2].formula).toContain('G5)<1');
  expect(cfs.every((c) => c.fill === bgr('#FFC7CE') && c.font === bgr('#9C0006'))).toBe(true);
  // A rule of the user's own on the same range stays.
  et.sheet('学校').cfs.push({ range: 'E5:E8', type: 2, formula: '=E5>100' });
  // A new session (a fresh etIO, nothing remembered) still finds the pane's rules by their marker.
  expect(await clearHighlights(etIO(et.application()), 'zh')).toEqual({ ok: true, message: '已清除 3 条条件格式' });
  expect(et.sheet('学校').cfs.filter((c) => !c.deleted).map((c) => c.formula)).toEqual(['=E5>100']);
});

// place-forecast has 18 spilled EDU.RATES/COHORT/… blocks, written as array formulas over their ranges.
test.each(['school-resources', 'place-forecast'])('插入模板 %s adds a sheet with every value and formula, its merges, widths and spills', async (name) => {
  const spec = buildTemplate(name, { plan: 'nanxiong' });
  const out = await insertTemplate(etIO(et.application()), name, 'zh', 'nanxiong');
  expect(out).toEqual({ ok: true, message: `已添加工作表「${spec.name}」` });
  const s = et.sheet(spec.name);
  for (const c of spec.cells.filter((x) => x.value !== undefined || x.formula !== undefined)) {
    const got = s.cells.get(c.ref)!;
    const want = c.formula !== undefined ? `=${c.formula}` : typeof c.value === 'string' && /^[=+\-@0-9]/.test(c.value) ? `'${c.value}` : c.value;
    expect([c.ref, got.formula ?? got.value]).toEqual([c.ref, want]);
  }
  expect(s.merges).toEqual(spec.merges);
  expect(s.arrays.map(([r]) => r)).toEqual((spec.spills ?? []).map((x) => x.range));
  expect(s.widths).toEqual(Object.fromEntries(Object.entries(spec.columnWidths).map(([c, w]) => [`${c}:${c}`, w])));
  expect(et.sheets[et.active].name).toBe(spec.name);
});

test('插入模板 county-assessment adds both sheets in WPS too, the assessment active and reading the school sheet', async () => {
  const out = await insertTemplate(etIO(et.application()), 'county-assessment', 'zh');
  expect(out).toEqual({ ok: true, message: '已添加工作表「优质均衡自评」「学校资源配置」' });
  const [assessment, schools] = buildTemplateSheets('county-assessment');
  for (const spec of [assessment, schools]) {
    const s = et.sheet(spec.name);
    const formulas = spec.cells.filter((c) => c.formula !== undefined);
    expect(formulas.map((c) => s.cells.get(c.ref)?.formula)).toEqual(formulas.map((c) => `=${c.formula}`));
  }
  expect([...et.sheet('优质均衡自评').cells.values()].filter((c) => String(c.formula ?? '').includes("'学校资源配置'!")).length).toBe(16);
  expect(et.sheets[et.active].name).toBe('优质均衡自评');
});
