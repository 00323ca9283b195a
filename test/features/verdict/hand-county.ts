/**
 * A hand-made county of eight schools for the follow-up list and the verdict (test/features/verdict/follow-up,
 * test/hosts/pane/summary). Each school is its raw return (students, teachers, m², 元, rooms); the seven
 * indicators are computed by plain arithmetic in `row`, and every number is worked out in the comments.
 * Standards (教督〔2017〕6号, docs/design.md §4), in the standard's order 高学历 / 骨干 / 体艺 (per 100
 * students), 用房 / 运动 (m² per student), 仪器 (元 per student), 多媒体 (per 100):
 *   小学 4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3     初中 5.3, 1, 0.9, 5.8, 10.2, 2500, 2.4
 */
import type { SchoolFigures } from '../../../src/features/verdict/county-summary';

export interface Raw {
  name: string; stage: 'primary' | 'junior'; students: number;
  qualified: number; backbone: number; peArt: number; space: number; sports: number; equipment: number | null; rooms: number;
}
export const per100 = (n: number, p: number) => (n / p) * 100;
export const row = (r: Raw): SchoolFigures => ({
  name: r.name, stage: r.stage, students: r.students,
  values: [per100(r.qualified, r.students), per100(r.backbone, r.students), per100(r.peArt, r.students), r.space / r.students,
    r.sports / r.students, r.equipment === null ? null : r.equipment / r.students, per100(r.rooms, r.students)],
});

// 小学, 500 students: per 100 = n / 5, per student = x / 500.
export const 甲: Raw = { name: '甲小学', stage: 'primary', students: 500, qualified: 25, backbone: 6, peArt: 5, space: 2500, sports: 4000, equipment: 1_100_000, rooms: 12 };
//   5.0, 1.2, 1.0, 5.0, 8.0, 2200, 2.4 → all seven met.
export const 乙: Raw = { ...甲, name: '乙小学', sports: 3050 };
//   运动 3050/500 = 6.1 < 7.5: gap 1.4, 1.4/7.5 = 18.67 %; 6.1/7.5 = 81.3 % < 85 % → fails the school rule.
export const 寅小: Raw = { ...甲, name: '寅学校（小学部）', sports: 3500 };
//   (a 九年一贯制 school's 小学部 row) 运动 7.0 < 7.5: gap 0.5, 6.67 %; 7/7.5 = 93.3 % → passes (6 of 7).
export const 丁: Raw = { name: '丁小学', stage: 'primary', students: 1000, qualified: 40, backbone: 10, peArt: 10, space: 5000, sports: 8000, equipment: 2_000_000, rooms: 20 };
//   (1000 students: per 100 = n / 10) 高学历 4.0 < 4.2: gap 0.2, 4.76 %; 多媒体 2.0 < 2.3: gap 0.3, 13.04 %;
//   two misses → only 5 of 7 met → fails.
export const 戊: Raw = { ...甲, name: '戊小学', equipment: null };
//   仪器 not reported: 6 of 7 met, but a blank cannot reach 85 % → fails; listed as 未填报.
// 初中, 800 students: per 100 = n / 8.
export const 子: Raw = { name: '子中学', stage: 'junior', students: 800, qualified: 48, backbone: 8, peArt: 8, space: 4800, sports: 8400, equipment: 2_400_000, rooms: 20 };
//   6.0, 1.0, 1.0, 6.0, 10.5, 3000, 2.5 → all met.
export const 丑: Raw = { ...子, name: '丑中学', space: 4400 };
//   用房 4400/800 = 5.5 < 5.8 (初中's standard; it would meet 小学's 4.5): gap 0.3, 0.3/5.8 = 5.17 %; 94.8 % → passes.
export const 寅初: Raw = { name: '寅学校（初中部）', stage: 'junior', students: 400, qualified: 24, backbone: 4, peArt: 4, space: 2400, sports: 4200, equipment: 1_200_000, rooms: 10 };
//   (400 students: per 100 = n / 4) 6.0, 1.0, 1.0, 6.0, 10.5, 3000, 2.5 → all met.

export const county = [甲, 乙, 寅小, 丁, 戊, 子, 丑, 寅初].map(row);
