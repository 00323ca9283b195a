/**
 * Where each figure lives in the 教育事业统计 基层报表 — the ONE declarative table of layout knowledge.
 *
 * Every fact here that no real export has confirmed is marked; docs/statistics.md says which
 * come from where. A real export that differs is a one-line fix: a row code (编号), a column code
 * (the 甲 乙 丙 1 2 3 … row) or a header text below. Nothing else in collect knows a position.
 *
 * Positions: the forms number their data columns 1, 2, 3 … in a row of column codes under the
 * headers (甲 = the row names, 乙 = the 编号 column, 丙 = 计量单位 where a form has one), and their
 * rows by 编号 (01, 02 …). A figure is table + row code + column code; when a sheet has no code
 * row (or the code is absent) the column is found by its header path and the row by its 甲 label.
 */

/** The two generations of the forms: 国统制〔2018〕86号 (基础基…, 2018/19–2020/21) and the 教基… forms from 2021/22. */
export type Generation = '2018' | '2021';

/** One table of the forms: its name, its rows (编号 → 甲 label) and data columns (code → header path). */
export interface TableLayout {
  generation: Generation;
  title: string;
  rows: Readonly<Record<string, string>>;
  cols: Readonly<Record<string, readonly string[]>>;
  /** Cells the form marks `*` (must stay empty): [row code, column code]. */
  stars?: readonly (readonly [string, string])[];
}

// Column codes are the importer-confirmed positions where one exists (see docs/statistics.md,
// 「公开导入程序」: alexLeezh/lexcel reads fixed A1 cells; with 甲 in A, 乙 in B the code is the
// column's index from C = 1, or from D = 1 where a 丙 column sits in C). Row codes likewise from
// its row numbers with the 总计 row = 01. Labels and header texts are descriptive: NOT seen in a real file.
export const TABLES: Readonly<Record<string, TableLayout>> = {
  // --- 2018 forms (基础基…) ---
  基础基312: { generation: '2018', title: '小学学生数', rows: { '01': '总计', '02': '一年级' }, cols: { '1': ['毕业生数'], '3': ['招生数'], '6': ['在校生数', '合计'], '7': ['在校生数', '其中：女'] }, stars: [['02', '1']] },
  基础基313: { generation: '2018', title: '初中学生数', rows: { '01': '总计', '02': '一年级' }, cols: { '1': ['毕业生数'], '3': ['招生数'], '5': ['在校生数', '合计'], '6': ['在校生数', '其中：女'] }, stars: [['02', '1']] },
  基础基314: { generation: '2018', title: '高中学生数', rows: { '01': '总计' }, cols: { '1': ['毕业生数'], '3': ['招生数'], '5': ['在校生数', '合计'] } },
  基础基423: { generation: '2018', title: '小学专任教师学历、任教课程', rows: { '01': '总计', '04': '研究生毕业', '05': '本科毕业', '06': '专科毕业', '07': '高中阶段毕业' }, cols: { '2': ['专任教师', '合计'], '11': ['任教课程', '体育'], '12': ['任教课程', '音乐'], '14': ['任教课程', '美术'], '15': ['任教课程', '艺术'] } },
  基础基424: { generation: '2018', title: '中学专任教师学历、任教课程', rows: { '01': '初中 合计', '05': '初中 研究生毕业', '06': '初中 本科毕业', '07': '初中 专科毕业', '09': '高中 合计' }, cols: { '2': ['专任教师', '合计'], '20': ['任教课程', '体育与健康'], '21': ['任教课程', '音乐'], '22': ['任教课程', '美术'], '23': ['任教课程', '艺术'] } },
  基础基112: { generation: '2018', title: '学校教师情况补充', rows: { '21': '县级及以上骨干教师（小学）', '22': '县级及以上骨干教师（初中）', '23': '县级及以上骨干教师（高中）' }, cols: { '2': ['人数'] } },
  基础基512: { generation: '2018', title: '校舍情况', rows: { '01': '校舍建筑面积总计', '03': '教学及辅助用房', '09': '体育馆' }, cols: { '3': ['建筑面积', '合计'] } },
  基础基522: { generation: '2018', title: '办学条件', rows: { '01': '合计' }, cols: { '4': ['运动场地面积（平方米）'], '10': ['网络多媒体教室（间）'], '13': ['教学仪器设备资产值（万元）'] } },
  基础基311: { generation: '2018', title: '幼儿园幼儿数', rows: { '01': '总计' }, cols: { '3': ['在园幼儿数', '合计'] } },
  基础基411: { generation: '2018', title: '幼儿园教职工', rows: { '01': '总计' }, cols: { '1': ['教职工', '合计'], '2': ['园长'], '4': ['专任教师'], '5': ['保育员'] } },
  基础基211: { generation: '2018', title: '幼儿园班数', rows: { '01': '总计' }, cols: { '2': ['班数', '合计'] } },
  // --- 2021 forms (教基…) ---
  教基3112: { generation: '2021', title: '小学学生数', rows: { '01': '总计', '02': '一年级' }, cols: { '1': ['毕业生数'], '3': ['招生数'], '7': ['在校生数', '合计'], '8': ['在校生数', '其中：女'] }, stars: [['02', '1']] },
  教基3115: { generation: '2021', title: '初中学生数', rows: { '01': '总计', '02': '一年级' }, cols: { '1': ['招生数'], '3': ['在校生数', '合计'], '4': ['在校生数', '其中：女'] } },
  教基3118: { generation: '2021', title: '高中学生数', rows: { '01': '总计' }, cols: { '1': ['招生数'], '3': ['在校生数', '合计'] } },
  教基4155: { generation: '2021', title: '小学专任教师学历、任教课程', rows: { '01': '总计', '04': '博士研究生', '05': '硕士研究生', '06': '本科', '07': '专科', '08': '高中阶段' }, cols: { '1': ['专任教师', '合计'], '10': ['任教课程', '体育与健康'], '12': ['任教课程', '音乐'], '13': ['任教课程', '美术'], '14': ['任教课程', '艺术'] } },
  教基4156: { generation: '2021', title: '中学专任教师学历、任教课程', rows: { '01': '总计', '04': '博士研究生', '05': '硕士研究生', '06': '本科', '07': '专科' }, cols: { '1': ['专任教师', '合计'], '19': ['任教课程', '体育与健康'], '20': ['任教课程', '音乐'], '21': ['任教课程', '美术'], '22': ['任教课程', '艺术'] } },
  教基1102续: { generation: '2021', title: '学校教师补充情况', rows: { '07': '县级及以上骨干教师（小学）', '08': '县级及以上骨干教师（初中）', '09': '县级及以上骨干教师（高中）' }, cols: { '2': ['人数'] } },
  教基5170: { generation: '2021', title: '校舍情况', rows: { '01': '校舍建筑面积总计', '05': '教学及辅助用房', '12': '体育馆（室内体育用房）' }, cols: { '4': ['建筑面积', '合计'] } },
  教基5176: { generation: '2021', title: '办学条件', rows: { '02': '运动场地面积', '07': '图书', '12': '网络多媒体教室', '14': '教学仪器设备资产值' }, cols: { '1': ['数量'] } },
  教基3111: { generation: '2021', title: '幼儿园幼儿数', rows: { '01': '总计' }, cols: { '3': ['在园幼儿数', '合计'] } },
  教基4148: { generation: '2021', title: '幼儿园教职工', rows: { '01': '总计' }, cols: { '1': ['教职工', '合计'], '2': ['园长'], '3': ['专任教师'], '4': ['保育员'] } },
  教基2105: { generation: '2021', title: '幼儿园班数', rows: { '01': '总计' }, cols: { '1': ['班数', '合计'] } },
};

/** A cell of a table: [table code, row code, column code]. */
export type CellAt = readonly [string, string, string];
/** A sum of cells; `oneOf` takes the first alternative that has a number (艺术(计) or 音乐 + 美术, never both). */
export type Term = CellAt | { oneOf: readonly (readonly CellAt[])[] };

/** The school stages of the forms. */
export type SchoolStage = 'primary' | 'junior' | 'senior';
/** What each stage of a school records by itself (teachers are not split: the forms record them by 学段). */
export type StageFigure = 'students' | 'fullTime' | 'qualified' | 'backbone' | 'peArt';
/** What a school records once for all its stages (split by student weights). */
export type SharedFigure = 'space' | 'gym' | 'ground' | 'equipment' | 'multimedia';
/** A kindergarten's figures for the preschool sheet. */
export type KindergartenFigure = 'children' | 'teachers' | 'principals' | 'classes';

type Gen<T> = Readonly<Record<Generation, T>>;

/** Per stage and generation, the cells each stage figure sums. */
export const STAGE_SOURCES: Readonly<Record<SchoolStage, Readonly<Record<StageFigure, Gen<readonly Term[]>>>>> = {
  primary: {
    students: { '2018': [['基础基312', '01', '6']], '2021': [['教基3112', '01', '7']] },
    fullTime: { '2018': [['基础基423', '01', '2']], '2021': [['教基4155', '01', '1']] },
    // 小学: 专科 and above.
    qualified: { '2018': [['基础基423', '04', '2'], ['基础基423', '05', '2'], ['基础基423', '06', '2']], '2021': [['教基4155', '04', '1'], ['教基4155', '05', '1'], ['教基4155', '06', '1'], ['教基4155', '07', '1']] },
    backbone: { '2018': [['基础基112', '21', '2']], '2021': [['教基1102续', '07', '2']] },
    peArt: {
      '2018': [['基础基423', '01', '11'], { oneOf: [[['基础基423', '01', '15']], [['基础基423', '01', '12'], ['基础基423', '01', '14']]] }],
      '2021': [['教基4155', '01', '10'], { oneOf: [[['教基4155', '01', '14']], [['教基4155', '01', '12'], ['教基4155', '01', '13']]] }],
    },
  },
  junior: {
    students: { '2018': [['基础基313', '01', '5']], '2021': [['教基3115', '01', '3']] },
    fullTime: { '2018': [['基础基424', '01', '2']], '2021': [['教基4156', '01', '1']] },
    // 初中: 本科 and above.
    qualified: { '2018': [['基础基424', '05', '2'], ['基础基424', '06', '2']], '2021': [['教基4156', '04', '1'], ['教基4156', '05', '1'], ['教基4156', '06', '1']] },
    backbone: { '2018': [['基础基112', '22', '2']], '2021': [['教基1102续', '08', '2']] },
    peArt: {
      '2018': [['基础基424', '01', '20'], { oneOf: [[['基础基424', '01', '23']], [['基础基424', '01', '21'], ['基础基424', '01', '22']]] }],
      '2021': [['教基4156', '01', '19'], { oneOf: [[['教基4156', '01', '22']], [['教基4156', '01', '20'], ['教基4156', '01', '21']]] }],
    },
  },
  senior: {
    // Only the students matter (the weight of a 完全中学 / 十二年一贯制 split); 高中 rows are not in the county table.
    students: { '2018': [['基础基314', '01', '5']], '2021': [['教基3118', '01', '3']] },
    fullTime: { '2018': [], '2021': [] },
    qualified: { '2018': [], '2021': [] },
    backbone: { '2018': [], '2021': [] },
    peArt: { '2018': [], '2021': [] },
  },
};

/** Whole-school figures, and their unit factor to the template's unit (万元 → 元). */
export const SHARED_SOURCES: Readonly<Record<SharedFigure, Gen<readonly Term[]> & { factor?: number }>> = {
  space: { '2018': [['基础基512', '03', '3']], '2021': [['教基5170', '05', '4']] },
  gym: { '2018': [['基础基512', '09', '3']], '2021': [['教基5170', '12', '4']] },
  ground: { '2018': [['基础基522', '01', '4']], '2021': [['教基5176', '02', '1']] },
  equipment: { '2018': [['基础基522', '01', '13']], '2021': [['教基5176', '14', '1']], factor: 10000 },
  multimedia: { '2018': [['基础基522', '01', '10']], '2021': [['教基5176', '12', '1']] },
};

/** A kindergarten's four figures. */
export const KINDERGARTEN_SOURCES: Readonly<Record<KindergartenFigure, Gen<readonly Term[]>>> = {
  children: { '2018': [['基础基311', '01', '3']], '2021': [['教基3111', '01', '3']] },
  teachers: { '2018': [['基础基411', '01', '4']], '2021': [['教基4148', '01', '3']] },
  principals: { '2018': [['基础基411', '01', '2']], '2021': [['教基4148', '01', '2']] },
  classes: { '2018': [['基础基211', '01', '2']], '2021': [['教基2105', '01', '1']] },
};

/** The 封面 / 基本情况 labels: the value is the next filled cell to the right of the label. */
export const COVER_LABELS = {
  school: ['学校名称', '单位名称', '学校（机构）名称', '学校(机构)名称', '幼儿园名称'],
  kind: ['办学类型', '学校类型', '学校（机构）类型'],
  parent: ['所属学校', '所属学校名称', '主校名称', '上级学校'],
  counted: ['是否计校数'],
} as const;

/**
 * The county listing (过录表): each column a header path through its merged rows. Keys are
 * `stage.figure` or a shared figure; the first alternative found wins; a path term matches
 * a header that contains it. Unit: a header path that says 万元 is multiplied by 10 000.
 */
export const LISTING_COLUMNS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  school: [['学校名称'], ['单位名称'], ['幼儿园名称']],
  kind: [['办学类型'], ['学校类型']],
  parent: [['所属学校']],
  counted: [['是否计校数']],
  'primary.students': [['在校生数', '小学']],
  'junior.students': [['在校生数', '初中']],
  'senior.students': [['在校生数', '高中']],
  // The more specific teacher columns first: 专任教师 is contained in 体育艺术专任教师 (a column once
  // taken is not matched again).
  'primary.peArt': [['体育艺术', '小学'], ['体艺', '小学']],
  'junior.peArt': [['体育艺术', '初中'], ['体艺', '初中']],
  'primary.qualified': [['高于规定学历', '小学'], ['专科及以上', '小学']],
  'junior.qualified': [['高于规定学历', '初中'], ['本科及以上', '初中']],
  'primary.backbone': [['骨干教师', '小学']],
  'junior.backbone': [['骨干教师', '初中']],
  'primary.fullTime': [['专任教师', '小学']],
  'junior.fullTime': [['专任教师', '初中']],
  space: [['教学及辅助用房']],
  gym: [['体育馆'], ['室内体育用房']],
  ground: [['运动场地']],
  equipment: [['教学仪器设备']],
  multimedia: [['网络多媒体教室']],
  'kindergarten.children': [['在园幼儿']],
  'kindergarten.principals': [['园长']],
  'kindergarten.classes': [['班数']],
  // Last: a kindergarten listing's plain 专任教师 column (a school listing's are taken by then).
  'kindergarten.teachers': [['幼儿园', '专任教师'], ['专任教师', '幼儿园'], ['专任教师']],
};

/** 办学类型 texts → the stages a school has (a text not here: the stages whose students are present). */
export const SCHOOL_KINDS: readonly { match: RegExp; stages: readonly SchoolStage[] | 'kindergarten'; teachingPoint?: boolean }[] = [
  { match: /教学点/, stages: ['primary'], teachingPoint: true },
  { match: /十二年一贯/, stages: ['primary', 'junior', 'senior'] },
  { match: /九年一贯/, stages: ['primary', 'junior'] },
  { match: /完全中学/, stages: ['junior', 'senior'] },
  { match: /幼儿园/, stages: 'kindergarten' },
  { match: /初级中学|初中/, stages: ['junior'] },
  { match: /小学/, stages: ['primary'] },
];
