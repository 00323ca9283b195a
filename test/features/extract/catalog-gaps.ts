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

// The nine gaps found (2021's 街道办事处 8, 行政村 50, 社区居委会 60; 十四五's 8 重点工程 and 28 工作任务
// and the 2025 达标校(园) milestone in 玉泉; 安丘's 校园无线网络 and 留守儿童关爱室 全覆盖 by 2023; 东城's one
// 数据大脑 by 2025) are now rows of seeds/*.yaml, so none is left here.
export const CATALOG_GAPS: readonly CatalogGap[] = [];
