/**
 * The sample county the demo fills: 46 schools — 30 小学, 12 初中 and 4 九年一贯制 — with realistic
 * raw counts and areas, generated deterministically (a seeded PRNG) so every run and every test sees
 * the same county. A 九年一贯制 school is entered as two rows, its 小学部 and 初中部, as the
 * standard assesses them: teachers are counted where they teach, and the shared floor space,
 * grounds and equipment are split by EDU.SHARE's weights (小学:初中 = 1:1.1). Like real returns, a
 * few figures are missing and a few are typed as text.
 */
import { share } from '../../domain/core/share';
import { prng } from './prng';

/** One school's raw return, in the order of the school-resources template's input columns. */
export interface SchoolReturn {
  name: string;
  stage: '小学' | '初中';
  students: number | string | null;
  qualifiedTeachers: number | string | null;
  backboneTeachers: number | string | null;
  peArtTeachers: number | string | null;
  teachingSpace: number | string | null;
  sportsSpace: number | string | null;
  equipmentValue: number | string | null;
  multimediaRooms: number | string | null;
}


const TOWNS = ['城关', '东街', '西关', '南湖', '北山', '河口', '新桥', '柳林', '石门', '黄坡', '大石', '清水', '白云', '红旗', '长岭', '青龙'];

/**
 * The sample county's 50 rows: 30 小学, 12 初中, and 4 九年一贯制 schools as two rows each.
 * @example
 * sampleCounty().length;   // 50
 * sampleCounty()[0].name;  // '城关第一小学'
 */
export function sampleCounty(seed = 2025): SchoolReturn[] {
  const rnd = prng(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rnd();
  const schools: SchoolReturn[] = [];
  const plan: ['小学' | '初中' | '九年一贯制', number][] = [['小学', 30], ['初中', 12], ['九年一贯制', 4]];
  let k = 0;
  for (const [kind, n] of plan) {
    for (let i = 0; i < n; i++, k++) {
      const town = TOWNS[k % TOWNS.length];
      const ordinal = ['第一', '第二', '第三', '第四'][Math.floor(k / TOWNS.length)];
      const name = `${town}${ordinal}${kind === '小学' ? '小学' : kind === '初中' ? '中学' : '学校'}`;
      const sections: ('小学' | '初中')[] = kind === '九年一贯制' ? ['小学', '初中'] : [kind];
      const students = sections.map((st) => Math.round(st === '初中' ? between(300, 1800) : between(120, 2100)));
      // Shared resources of a through-school are split by weighted students (EDU.SHARE).
      const weights = sections.map((st) => (st === '初中' ? 1.1 : 1));
      sections.forEach((stage, j) => {
        const junior = stage === '初中';
        const part = sections.length === 1 ? 1 : share(j, students, weights);
        const total = students.reduce((a, b) => a + b, 0);
        // Levels per student or per 100 students relative to the national standard: most schools
        // sit at or above it, one in five is a weak school spread around it (as a county nearing
        // 优质均衡 looks).
        const weak = k % 5 === 3;
        const level = (std: number, spread: number) => (weak ? between(std * (1 - spread), std * (1 + spread / 2)) : between(std * 0.97, std * (1 + spread)));
        const per100 = (std: number, spread: number) => Math.max(0, Math.round((students[j] * level(std, spread)) / 100));
        const area = (std: number, spread: number) => Math.round(part * total * level(std, spread));
        schools.push({
          name: sections.length === 1 ? name : `${name}（${stage === '小学' ? '小学部' : '初中部'}）`,
          stage,
          students: students[j],
          qualifiedTeachers: per100(junior ? 5.3 : 4.2, 0.3),
          backboneTeachers: per100(1, 0.45),
          peArtTeachers: per100(0.9, 0.35),
          teachingSpace: area(junior ? 5.8 : 4.5, 0.3),
          sportsSpace: area(junior ? 10.2 : 7.5, 0.35),
          equipmentValue: Math.round(area(junior ? 2500 : 2000, 0.35) / 100) * 100,
          multimediaRooms: per100(junior ? 2.4 : 2.3, 0.3),
        });
      });
    }
  }
  // What real returns look like: two figures not reported, three typed as text.
  schools[7].sportsSpace = null;
  schools[33].equipmentValue = null;
  schools[3].students = String(schools[3].students).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  schools[12].teachingSpace = String(schools[12].teachingSpace).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  schools[40].multimediaRooms = ` ${schools[40].multimediaRooms} `;
  return schools;
}
