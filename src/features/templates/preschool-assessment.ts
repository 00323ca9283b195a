/**
 * 县域学前教育普及普惠督导评估自评表 (教督〔2020〕1号): 普及普惠水平, 政府保障情况, 幼儿园保教质量保障
 * 情况 and 社会认可度, each item with its standard from the catalog or a 是 / 否 where the 办法 states
 * no number.
 *
 * How the 办法 decides, as the catalog quotes it (seeds/national.yaml): 普及普惠水平 「学前三年毛入园率
 * 达到85%以上」「普惠性幼儿园覆盖率…达到80%以上」「公办园在园幼儿占比原则上达到50%」; 保教质量保障
 * 「班额达标率不低于85%」「专任教师与幼儿比不低于1:15」「园长和专任教师持证上岗率达到100%」; 社会认可度
 * 「达到85%以上」. A county is recognised when every part reaches its requirements, and a part when every
 * item of it does (the same rule as the compulsory assessment; see ./assessment).
 * The 政府保障情况 items carry no number in the 办法; they are cited at the part, as the catalog cites
 * the 办法's numeric items (seeds/README.md).
 */
import { rowsOf } from '../../domain/catalog/index';
import { buildAssessment, type AssessmentItem, type AssessmentLayout, type Bilingual } from './assessment';
import type { SheetSpec, TemplateOptions } from './types';

const DOC = rowsOf('preschool_gross_enrollment_rate').find((r) => r.plan === 'national')!.source.document;
const GOV = '第五条（二）政府保障情况';
const CARE = '第五条（三）保教质量保障';
const yesno = (no: string, zh: string, en: string, clause: string): AssessmentItem => ({
  no, text: [zh, en], clause: [`${DOC} ${clause}`, `${DOC} ${clause}`] as Bilingual,
  lines: [{ yesno: true, measure: ['是否达到（填 是 / 否）', 'Met? (Yes / No)'] }],
});

/**
 * The preschool self-assessment sheet and where its verdicts are.
 * @example
 * const { spec, layout } = buildPreschoolAssessmentParts();
 * spec.name;           // '普及普惠自评'
 * layout.parts.length; // 4
 */
export function buildPreschoolAssessmentParts(opts: TemplateOptions = {}): { spec: SheetSpec; layout: AssessmentLayout } {
  return buildAssessment({
    sheetName: ['普及普惠自评', 'Preschool assessment'],
    title: ['县域学前教育普及普惠督导评估自评表', 'County self-assessment: universal and affordable preschool education'],
    note: [
      '依据《县域学前教育普及普惠督导评估办法》（教督〔2020〕1号）。在黄色单元格填写县域数值（百分比按 85% 填写，师幼比填每名专任教师对应的幼儿数，如 1:13 填 13），无数字标准的项目填「是」或「否」。四个方面均达到要求方可认定；空白项显示「待完成」。',
      'Per the 2020 universal and affordable preschool assessment rules (教督〔2020〕1号). Enter the county\'s figures in the yellow cells (percentages as 85%; children per teacher as a number, 1:13 as 13), and Yes or No for items without a number. A county is recognised only when all four parts are met; blank items show "Incomplete".',
    ],
    parts: [
      {
        title: ['一、普及普惠水平', '1. Universal and affordable access'],
        rule: ['3项均达到要求', 'all 3 items met'],
        items: [
          { no: '1', lines: [{ indicator: 'preschool_gross_enrollment_rate', stage: '幼儿园' }] },
          { no: '2', lines: [{ indicator: 'inclusive_kindergarten_coverage', stage: '幼儿园' }] },
          { no: '3', lines: [{ indicator: 'public_kindergarten_share', stage: '幼儿园' }] },
        ],
      },
      {
        title: ['二、政府保障情况', '2. Government provision'],
        rule: ['各项均达到要求', 'every item met'],
        items: [
          yesno('1', '党的领导：建立健全党委领导、政府主导的学前教育管理体制', 'Party leadership over preschool education in place', GOV),
          yesno('2', '发展规划：科学制定并实施幼儿园布局规划', 'Kindergarten network plan made and carried out', GOV),
          yesno('3', '公共服务网络：乡镇公办中心园、城镇小区配套幼儿园按规定建设和使用', 'Public township kindergartens and housing-estate kindergartens built and used as required', GOV),
          yesno('4', '财政投入：制定并落实公办园生均财政拨款标准或生均公用经费标准、普惠性民办园补助标准', 'Per-child funding standards for public and subsidy standards for affordable private kindergartens', GOV),
          yesno('5', '收费标准：合理确定公办园和普惠性民办园收费标准并建立动态调整机制', 'Fees of public and affordable kindergartens set and reviewed', GOV),
          yesno('6', '教师配备：按标准配足配齐幼儿园教职工', 'Kindergarten staff complete to the standard', GOV),
          yesno('7', '工资待遇：落实幼儿园教师工资待遇保障政策', "Kindergarten teachers' pay secured", GOV),
          yesno('8', '治理体系：健全幼儿园监管体系，规范办园行为', 'Supervision of kindergartens in place', GOV),
        ],
      },
      {
        title: ['三、幼儿园保教质量保障情况', '3. Quality of care and education'],
        rule: ['各项均达到要求', 'every item met'],
        items: [
          yesno('1', '办园条件：所有幼儿园达到省定办园标准', 'Every kindergarten meets the provincial standard', CARE),
          { no: '2', lines: [{ indicator: 'kindergarten_class_size_compliance', stage: '幼儿园' }] },
          { no: '3', lines: [{ indicator: 'kindergarten_children_per_teacher', stage: '幼儿园', measure: ['每名专任教师对应幼儿数（如 1:13 填 13）', 'Children per full-time teacher (1:13 as 13)'] }] },
          { no: '4', lines: [
            { indicator: 'principal_certification_rate', stage: '幼儿园' },
            { indicator: 'teacher_certification_rate', stage: '幼儿园' },
          ] },
          yesno('5', '科学保教：落实《3-6岁儿童学习与发展指南》，无「小学化」倾向', 'Play-based care per the 3–6 guidelines; no primary-school drilling', CARE),
        ],
      },
      {
        title: ['四、社会认可度', '4. Public satisfaction'],
        rule: ['达到85%以上', 'at least 85%'],
        items: [{ no: '1', lines: [{ indicator: 'social_recognition_rate', stage: '幼儿园' }] }],
      },
    ],
  }, opts);
}

/**
 * The template's one sheet.
 * @example
 * buildPreschoolAssessment().map((s) => s.name); // ['普及普惠自评']
 */
export function buildPreschoolAssessment(opts: TemplateOptions = {}): SheetSpec[] {
  return [buildPreschoolAssessmentParts(opts).spec];
}
