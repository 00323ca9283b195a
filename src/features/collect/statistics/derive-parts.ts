/**
 * From a school's statistics figures to the rows of the county table: one row per 学段 part
 * (小学部, 初中部), its own teachers, its share of the shared resources (用房, 场馆, 仪器, 多媒体教室)
 * by student weights, floor space without the 体育馆 (counted in 场馆) unless asked, and a finding
 * for each split so an inspector can follow the arithmetic.
 */
import type { CollectedRow, Finding, KindergartenRow } from '../types';
import type { SchoolFigures } from './figures';
import type { SchoolStage } from './layout';
import { stageShares, stageWeights } from './split';

/** How shared figures are derived. */
export interface DeriveOptions {
  /**
   * Count the 体育馆 / 室内体育用房 in 教学及辅助用房 too. Default false: the 体育馆 is counted in
   * 体育运动场馆面积 (运动场地 + 体育馆), and counting it in both would count it twice — as both public
   * importers do (docs/statistics.md).
   */
  gymInSpace?: boolean;
}

const STAGE_NAME: Record<SchoolStage, string> = { primary: '小学', junior: '初中', senior: '高中' };
const fmt = (n: number) => String(+n.toFixed(2));

/** What one school gives. */
export interface Derived { rows: CollectedRow[]; kindergartens: KindergartenRow[]; findings: Finding[] }

/**
 * The county rows of one school.
 * @example
 * deriveParts({ school: '城南九年一贯制学校', stages: { primary: { students: 166, … }, junior: { students: 210, … } }, shared: { space: 23226, gym: 0, … }, … }).rows[0].raw[3];
 * // 9711.627204030226 (23 226 × 166 / (166 + 1.1 × 210))
 */
export function deriveParts(s: SchoolFigures, o: DeriveOptions = {}): Derived {
  const findings: Finding[] = [];
  const at = (check: Finding['check'], value: string, message: string, info = false) =>
    findings.push({ file: s.file, sheet: s.sheet, row: s.row || null, school: s.school, check, value, message, ...(info ? { info } : {}) });
  if (s.kindergarten) {
    const k = s.kindergarten;
    return { rows: [], findings, kindergartens: [{ name: s.school, children: k.children ?? null, teachers: k.teachers ?? null, principals: k.principals ?? null, classes: k.classes ?? null, file: s.file, sheet: s.sheet, row: s.row }] };
  }
  const students: Partial<Record<SchoolStage, number>> = {};
  let unknown = false;
  for (const st of Object.keys(s.stages) as SchoolStage[]) {
    const n = s.stages[st]?.students;
    if (n === 0) at('zero-students', '0', `${STAGE_NAME[st]}在校生数为 0，该学段不列入 / ${st} has 0 students, left out`);
    if (typeof n === 'number' && n > 0) students[st] = n;
    else if (n !== 0) unknown = true;
  }
  // A part whose students cannot be read keeps its row (its finding says why), but no share of
  // the shared resources can be computed for any part then.
  const shares = unknown ? {} : stageShares(students);
  const parts = (Object.keys(s.stages) as SchoolStage[]).filter((st) => st !== 'senior' && s.stages[st]?.students !== 0);
  // Shared figures of the whole school.
  const sh = s.shared;
  const gym = sh.gym ?? 0;
  let space = sh.space ?? null;
  if (space !== null && !o.gymInSpace) {
    if (gym > space) at('part-whole', String(gym), `体育馆面积 ${gym} 大于教学及辅助用房面积 ${space}，未扣除 / the gym is larger than the teaching space; not subtracted`);
    else space -= gym;
  }
  const whole: (number | null)[] = [space, sh.ground === undefined || sh.ground === null ? null : sh.ground + gym, sh.equipment ?? null, sh.multimedia ?? null];
  const names = ['教学及辅助用房面积', '体育运动场馆面积', '教学仪器设备值', '网络多媒体教室数'];
  const multi = Object.keys(shares).length > 1;
  const sharedUnknown = unknown && Object.keys(s.stages).length > 1;
  if (multi) {
    const stages = Object.keys(shares) as SchoolStage[];
    const w = stageWeights(stages);
    const ratio = stages.map((st) => STAGE_NAME[st]).join(':') + ' = ' + stages.map((st) => w[st]).join(':');
    const denom = stages.map((st) => `${students[st]}×${w[st]}`).join(' + ');
    whole.forEach((v, i) => {
      if (v === null) return;
      const each = stages.map((st) => `${STAGE_NAME[st]}部 ${fmt(v * (shares[st] ?? 0))}`).join('，');
      at('split', String(v), `${names[i]} ${fmt(v)} 按 ${ratio} 折算学生分摊：${stages.map((st) => `${STAGE_NAME[st]}部 ${v} × ${students[st]}×${w[st]} / (${denom})`).join('；')} → ${each} / split by weighted students`, true);
    });
  }
  const rows: CollectedRow[] = parts.map((st) => {
    const f = s.stages[st] ?? {};
    const mine = (v: number | null) => (v === null || sharedUnknown ? null : v * (shares[st] ?? (Object.keys(s.stages).length === 1 ? 1 : 0)));
    return {
      name: s.school,
      stage: STAGE_NAME[st],
      students: f.students ?? null,
      raw: [f.qualified ?? null, f.backbone ?? null, f.peArt ?? null, ...whole.map(mine)],
      ...(f.fullTime !== undefined ? { fullTime: f.fullTime } : {}),
      file: s.file, sheet: s.sheet, row: s.row,
      ...(s.counted === false && s.parent ? { parent: s.parent } : {}),
    };
  });
  if (s.counted === false && !s.parent && rows.length) at('teaching-point', s.kind, `${s.kind || '教学点/分校'}（不计校数）未写所属学校，单独列出 / not counted as a school but no parent school given: listed on its own`);
  return { rows, kindergartens: [], findings };
}
