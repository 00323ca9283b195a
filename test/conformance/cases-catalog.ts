/**
 * Conformance rows for the catalog functions: EDU.TARGET, EDU.INDICATOR, EDU.INDICATORS.
 * Plan values are pinned to the sentence of the seed document they come from.
 */
import { BLANK, err, OMIT, type Case } from './case';

export const catalogCases: Case[] = [
  // ---- TARGET: the target in force in a year
  // seed 004 南雄市: "全市学生体质健康优良率2021年达到45%以上;2022年达到50%以上;2023-2024年每年提升2个百分点;2025-2030年每年提升1个百分点"
  { fn: 'TARGET', args: ['体质健康优良率', 2021, '南雄市'], expect: 0.45, why: 'seed 004: 2021年达到45%以上' },
  { fn: 'TARGET', args: ['体质健康优良率', 2022, 'nanxiong'], expect: 0.5, why: 'seed 004: 2022年达到50%以上' },
  { fn: 'TARGET', args: ['體質健康優良率', 2024, '南雄市'], expect: 0.54, why: 'seed 004: 50% + 2 points in 2023 and 2024 = 54%' },
  { fn: 'TARGET', args: ['体质健康优良率', 2030, '南雄市'], expect: 0.6, why: 'seed 004: 54% + 1 point a year 2025–2030 = 60%' },
  { fn: 'TARGET', args: ['体质健康优良率', 2035, '南雄市'], expect: 0.6, why: 'after the last stated year the last value stays in force' },
  { fn: 'TARGET', args: ['体质健康优良率', 2020, '南雄市'], expect: err('#N/A', /最早的目标年份是2021年/), why: 'before the first stated year: no target' },
  { fn: 'TARGET', args: ['随迁子女', 2025], expect: 0.85, why: 'a standing national standard (≥ 85%) is in force every year' },
  { fn: 'TARGET', args: ['随迁子女', 2025.5], expect: err('#VALUE!', /年份应为整数/), why: 'a year is whole' },
  { fn: 'TARGET', args: ['随迁子女', BLANK], expect: err('#VALUE!'), why: 'blank year' },

  // ---- INDICATOR: fields of the row that applies
  { fn: 'INDICATOR', args: ['生均用房'], expect: '生均教学及辅助用房面积', why: 'default field: the 简体 name' },
  { fn: 'INDICATOR', args: ['生均用房', 'name_hant'], expect: '生均教學及輔助用房面積', why: 'OpenCC 繁體' },
  { fn: 'INDICATOR', args: ['生均用房', 'name_en'], expect: 'Teaching and auxiliary floor space per student', why: 'English name' },
  { fn: 'INDICATOR', args: ['生均用房', 'value', OMIT, '初中'], expect: 5.8, why: 'national 初中 5.8' },
  { fn: 'INDICATOR', args: ['班额', 'direction', OMIT, '小学'], expect: '<=', why: '不超过 is ≤' },
  { fn: 'INDICATOR', args: ['生均用房', 'plan', '南雄市', '小学'], expect: 'national', why: '南雄市 states no 生均用房: the national standard applies and says so' },
  { fn: 'INDICATOR', args: ['巩固率', 'plan', '南雄市'], expect: 'nanxiong', why: 'seed 004 states its own 巩固率 target' },
  { fn: 'INDICATOR', args: ['巩固率', 'value', '南雄市'], expect: 0.96, why: 'seed 004: 九年义务教育巩固率 ≥ 96%' },
  { fn: 'INDICATOR', args: ['生均用房', 'source', OMIT, '小学'], expect: '《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号) 第五条（一）第4项', why: 'the national clause' },
  { fn: 'INDICATOR', args: ['生均用房', '颜色'], expect: err('#VALUE!', /未知字段/), why: 'unknown field' },
  { fn: 'INDICATOR', args: ['不存在的指标'], expect: err('#N/A'), why: 'unknown indicator' },

  // ---- INDICATORS: the catalog as a table
  {
    fn: 'INDICATORS', args: [], why: 'national, all stages: header + every national row; 生均用房 小学 4.5 is in it',
    expect: { matrix: (m) => {
      if (m[0][1] !== '指标' || m[0][7] !== '值') throw new Error('header');
      if (!m.some((r) => r[0] === 'national.teaching_space_per_student.primary.standard' && r[7] === 4.5)) throw new Error('4.5 missing');
    } },
  },
  {
    fn: 'INDICATORS', args: ['national', '初中'], why: '初中 rows (and 义务教育/all rows) only',
    expect: { matrix: (m) => {
      if (m.slice(1).some((r) => !['初中', '义务教育', 'all'].includes(r[4] as string))) throw new Error('stage filter');
      if (!m.some((r) => r[0] === 'national.teaching_space_per_student.junior.standard' && r[7] === 5.8)) throw new Error('5.8 missing');
    } },
  },
  {
    fn: 'INDICATORS', args: ['南雄市'], why: 'the 南雄市 rows, with 巩固率 96%',
    expect: { matrix: (m) => {
      if (m.length < 10) throw new Error('too few rows');
      if (!m.some((r) => r[11] === '南雄市' && r[7] === 0.96)) throw new Error('0.96 missing');
    } },
  },
  {
    fn: 'INDICATORS', args: [[['nanxiong']]], why: 'the plan read from a cell (a one-cell range): the same table as the literal',
    expect: { matrix: (m) => {
      if (!m.some((r) => r[11] === '南雄市' && r[7] === 0.96)) throw new Error('0.96 missing');
    } },
  },
  { fn: 'INDICATORS', args: ['火星市'], expect: err('#N/A'), why: 'unknown plan' },
  { fn: 'INDICATORS', args: ['national', '大学'], expect: err('#VALUE!'), why: 'unknown stage' },
];
