/**
 * Drafted rows the seed catalogs lack, checked by hand against the document: each quote really
 * states that number for that year, so the row counts as right (issue 30: "a drafted row the catalog
 * lacks counts as right when its quote really states that number for that year — list those: they
 * are gaps of the catalog"). They are candidates for seeds/*.yaml; the lead decides.
 *
 * Reviewed 2026-12-07 by reading each sentence in seeds/NNN_*.txt. Rejected on the same reading (not
 * listed, so they count as wrong): 「我区仅下划了4所中学」 (a past event, not 2020), 「小学仍有37%的毕业生」
 * and 「头道巷等5所中小学」 (the catalog dates them 2021, the draft 2020), 「5年一周期不少于360学时」 (a
 * standing national rule), 「校园安防4个100%达标」 (a 2021 state, drafted as a 2025 target), 安丘
 * 「再上浮2个百分点」「掌握1至3项运动技能」「85%以上同意」「接收5名以上残疾儿童」 (rules and conditions),
 * 东城 「首批8个全国教育智慧示范区」 (the size of a national batch), 南雄 「每年1次校运会」「招收5人以上
 * 残疾学生」 (a rule, a condition).
 */
export interface CatalogGap { plan: string; year: number; value: number; quote: string; why: string }

export const CATALOG_GAPS: readonly CatalogGap[] = [
  { plan: 'yuquan', year: 2021, value: 8, quote: '设1镇8个街道办事处', why: '「我区现有…设1镇8个街道办事处」: the present (the catalog dates 53万常住居民 of this sentence 2021)' },
  { plan: 'yuquan', year: 2021, value: 50, quote: '辖50个行政村', why: 'same sentence: 50 administrative villages now' },
  { plan: 'yuquan', year: 2021, value: 60, quote: '60个社区居委会', why: 'same sentence: 60 residents\' committees now' },
  { plan: 'yuquan', year: 2025, value: 8, quote: '通过实施8项重点工程', why: '「“十四五”期间…通过实施8项重点工程」: 8 key projects over 十四五 (to 2025)' },
  { plan: 'yuquan', year: 2025, value: 28, quote: '完成28项工作任务', why: 'same sentence: 28 work tasks completed over 十四五' },
  { plan: 'yuquan', year: 2025, value: 2025, quote: '全面完成中小学和幼儿园达标校(园)建设验收工作', why: '「到2025年,…全面完成…验收工作」: done by 2025 (a milestone year, as the catalog reads 2022年全面推行…)' },
  { plan: 'anqiu', year: 2023, value: 1, quote: '保证试点镇校园无线网络全覆盖', why: 'a goal of the three-year 方案 (2021-2023) without its own year: 全覆盖 = 100 % by its end' },
  { plan: 'anqiu', year: 2023, value: 1, quote: '实现农村留守儿童关爱室全覆盖', why: 'as above' },
  { plan: 'dongcheng', year: 2025, value: 1, quote: '建立1个东城区“数据大脑”', why: 'a 十四五 goal without its own year: one 数据大脑 by 2025' },
];
