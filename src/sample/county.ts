/**
 * The sample county the demo fills: 48 schools of 小学, 初中 and 九年一贯制 with realistic raw counts
 * and areas, generated deterministically (a seeded PRNG) so every run and every test sees the same
 * county. Like real returns, a few figures are missing and a few are typed as text.
 */

/** One school's raw return, in the order of the school-resources template's input columns. */
export interface SchoolReturn {
  name: string;
  stage: '小学' | '初中' | '九年一贯制';
  students: number | string | null;
  qualifiedTeachers: number | string | null;
  backboneTeachers: number | string | null;
  peArtTeachers: number | string | null;
  teachingSpace: number | string | null;
  sportsSpace: number | string | null;
  equipmentValue: number | string | null;
  multimediaRooms: number | string | null;
}

/** mulberry32: a small, well-known seeded PRNG; the same seed gives the same county everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOWNS = ['城关', '东街', '西关', '南湖', '北山', '河口', '新桥', '柳林', '石门', '黄坡', '大石', '清水', '白云', '红旗', '长岭', '青龙'];

/**
 * The sample county's 48 school returns (30 小学, 14 初中, 4 九年一贯制).
 * @example
 * sampleCounty().length;   // 48
 * sampleCounty()[0].name;  // '城关第一小学'
 */
export function sampleCounty(seed = 2025): SchoolReturn[] {
  const rnd = prng(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rnd();
  const schools: SchoolReturn[] = [];
  const plan: [SchoolReturn['stage'], number][] = [['小学', 30], ['初中', 14], ['九年一贯制', 4]];
  let k = 0;
  for (const [stage, n] of plan) {
    for (let i = 0; i < n; i++, k++) {
      const town = TOWNS[k % TOWNS.length];
      const ordinal = ['第一', '第二', '第三', '第四'][Math.floor(k / TOWNS.length)];
      const name = `${town}${ordinal}${stage === '小学' ? '小学' : stage === '初中' ? '中学' : '学校'}`;
      const junior = stage !== '小学';
      const students = Math.round(junior ? between(300, 1800) : between(120, 2100));
      // Per-student or per-100 levels drawn around the national standard, some schools below it.
      const per100 = (std: number, spread: number) => Math.max(0, Math.round((students * between(std * (1 - spread), std * (1 + spread))) / 100));
      const area = (std: number, spread: number) => Math.round(students * between(std * (1 - spread), std * (1 + spread)));
      schools.push({
        name,
        stage,
        students,
        qualifiedTeachers: per100(junior ? 5.3 : 4.2, 0.3),
        backboneTeachers: per100(1, 0.45),
        peArtTeachers: per100(0.9, 0.35),
        teachingSpace: area(junior ? 5.8 : 4.5, 0.3),
        sportsSpace: area(junior ? 10.2 : 7.5, 0.35),
        equipmentValue: Math.round(area(junior ? 2500 : 2000, 0.35) / 100) * 100,
        multimediaRooms: per100(junior ? 2.4 : 2.3, 0.3),
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
