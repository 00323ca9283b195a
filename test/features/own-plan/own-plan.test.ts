/**
 * A county's own plan in the workbook (issue 30): the 「规划目标」 sheet for 某某县 (made in
 * ./plan-workbook.ts) read into a layer over the bundled catalog; EDU.TARGET / MEETS / GAP give its
 * values through fill, eval --workbook and eval --catalog; its bad rows are findings with sheet and
 * row. Expected values are hand-computed in plan-workbook.ts from the rows typed there.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { checkWorkbook } from '../../../src/features/fill/check';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';
import { evaluateWorkbook } from '../../../src/engine/evaluate';
import { withCatalogLayer } from '../../../src/domain/catalog/layer';
import { resolvePlan } from '../../../src/domain/catalog/resolve';
import { readPlanSheet } from '../../../src/domain/catalog/user-plan';
import { readDirection } from '../../../src/domain/catalog/direction-words';
import { INDICATOR, INDICATORS, TARGET } from '../../../src/domain/edu/catalog-fns';
import { COMPLIANCE } from '../../../src/domain/edu/thresholds';
import { layerOfWorkbook, readPlanYaml, userLayer } from '../../../src/features/own-plan/load';
import { runMain } from '../../hosts/cli/run-main';
import { FORMULAS, planWorkbook } from './plan-workbook';

let dir: string;
let planFile: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'own-plan-'));
  planFile = path.join(dir, 'plan.xlsx');
  fs.writeFileSync(planFile, await planWorkbook());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// What every surface does: the workbook's own sheet layered over the catalog for its evaluation.
const valuesOf = (file: string) => {
  const wb = readWorkbook(openXlsx(fs.readFileSync(file)));
  const ev = withCatalogLayer(userLayer(wb), () => evaluateWorkbook(wb));
  return FORMULAS.map((_, i) => ev.values.get('评估')?.get(`A${i + 1}`));
};
const expected = FORMULAS.map(([, v]) => v);

describe('the 「规划目标」 sheet read into catalog rows', () => {
  test('names resolve to the bundled indicator (简/繁/alias); an unknown name is the user\'s own', () => {
    const wb = readWorkbook(openXlsx(fs.readFileSync(planFile)));
    const layer = layerOfWorkbook(wb)!;
    expect(layer.plans.map((p) => [p.name, p.user])).toEqual([['某某县', true]]);
    // 學前三年毛入園率 (繁) on row 4 is the bundled indicator, with its unit '%' and name carried over
    const r4 = layer.rows.find((r) => r.year === 2025 && r.indicator === 'preschool_gross_enrollment_rate')!;
    expect([r4.value, r4.unit, r4.direction, r4.name]).toEqual([0.92, '%', '>=', '学前三年毛入园率']);
    expect(layer.rows.find((r) => r.indicator === 'consolidation_rate')!.value).toBe(0.97);
    expect(layer.indicators.map((i) => i.name)).toEqual(['乡村学校图书更新率']);
    expect(layer.rows.find((r) => r.kind === 'baseline')!.value).toBe(0.88);
  });

  test('bad rows are findings with sheet and row, Chinese then English — never a silent skip', () => {
    const layer = layerOfWorkbook(readWorkbook(openXlsx(fs.readFileSync(planFile))))!;
    expect(layer.findings.map((f) => [f.sheet, f.row])).toEqual([['规划目标', 7], ['规划目标', 8], ['规划目标', 9]]);
    expect(layer.findings[0].zh).toBe('「规划目标」第7行：数值「九成」不是数字');
    expect(layer.findings[0].en).toBe('sheet "规划目标" row 7: value "九成" is not a number');
    expect(layer.findings[1].zh).toMatch(/^「规划目标」第8行：方向「大约」无法识别/);
    expect(layer.findings[2].zh).toMatch(/^「规划目标」第9行：与第4行同一指标、学段、年份而数值不同（0\.92 与 0\.93）/);
  });

  test('directions: the symbols and the words of the issue; 大约 is not guessed', () => {
    const cases: [string, string | null][] = [['≥', '>='], ['以上', '>='], ['不低于', '>='], ['达到', '>='], ['≤', '<='], ['不超过', '<='],
      ['以内', '<='], ['低于', '<'], ['<', '<'], ['>', '>'], ['=', '='], ['＞', '>'], ['大约', null], ['左右', null]];
    for (const [w, d] of cases) expect([w, readDirection(w)]).toEqual([w, d]);
  });

  test('TARGET reads a user plan as it reads a bundled one: #N/A before the first year, the last after it', () => {
    const layer = readPlanSheet('规划目标', [['规划', '指标', '年份', '数值'], ['某某县', '毛入园率', 2022, 0.9], ['', '毛入园率', 2025, 0.92]]);
    withCatalogLayer(layer, () => {
      expect(TARGET('毛入园率', 2030, '某某县')).toBe(0.92);
      expect(() => TARGET('毛入园率', 2021, '某某县')).toThrow(/最早的目标年份是2022年/);
    });
    // outside the layer the plan does not exist: no state is left behind
    expect(() => resolvePlan('某某县')).toThrow(/找不到规划「某某县」/);
  });
});

test('INDICATORS, INDICATOR and COMPLIANCE with plan = the user\'s plan use its rows', () => {
  const layer = layerOfWorkbook(readWorkbook(openXlsx(fs.readFileSync(planFile))))!;
  withCatalogLayer(layer, () => {
    const t = INDICATORS('某某县');
    // header + the 5 readable rows (sheet rows 2–6), each naming the plan as the user wrote it
    expect(t.length).toBe(6);
    expect(t.slice(1).map((r) => r[11])).toEqual(['某某县', '某某县', '某某县', '某某县', '某某县']);
    expect(INDICATOR('毛入园率', 'quote', '某某县')).toBe('某某县“十四五”教育事业发展规划：到2025年达到92%以上');
    // 0.9 / 0.92 = 0.978260869565217 (≥ indicator: value ÷ threshold, to 15 digits)
    expect(COMPLIANCE('毛入园率', 0.9, '', '某某县')).toBe(0.978260869565217);
  });
});

describe('every headless surface', () => {
  test('fill writes the sheet\'s TARGET, MEETS and GAP values; the filled file, reopened alone, gives them again', () => {
    const out = path.join(dir, 'filled.xlsx');
    const r = fillWorkbook(planFile, { out });
    expect(r.notes.filter((n) => n.startsWith('「规划目标」第'))).toHaveLength(3);
    // the plan sheet names indicators in a column, but it is no school table: no highlight rules on it
    expect(r.rules).toEqual([]);
    const filled = readWorkbook(openXlsx(fs.readFileSync(out)));
    const cached = FORMULAS.map((_, i) => filled.sheets.find((s) => s.name === '评估')!.cells.find((c) => c.ref === `A${i + 1}`)?.value);
    expect(cached).toEqual(expected);
    // reopened with nothing else: the sheet travels with the workbook
    expect(valuesOf(out)).toEqual(expected);
    const again = path.join(dir, 'filled-again.xlsx');
    fillWorkbook(out, { out: again });
    expect(valuesOf(again)).toEqual(expected);
  });

  test('two workbooks one after the other: the second does not see the first\'s plan', async () => {
    const other = path.join(dir, 'other.xlsx');
    fs.writeFileSync(other, await planWorkbook(undefined, [['别的县', '毛入园率', '', 2025, 0.95, '≥', '', '目标', '']]));
    const v = valuesOf(other);
    expect(v[0]).toEqual({ error: '#N/A' });
    expect(valuesOf(planFile)[0]).toBe(0.92);
  });

  test('eval --catalog plan.xlsx and eval --workbook give the sheet\'s value', async () => {
    expect(await runMain('eval', '=EDU.TARGET("毛入园率",2025,"某某县")', '--catalog', planFile)).toEqual({ code: 0, out: '0.92', err: '' });
    expect((await runMain('eval', '=EDU.GAP("毛入园率",0.9,"","某某县")', '--workbook', planFile)).out).toBe('0.02');
    // without the catalog the plan is unknown, as before
    expect((await runMain('eval', '=EDU.TARGET("毛入园率",2025,"某某县")')).out).toMatch(/^#N\/A 找不到规划「某某县」/);
  });

  test('catalog --catalog lists the plan\'s readable rows', async () => {
    // rows 2–6 of the sheet; 7–9 are findings
    const r = await runMain('catalog', '--catalog', planFile, '--plan', '某某县');
    expect([r.code, r.out.split('\n').pop()]).toEqual([0, '(5 行 / rows)']);
  });

  test('check lists the findings with sheet and row and exits 1', async () => {
    expect(checkWorkbook(planFile).findings.map((f) => f.row)).toEqual([7, 8, 9]);
    const r = await runMain('check', planFile);
    expect(r.code).toBe(1);
    expect(r.out).toContain('「规划目标」第7行：数值「九成」不是数字 / sheet "规划目标" row 7: value "九成" is not a number');
  });

  test('--catalog plan.yaml in the seeds\' format', async () => {
    const yaml = path.join(dir, 'plan.yaml');
    fs.writeFileSync(yaml, [
      'plan: 某某县',
      'rows:',
      '  - {indicator: preschool_gross_enrollment_rate, stage: all, kind: target, year: 2025, value: 0.92, quote: 到2025年学前三年毛入园率达到92%以上}',
      '  - {indicator: 巩固率, stage: all, kind: target, year: 2025, value: 0.97, direction: 大约, quote: 巩固率约97%}',
    ].join('\n'));
    expect((await runMain('eval', '=EDU.TARGET("毛入园率",2025,"某某县")', '--catalog', yaml)).out).toBe('0.92');
    const l = readPlanYaml('plan.yaml', fs.readFileSync(yaml, 'utf8'));
    expect(l.findings.map((f) => f.zh)).toEqual([expect.stringMatching(/^「plan\.yaml」第3行：方向「大约」无法识别/)]);
  });
});

test('rows a draft marks 待确认 (状态, as plan-metrics extract writes them) are used, and said to be unconfirmed in one finding', () => {
  const l = readPlanSheet('规划目标', [
    ['规划', '指标', '学段', '年份', '数值', '方向', '单位', '类别', '出处', '状态'],
    ['某县', '学前三年毛入园率', '幼儿园', 2025, 0.95, '≥', '%', '目标', '规划.docx：「到2025年，学前三年毛入园率达到95%以上」', '待确认'],
    ['某县', '巩固率', '', 2025, 0.99, '≥', '%', '目标', '规划.docx：「巩固率保持在99%以上」', '待确认：原文未写年份，取规划期末年'],
    ['某县', '高中阶段毛入学率', '', 2025, 0.92, '≥', '%', '目标', '规划.docx：「…92%」', '已确认'],
  ]);
  expect(l.rows.map((r) => r.value)).toEqual([0.95, 0.99, 0.92]);
  expect(l.findings).toEqual([{ sheet: '规划目标', row: 2,
    zh: '「规划目标」有 2 行「待确认」（第2、3行）：已按这些行计算；对照原文确认后，把「状态」改为「已确认」或清空',
    en: 'sheet "规划目标" has 2 rows still 待确认 (to confirm; rows 2, 3): they are used as they are; once checked against the document, set 状态 to 已确认 or clear it' }]);
});
