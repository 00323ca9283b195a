/** Composing and checking the formula the pane writes. */
import { catalog } from '../../../src/domain/catalog/index';
import { resolveIndicator } from '../../../src/domain/catalog/resolve';
import { callEdu } from '../../../src/domain/edu/table';
import { a1Check } from './helpers';
import { buildFormula, checkFormula, excelString, isCellRef, normalizeCellRef } from '../../../src/hosts/pane/formula';

test('the brief\'s example', () => {
  expect(buildFormula({ fn: 'MEETS', indicatorId: 'teaching_space_per_student', cell: 'F5', stage: 'primary' })).toBe('=EDU.MEETS("生均教学及辅助用房面积",F5,"小学")');
});

test('optional arguments: the national plan is the default and dropped; a plan without a stage leaves the stage empty', () => {
  const c = { indicatorId: 'consolidation_rate', cell: 'C3' } as const;
  expect(buildFormula({ ...c, fn: 'MEETS', plan: 'national' })).toBe('=EDU.MEETS("巩固率",C3)');
  expect(buildFormula({ ...c, fn: 'COMPLIANCE', plan: 'nanxiong' })).toBe('=EDU.COMPLIANCE("巩固率",C3,,"南雄市")');
  expect(buildFormula({ ...c, fn: 'GAP', stage: 'junior', plan: 'nanxiong' })).toBe('=EDU.GAP("巩固率",C3,"初中","南雄市")');
  expect(buildFormula({ ...c, fn: 'THRESHOLD', plan: 'nanxiong' })).toBe('=EDU.THRESHOLD("巩固率",,"南雄市")');
});

test('every indicator\'s name, as written into a formula, resolves back to it', () => {
  for (const ind of catalog.indicators) expect(resolveIndicator(ind.name).id).toBe(ind.id);
});

test('cell references: A1 with an optional sheet; quotes doubled in strings', () => {
  a1Check(isCellRef);
  expect(normalizeCellRef(' f5 ')).toBe('F5');
  expect(normalizeCellRef("'学校 数据'!$f$5")).toBe("'学校 数据'!$F$5");
  expect(excelString('a"b')).toBe('"a""b"');
});

test('a value cell from another sheet is qualified; from the same sheet it is not', () => {
  const c = { fn: 'MEETS' as const, indicatorId: 'teaching_space_per_student', cell: 'F5', stage: 'junior' as const, cellSheet: '学校 数据' };
  expect(buildFormula(c, '学校 数据')).toBe('=EDU.MEETS("生均教学及辅助用房面积",F5,"初中")');
  expect(buildFormula(c, 'Sheet1')).toBe('=EDU.MEETS("生均教学及辅助用房面积",\'学校 数据\'!F5,"初中")');
  expect(buildFormula({ ...c, cellSheet: '数据' }, 'Sheet1')).toBe('=EDU.MEETS("生均教学及辅助用房面积",数据!F5,"初中")');
});

test('check: the threshold that will apply, or the reason it cannot, in the pane\'s language', () => {
  expect(checkFormula({ fn: 'MEETS', indicatorId: 'teaching_space_per_student', cell: 'F5', stage: 'junior' }, 'zh')).toEqual({ ok: true, threshold: '≥ 5.8 m²/生' });
  // A percentage target shows as %, whatever 南雄市's figure is this year.
  const pct = callEdu('THRESHOLD', ['巩固率', null, '南雄市']) as number;
  expect(checkFormula({ fn: 'MEETS', indicatorId: 'consolidation_rate', cell: 'F5', plan: 'nanxiong' }, 'zh')).toEqual({ ok: true, threshold: `≥ ${Math.round(pct * 1000) / 10}%` });
  const noStage = checkFormula({ fn: 'MEETS', indicatorId: 'teaching_space_per_student', cell: 'F5' }, 'zh');
  expect(noStage.ok).toBe(false);
  expect(noStage.ok || noStage.message).toContain('请指定学段');
  const en = checkFormula({ fn: 'MEETS', indicatorId: 'teaching_space_per_student', cell: 'F5' }, 'en');
  expect(en.ok || en.message).toContain('give a stage');
  expect(checkFormula({ fn: 'MEETS', indicatorId: 'teaching_space_per_student', cell: 'F5:F9', stage: 'junior' }, 'zh')).toEqual({ ok: false, message: '「F5:F9」不是单元格地址（如 F5 或 Sheet1!F5）' });
  expect(checkFormula({ fn: 'THRESHOLD', indicatorId: 'teaching_space_per_student', stage: 'junior' }, 'zh').ok).toBe(true);
  expect(checkFormula({ fn: 'MEETS', indicatorId: '', cell: 'F5' }, 'zh')).toEqual({ ok: false, message: '请选择指标' });
});
