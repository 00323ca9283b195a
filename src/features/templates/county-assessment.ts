/**
 * 县域义务教育优质均衡发展督导评估自评表 (教督〔2017〕6号): the four parts of the 办法 — 资源配置,
 * 政府保障程度 (15 items), 教育质量 (9 items), 社会认可度 — on one sheet, with the school-resources
 * template as a second sheet that the 资源配置 part reads: the pass rate from its 是否达标 column, each
 * 差异系数 from its own county block.
 *
 * How the 办法 decides (quoted as the catalog holds it, seeds/national.yaml):
 * - 资源配置 第五条（一）: 「每所学校至少6项指标达到上述要求，其余指标不低于要求的85%」 and
 *   「所有指标校际差异系数，小学均小于或等于0.50，初中均小于或等于0.45」 — so every school passes
 *   (a pass rate of 100 %) and all 14 coefficients are within their limits;
 * - 政府保障程度 and 教育质量: each of the 15 and 9 items is a requirement of its own, and the part is
 *   reached when every item is;
 * - 社会认可度 第五条（四）: 「社会认可度达到85%以上」;
 * - the county is recognised only when all four parts reach their requirements.
 * Items the 办法 states without a number (规划布局, 办学标准, 教师工资 …) are answered 是 / 否.
 */
import { RESOURCE_INDICATORS } from '../../domain/core/resource-indicators';
import { getIndicator, rowsOf } from '../../domain/catalog/index';
import { colName } from '../../xlsx/refs';
import { excelString } from '../school-table/stage-cells';
import { buildAssessment, type AssessmentItem, type AssessmentLayout, type AssessmentPart, type Bilingual } from './assessment';
import { label } from './builder';
import { buildSchoolResources, SCHOOL_COLS, SCHOOL_ROWS } from './school-resources';
import { sheetPrefix } from './sheet-refs';
import type { SheetSpec, TemplateOptions } from './types';

// The document as the catalog names it, so a yes/no item cites it in the same words as a numeric one.
const DOC = rowsOf('school_diff_coef').find((r) => r.plan === 'national')!.source.document;
/** The clause of an item the catalog has no row for, in the catalog's convention (seeds/README.md). */
const clause = (c: string): Bilingual => [`${DOC} ${c}`, `${DOC} ${c}`];
const yesno = (zh: string, en: string, c: string, no: string): AssessmentItem => ({ no, text: [zh, en], clause: clause(c), lines: [{ yesno: true, measure: ['是否达到（填 是 / 否）', 'Met? (Yes / No)'] }] });

/** 政府保障程度, the 15 items of 第五条（二）. */
function government(): AssessmentPart {
  const g = (n: number) => `第五条（二）第${n}项`;
  return {
    title: ['二、政府保障程度', '2. Government provision'],
    rule: ['15项均达到要求', 'all 15 items met'],
    items: [
      yesno('县域内义务教育学校规划布局合理，符合国家规定要求', 'School network planned as the national rules require', g(1), '1'),
      yesno('县级人民政府制定义务教育学校办学标准，所有学校达标', 'The county sets school standards and every school meets them', g(2), '2'),
      { no: '3', lines: [
        { indicator: 'music_art_rooms_per12classes', stage: '义务教育', measure: ['每12个班级音乐、美术专用教室数（最少的学校，间）', 'Music and art rooms per 12 classes (lowest school)'] },
        { indicator: 'music_room_area_min', stage: '义务教育', measure: ['最小的音乐专用教室面积（m²）', 'Smallest music room (m²)'] },
        { indicator: 'art_room_area_min', stage: '义务教育', measure: ['最小的美术专用教室面积（m²）', 'Smallest art room (m²)'] },
      ] },
      { no: '4', lines: [
        { indicator: 'school_size_max', stage: '小学', measure: ['规模最大的小学在校生数（人）', 'Largest primary school (students)'] },
        { indicator: 'school_size_max', stage: '初中', measure: ['规模最大的初中在校生数（人）', 'Largest junior school (students)'] },
        { indicator: 'school_size_max', stage: '九年一贯制', measure: ['规模最大的九年一贯制学校义务教育在校生数（人）', 'Largest nine-year school, compulsory part (students)'] },
        { indicator: 'school_size_max', stage: '十二年一贯制', measure: ['规模最大的十二年一贯制学校义务教育在校生数（人）', 'Largest twelve-year school, compulsory part (students)'] },
      ] },
      { no: '5', lines: [
        { indicator: 'class_size_max', stage: '小学', measure: ['小学最大班额（人）', 'Largest primary class'] },
        { indicator: 'class_size_max', stage: '初中', measure: ['初中最大班额（人）', 'Largest junior class'] },
      ] },
      { no: '6', lines: [{ indicator: 'small_school_funding_basis', stage: '义务教育', measure: ['不足100名学生的村小学和教学点按多少名学生核定公用经费（最少的，人）', 'Students counted for a village school below 100 (lowest)'] }] },
      { no: '7', lines: [{ indicator: 'special_ed_funding_per_student', stage: '特殊教育', measure: ['特殊教育学校生均公用经费（元）', 'Special-school funding per student (yuan)'] }] },
      yesno('全县义务教育学校教师平均工资收入水平不低于当地公务员平均工资收入水平，按规定足额核定教师绩效工资总量', "Teachers' average pay not below local civil servants'; performance pay set in full", g(8), '8'),
      { no: '9', lines: [{ indicator: 'teacher_training_hours_5yr', stage: '义务教育' }] },
      yesno('县级教育行政部门在核定的教职工编制总额和岗位总量内，统筹分配各校教职工编制和岗位数量', 'The county education bureau allocates staff posts among schools within the approved total', g(10), '10'),
      { no: '11', lines: [
        { indicator: 'teacher_rotation_rate', stage: '义务教育' },
        { indicator: 'backbone_rotation_share', stage: '义务教育' },
      ] },
      { no: '12', lines: [{ indicator: 'teacher_certification_rate', stage: '义务教育' }] },
      { no: '13', lines: [
        { indicator: 'nearby_enrollment_rate', stage: '小学', measure: ['城区和镇区公办小学就近划片入学比例', 'Nearest-catchment admission, urban public primary'] },
        { indicator: 'nearby_enrollment_rate', stage: '初中', measure: ['城区和镇区公办初中就近划片入学比例', 'Nearest-catchment admission, urban public junior'] },
      ] },
      { no: '14', lines: [{ indicator: 'quality_hs_quota_share', stage: '初中' }] },
      { no: '15', lines: [{ indicator: 'migrant_children_public_rate', stage: '义务教育' }] },
    ],
  };
}

/** 教育质量, the 9 items of 第五条（三）. */
function quality(): AssessmentPart {
  const q = (n: number) => `第五条（三）第${n}项`;
  return {
    title: ['三、教育质量', '3. Quality of education'],
    rule: ['9项均达到要求', 'all 9 items met'],
    items: [
      { no: '1', lines: [{ indicator: 'consolidation_rate', stage: '初中' }] },
      { no: '2', lines: [{ indicator: 'disabled_children_enrollment_rate', stage: '义务教育' }] },
      yesno('所有学校制定章程，实现学校管理与教学信息化', 'Every school has a charter; management and teaching use IT', q(3), '3'),
      { no: '4', lines: [{ indicator: 'teacher_training_funding_share', stage: '义务教育' }] },
      yesno('教师能熟练运用信息化手段组织教学，设施设备利用率达到较高水平', 'Teachers teach with IT; equipment well used', q(5), '5'),
      yesno('所有学校德育工作、校园文化建设水平达到良好以上', 'Moral education and school culture at least good in every school', q(6), '6'),
      yesno('课程开齐开足，教学秩序规范，综合实践活动有效开展', 'Full curriculum, orderly teaching, practical activities', q(7), '7'),
      yesno('无过重课业负担', 'No excessive homework burden', q(8), '8'),
      { no: '9', lines: [
        { yesno: true, measure: ['相关科目学生学业水平达到Ⅲ级以上（填 是 / 否）', 'Attainment at level III or above (Yes / No)'] },
        { indicator: 'academic_diff_rate', stage: '义务教育' },
      ] },
    ],
  };
}

/** Where the school-resources sheet keeps each coefficient: found in its own county block. */
function coefficientCell(spec: SheetSpec, indicatorCol: string, stageLabel: string): string {
  const cell = spec.cells.find((c) => c.formula?.includes(`EDU.DIFFCOEF(${indicatorCol}$`) && c.formula.endsWith(`,${excelString(stageLabel)}))`));
  if (!cell) throw new Error(`county-assessment: no 差异系数 cell for column ${indicatorCol}, ${stageLabel} in the school-resources sheet`);
  return cell.ref;
}

/** 资源配置, read from the school-resources sheet. */
function resources(schools: SheetSpec, rows: number, lang: 'zh' | 'en'): AssessmentPart {
  const s = sheetPrefix(schools.name);
  const passCol = colName(SCHOOL_COLS.pass);
  const first = SCHOOL_ROWS.firstData + 1;
  const pass = `${s}$${passCol}$${first}:$${passCol}$${first + rows - 1}`;
  const yes = excelString(label(lang, '是', 'Yes'));
  const no = excelString(label(lang, '否', 'No'));
  const assessed = `(COUNTIF(${pass},${yes})+COUNTIF(${pass},${no}))`;
  // A school the sheet could not judge (a 一贯制 row not split, a missing figure) holds an error:
  // the part waits for it rather than pass without it.
  const unjudged = `SUMPRODUCT(--ISERROR(${pass}))`;
  const stages = [{ zh: '小学', en: 'primary' }, { zh: '初中', en: 'junior' }];
  return {
    title: ['一、资源配置', '1. Resource allocation'],
    rule: ['每所学校达标，且各项差异系数均不超过标准', 'every school passes and every coefficient is within its limit'],
    items: [
      { no: '1', lines: [{
        indicator: 'resource_indicators_met_min', stage: '义务教育', percent: true,
        measure: [`学校达标率（「${schools.name}」表：达标学校数 ÷ 参评学校数）`, `Schools passing (sheet "${schools.name}": passing ÷ assessed)`],
        linked: `IF(${assessed}=0,"",EDU.RATE(COUNTIF(${pass},${yes}),${assessed}))`,
        pending: (v) => `OR(${v}="",${unjudged}>0)`,
        // 「每所学校」: the rate must be 100 %.
        meets: (v) => `${v}=1`,
        threshold: { value: 1, direction: '=' },
      }] },
      {
        no: '2',
        lines: RESOURCE_INDICATORS.flatMap((id, i) => {
          const ind = getIndicator(id)!;
          const column = colName(SCHOOL_COLS.computed + i);
          return stages.map((st) => ({
            indicator: 'school_diff_coef', stage: st.zh,
            measure: [`${ind.name}差异系数（${st.zh}）`, `${ind.name_en}: coefficient (${st.en})`] as Bilingual,
            linked: `IF(${s}${coefficientCell(schools, column, label(lang, st.zh, st.en))}="","",${s}${coefficientCell(schools, column, label(lang, st.zh, st.en))})`,
          }));
        }),
      },
    ],
  };
}

/** The two sheets and where the assessment's verdicts are. */
export interface CountyAssessment {
  assessment: SheetSpec;
  schools: SheetSpec;
  layout: AssessmentLayout;
}

/**
 * Builds the self-assessment and its school-resources sheet (same plan, language and rows).
 * @example
 * const { assessment, schools } = buildCountyAssessmentParts({ rows: 3 });
 * assessment.name; // '优质均衡自评'
 * schools.name;    // '学校资源配置'
 */
export function buildCountyAssessmentParts(opts: TemplateOptions = {}): CountyAssessment {
  const lang = opts.lang ?? 'zh';
  const rows = Math.max(1, Math.floor(opts.rows ?? 50));
  const schools = buildSchoolResources({ ...opts, rows });
  const { spec, layout } = buildAssessment({
    sheetName: ['优质均衡自评', 'Balance assessment'],
    title: ['县域义务教育优质均衡发展督导评估自评表', 'County self-assessment: high-quality balanced compulsory education'],
    note: [
      `依据《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）。资源配置由「${schools.name}」工作表自动计算；其余各项在黄色单元格填写县域数值（百分比按 85% 填写），无数字标准的项目填「是」或「否」。四个方面均达到要求方可认定；空白项显示「待完成」。`,
      `Per the 2017 high-quality balance assessment rules (教督〔2017〕6号). Resource allocation is computed from the sheet "${schools.name}"; enter the county's figures in the yellow cells (percentages as 85%), and Yes or No for items without a number. A county is recognised only when all four parts are met; blank items show "Incomplete".`,
    ],
    parts: [
      resources(schools, rows, lang),
      government(),
      quality(),
      {
        title: ['四、社会认可度', '4. Public satisfaction'],
        rule: ['达到85%以上', 'at least 85%'],
        items: [{ no: '1', lines: [{ indicator: 'social_recognition_rate', stage: '义务教育' }] }],
      },
    ],
  }, opts);
  return { assessment: spec, schools, layout };
}

/**
 * The template's sheets, the assessment first.
 * @example
 * buildCountyAssessment({ rows: 3 }).map((s) => s.name); // ['优质均衡自评', '学校资源配置']
 */
export function buildCountyAssessment(opts: TemplateOptions = {}): SheetSpec[] {
  const { assessment, schools } = buildCountyAssessmentParts(opts);
  return [assessment, schools];
}
