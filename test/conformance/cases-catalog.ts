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
  // ---- issue 16: a sub-item is found by its own name, not its parent's (seed 001 安丘市; 000 玉泉区; national)
  { fn: 'THRESHOLD', args: ['市直学校培训学时', OMIT, '安丘市'], expect: 30, why: 'seed 001: 其中市直学校培训不少于30学时 (not the 90 of the total)' },
  { fn: 'THRESHOLD', args: ['送教下乡培训学时', OMIT, '安丘市'], expect: 30, why: 'seed 001: 送教下乡培训不少于30学时' },
  { fn: 'THRESHOLD', args: ['镇域集中培训学时', OMIT, '安丘市'], expect: 30, why: 'seed 001: 镇域集中培训不少于30学时' },
  { fn: 'THRESHOLD', args: ['教师专项培训学时', OMIT, '安丘市'], expect: 90, why: 'seed 001: 专项培训学时达到90学时以上 (the total keeps its own name)' },
  { fn: 'THRESHOLD', args: ['异地挂职锻炼批次', OMIT, '安丘市'], expect: 3, why: 'seed 001: 3年内分三批次到异地挂职锻炼 (not the 六批次 of 影子培训)' },
  { fn: 'THRESHOLD', args: ['强镇筑基高端研修培训批次', OMIT, '安丘市'], expect: 3, why: 'seed 001: 3年内分三批次参加高端研修培训' },
  { fn: 'THRESHOLD', args: ['幼儿园改建投入', OMIT, '安丘市'], expect: 587, why: 'seed 001: 投入587万元,用于幼儿园改建 (not the 659 total)' },
  { fn: 'THRESHOLD', args: ['大盛镇办园设施设备购置投入', OMIT, '安丘市'], expect: 72, why: 'seed 001 大盛镇: 投入72万元,购置室内设施设备30套…' },
  { fn: 'THRESHOLD', args: ['官庄镇办园设施设备购置投入', OMIT, '安丘市'], expect: 13.2, why: 'seed 001 官庄镇: 投资13.2万元,购置室内设施设备8套…' },
  { fn: 'THRESHOLD', args: ['幼儿园教师培训投入', OMIT, '安丘市'], expect: 2, why: 'seed 001 官庄镇: 2万元 of 教师培训 (part of the 15.2万元)' },
  { fn: 'THRESHOLD', args: ['信息化教师专业提升培训次数', OMIT, '安丘市'], expect: 2, why: 'seed 001: 每年至少开展两次信息化教师专业提升培训' },
  { fn: 'THRESHOLD', args: ['园长持证上岗率', '学前'], expect: 1, why: '教督〔2020〕1号: 园长持证上岗率 100%' },
  { fn: 'THRESHOLD', args: ['村小学和教学点按100名学生核定公用经费'], expect: 100, why: '教督〔2017〕6号 第五条（二）第6项: 不足100名学生的村小学和教学点按100名学生核定公用经费' },
  { fn: 'THRESHOLD', args: ['通过基本均衡认定年限'], expect: 3, why: '教督〔2017〕6号: 通过国家义务教育发展基本均衡县评估认定3年以上' },
  { fn: 'INDICATOR', args: ['培训经费占比', 'source'], expect: '《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号) 第五条（三）第4项', why: 'the 办法 lists 教师培训经费 ≥ 5% under 教育质量 (三) item 4' },
];
