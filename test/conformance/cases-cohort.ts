/**
 * Conformance rows for enrolment projection and place planning (issue 7): EDU.COHORT, EDU.ENTRANTS,
 * EDU.PLACESNEEDED, EDU.CLASSESBYYEAR, EDU.STAFFBYYEAR, EDU.NEWSCHOOLS. Every small expectation is
 * worked by hand in its `why`. The two 12-grade, 15-year rows are checked against expectations
 * computed here, independently of src/domain/core/cohort.ts, in two other ways: a closed form that follows
 * each cohort along its diagonal (no repetition), and a transition-matrix product (with repetition).
 */
import { BLANK, col, err, OMIT, row, type Case, type Scalar } from './case';

// ---- Independent expectations for the long horizon -------------------------------------------

const GRADES = 12; // 小学 6 + 初中 3 + 高中 3
const YEARS = 15;
const CURRENT_12 = [980, 960, 950, 940, 930, 920, 900, 890, 880, 700, 690, 680];
const INTAKES_15 = Array.from({ length: YEARS }, (_, y) => 1000 + 10 * (y + 1)); // 1010, 1020, … 1150
// All promote except at the two stage boundaries: 六年级→初一 keeps 80%, 初三→高一 50%.
const PROMOTION_12 = [1, 1, 1, 1, 1, 0.8, 1, 1, 0.5, 1, 1, 1];

/**
 * Without repetition a pupil moves one grade a year, so grade g (1-based) in year t (1-based) is the
 * cohort that entered grade 1 in year t − g + 1 (an intake) or, when that is ≤ 0, the cohort in
 * grade g − t now, times the promotion rates it has passed through.
 */
function diagonal(current: number[], intakes: number[], p: number[]): number[][] {
  const out: number[][] = [];
  for (let t = 1; t <= intakes.length; t++) {
    const yr: number[] = [];
    for (let g = 1; g <= current.length; g++) {
      const entered = t - g + 1;
      let value: number;
      let from: number; // the grade the cohort is counted from
      if (entered >= 1) {
        value = intakes[entered - 1];
        from = 1;
      } else {
        value = current[g - t - 1];
        from = g - t;
      }
      for (let k = from; k < g; k++) value *= p[k - 1];
      yr.push(value);
    }
    out.push(yr);
  }
  return out;
}

/** Eₜ₊₁ = T·Eₜ + bₜ₊₁, with T[g][g] = r[g], T[g][g−1] = p[g−1] and b = (intake, 0, …, 0). */
function transition(current: number[], intakes: number[], p: number[], r: number[]): number[][] {
  const n = current.length;
  const T = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? r[i] : i === j + 1 ? p[j] : 0)));
  const out: number[][] = [];
  let e = current;
  for (const intake of intakes) {
    e = T.map((rowT, i) => rowT.reduce((s, tij, j) => s + tij * e[j], 0) + (i === 0 ? intake : 0));
    out.push(e);
  }
  return out;
}

const REPETITION_12 = [0.02, 0.01, 0.01, 0.01, 0.01, 0.01, 0.03, 0.02, 0.02, 0.01, 0.01, 0.05];
const PROMOTION_12R = [0.97, 0.98, 0.98, 0.98, 0.98, 0.9, 0.95, 0.96, 0.55, 0.97, 0.97, 0.9];

/** A matcher: the same shape, each value within 1e-9 relative of the expectation. */
function near(expected: number[][], spots: [year: number, grade: number, value: number][] = []): { matrix: (m: unknown[][]) => void } {
  return {
    matrix: (m) => {
      expect(m.length).toBe(expected.length);
      m.forEach((r, i) => {
        expect(r.length).toBe(expected[i].length);
        r.forEach((v, j) => {
          expect(typeof v).toBe('number');
          expect(Math.abs((v as number) - expected[i][j])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected[i][j])));
        });
      });
      for (const [y, g, v] of spots) expect(Math.abs((m[y - 1][g - 1] as number) - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, v));
    },
  };
}

const r = (xs: number[]): Scalar[][] => [xs];

// 玉泉区 2020 (seed 000): 5000 children per 小学 grade, 4200 per 初中 grade.
const YQ_PRIMARY = [5000, 5000, 5000, 5000, 5000, 5000];

export const cohortCases: Case[] = [
  // ---- COHORT: Eₜ₊₁[1] = intake + r[1]·Eₜ[1]; Eₜ₊₁[g+1] = p[g]·Eₜ[g] + r[g+1]·Eₜ[g+1]
  { fn: 'COHORT', args: [row(100, 90, 80), row(110, 120)], expect: [[110, 100, 90], [120, 110, 100]], why: 'no rates: each cohort moves up a grade a year, the intake enters grade 1 (issue 7 example)' },
  { fn: 'COHORT', args: [col(100, 90, 80), col(110, 120)], expect: [[110, 100, 90], [120, 110, 100]], why: 'columns are read like rows; the result is still a row per year' },
  {
    fn: 'COHORT', args: [row(100, 90, 80), row(110, 120), 0.9], expect: [[110, 90, 81], [120, 99, 81]],
    why: 'one promotion rate for every grade: year 1 = 110, 0.9·100, 0.9·90; year 2 = 120, 0.9·110, 0.9·90',
  },
  {
    fn: 'COHORT', args: [row(200, 200, 200), row(210, 220), 0.95, 0.05], expect: [[220, 200, 200], [231, 219, 200]],
    why: 'repetition 5%: year 1 = 210+10, 190+10, 190+10; year 2 = 220+0.05·220=231, 0.95·220+0.05·200=219, 0.95·200+0.05·200=200',
  },
  {
    fn: 'COHORT', args: [row(100, 100, 100), row(100), row(0.9, 0.8, 1), row(0.1, 0.05, 0)], expect: [[110, 95, 80]],
    why: 'rates per grade: 100+0.1·100=110; 0.9·100+0.05·100=95; 0.8·100+0·100=80',
  },
  {
    fn: 'COHORT', args: [row(100, 50), row(60), '98%', '2%'], expect: [[62, 99]],
    why: 'percent text: 60+0.02·100=62; 0.98·100+0.02·50=99',
  },
  {
    fn: 'COHORT', args: [row('１００', '1,000'), col(60, 70), row('90％', '100%'), OMIT], expect: [[60, 90], [70, 54]],
    why: 'full-width digits, a thousands separator, percent text per grade: year 1 = 60, 0.9·100; year 2 = 70, 0.9·60 (grade 2 leaves)',
  },
  { fn: 'COHORT', args: [row(100, 90, 80), row(110, 120), BLANK, 0], expect: [[110, 100, 90], [120, 110, 100]], why: 'a blank promotion cell is the default 1 (repetition 0 given)' },
  { fn: 'COHORT', args: [row(100, 90, 80), row(110, 120), 0.9, BLANK], expect: [[110, 90, 81], [120, 99, 81]], why: 'a blank repetition cell is the default 0: as promotion 0.9 alone' },
  { fn: 'COHORT', args: [row(100, 90, 80), row(110, 120), row(1, 1)], expect: err('#VALUE!', /升级率有2个值，应为1个或每个年级1个（共3个）.*promotion has 2 values/), why: 'rates for 2 grades, enrolment for 3' },
  { fn: 'COHORT', args: [row(100, 90, 80), row(110), OMIT, col(0, 0, 0, 0)], expect: err('#VALUE!', /留级率有4个值/), why: 'repetition for 4 grades, enrolment for 3' },
  { fn: 'COHORT', args: [[[100, 90], [80, 70]], row(110)], expect: err('#VALUE!', /在校生应为一行或一列.*current enrolment must be one row or one column/), why: 'a 2 × 2 block is no list of grades' },
  { fn: 'COHORT', args: [row(100, BLANK, 80), row(110)], expect: err('#VALUE!', /在校生的第2个值为空/), why: 'a blank grade is missing data, never 0' },
  { fn: 'COHORT', args: [row(100, 90), row(110, BLANK)], expect: err('#VALUE!', /招生数的第2个值为空/), why: 'a blank intake year' },
  { fn: 'COHORT', args: [row(100, 'abc'), row(110)], expect: err('#VALUE!', /「abc」不是数字/), why: 'text that is no number' },
  { fn: 'COHORT', args: [row(100, 90), row(110), 98], expect: err('#NUM!'), why: '98 is not 98%: rates lie in [0, 1] (DESIGN §5: never guess that 98 means 98%)' },
  { fn: 'COHORT', args: [row(100, 90), row(110), 0.98, 0.05], expect: err('#NUM!'), why: 'promotion 98% + repetition 5% > 1 would count pupils twice' },
  { fn: 'COHORT', args: [row(100, -90), row(110)], expect: err('#NUM!'), why: 'negative enrolment' },
  {
    fn: 'COHORT', args: [r(CURRENT_12), r(INTAKES_15), r(PROMOTION_12)],
    expect: near(diagonal(CURRENT_12, INTAKES_15, PROMOTION_12), [
      [1, 1, 1010], // intake of year 1
      [1, 7, 736], // 六年级 920 × 0.8 into 初一
      [2, 12, 700], // 高一 700 now, two years on at promotion 1
      [3, 12, 440], // 初三 880 now × 0.5 into 高一, then 1, 1
      [12, 10, 412], // entered grade 1 in year 3: 1030 × 0.8 × 0.5
      [15, 12, 416], // entered grade 1 in year 4: 1040 × 0.8 × 0.5
      [15, 1, 1150], // intake of year 15
    ]),
    why: '12 grades × 15 years, promotion 1 except 80% into 初一 and 50% into 高一, against a diagonal closed form written independently of the core; spots by hand: Y1G1 = 1010, Y1G7 = 0.8·920 = 736, Y2G12 = 700, Y3G12 = 0.5·880 = 440, Y12G10 = 1030·0.8·0.5 = 412, Y15G12 = 1040·0.8·0.5 = 416, Y15G1 = 1150',
  },
  {
    fn: 'COHORT', args: [r(CURRENT_12), r(INTAKES_15), r(PROMOTION_12R), r(REPETITION_12)],
    expect: near(transition(CURRENT_12, INTAKES_15, PROMOTION_12R, REPETITION_12), [
      [1, 1, 1010 + 0.02 * 980], // 1029.6
      [1, 2, 0.97 * 980 + 0.01 * 960], // 960.2
      [1, 12, 0.97 * 690 + 0.05 * 680], // 703.3
    ]),
    why: '12 grades × 15 years with per-grade promotion and repetition, against Eₜ₊₁ = T·Eₜ + b written independently; spots by hand: Y1G1 = 1010+0.02·980 = 1029.6, Y1G2 = 0.97·980+0.01·960 = 960.2, Y1G12 = 0.97·690+0.05·680 = 703.3',
  },

  // ---- ENTRANTS: births six years earlier × entry rate, in the shape of births
  { fn: 'ENTRANTS', args: [col(5000, 5200, 4800), 0.98], expect: [[4900], [5096], [4704]], why: '5000·0.98 = 4900, 5200·0.98 = 5096, 4800·0.98 = 4704' },
  { fn: 'ENTRANTS', args: [row(4000, 4100)], expect: [[4000, 4100]], why: 'rate defaults to 1: every child born enters; a row spills as a row' },
  { fn: 'ENTRANTS', args: [col(4000, 4000), col('125%', '110%')], expect: [[5000], [4400]], why: 'a rate per year, above 1 where children move in: 4000·1.25, 4000·1.1' },
  { fn: 'ENTRANTS', args: [col('5，000', '4 800'), '98％'], expect: [[4900], [4704]], why: 'a full-width comma, a space grouping thousands, a full-width percent sign' },
  { fn: 'ENTRANTS', args: [5000, '98%'], expect: [[4900]], why: 'one year: a 1 × 1 spill' },
  { fn: 'ENTRANTS', args: [col(5000, 5100), BLANK], expect: [[5000], [5100]], why: 'a blank rate cell is the default 1' },
  { fn: 'ENTRANTS', args: [col(5000, BLANK)], expect: err('#VALUE!', /出生人数第2行第1列为空/), why: 'a blank year of births is missing, never 0' },
  { fn: 'ENTRANTS', args: [col(5000, 5100), col(0.9, 0.9, 0.9)], expect: err('#VALUE!', /入学系数应为1个值或与出生人数同样大小/), why: 'three rates for two years' },
  { fn: 'ENTRANTS', args: [col(5000, -1)], expect: err('#NUM!'), why: 'negative births' },
  { fn: 'ENTRANTS', args: [col(1000, 2000), -0.5], expect: err('#NUM!'), why: 'a negative rate' },

  // ---- PLACESNEEDED: the sum of each year's grades
  { fn: 'PLACESNEEDED', args: [[[110, 100, 90], [120, 110, 100]]], expect: [[300], [330]], why: '110+100+90 = 300; 120+110+100 = 330 (the COHORT example)' },
  { fn: 'PLACESNEEDED', args: [[YQ_PRIMARY, YQ_PRIMARY]], expect: [[30000], [30000]], why: 'seed 000 玉泉区: 5000 per grade × 6 小学 grades = 30000 places a year' },
  { fn: 'PLACESNEEDED', args: [row(110, 100, 90)], expect: [[300]], why: 'one year: a 1 × 1 spill' },
  { fn: 'PLACESNEEDED', args: [col(100, 200)], expect: [[100], [200]], why: 'one grade: the year totals are the values' },
  { fn: 'PLACESNEEDED', args: [[[10.5, 20.25], ['30', '４０']]], expect: [[30.75], [70]], why: 'fractional projections and numbers typed as text: 10.5+20.25, 30+40' },
  { fn: 'PLACESNEEDED', args: [[[110, 100, 90], [120, 110, BLANK]]], expect: err('#VALUE!', /在校生第2行第3列为空/), why: 'a blank cell is missing, never 0' },
  { fn: 'PLACESNEEDED', args: [[[1, 'x'], [2, 3]]], expect: err('#VALUE!', /「x」不是数字/), why: 'text' },
  { fn: 'PLACESNEEDED', args: [[[1, -2], [2, 3]]], expect: err('#NUM!'), why: 'negative enrolment' },

  // ---- CLASSESBYYEAR: Σ over grades of ⌈enrolment / class size⌉
  { fn: 'CLASSESBYYEAR', args: [[[46, 46], [90, 45]], '小学'], expect: [[4], [3]], why: '⌈46/45⌉+⌈46/45⌉ = 2+2 = 4 (not ⌈92/45⌉ = 3); ⌈90/45⌉+⌈45/45⌉ = 2+1 = 3' },
  { fn: 'CLASSESBYYEAR', args: [[YQ_PRIMARY, YQ_PRIMARY], 'primary'], expect: [[672], [672]], why: 'seed 000: ⌈5000/45⌉ = 112 classes per grade × 6 = 672' },
  { fn: 'CLASSESBYYEAR', args: [[[4200, 4200, 4200], [4000, 4000, 4000]], '初中'], expect: [[252], [240]], why: '初中 50 per class: 84×3 = 252; 80×3 = 240' },
  { fn: 'CLASSESBYYEAR', args: [[[100, 80], [41, 0]], '小学', 40], expect: [[5], [2]], why: 'size 40: 3+2 = 5; 2+0 = 2' },
  { fn: 'CLASSESBYYEAR', args: [[[0, 0], [0, 1]], '高中'], expect: [[0], [1]], why: 'empty grades need no class; one pupil needs one' },
  { fn: 'CLASSESBYYEAR', args: [[[100, 80], [41, 0]], '小学', 0], expect: err('#NUM!'), why: 'class size 0' },
  { fn: 'CLASSESBYYEAR', args: [[[100, 80], [41, 0]], '本科'], expect: err('#VALUE!', /无法识别学段/), why: 'unknown stage' },
  { fn: 'CLASSESBYYEAR', args: [[[100, BLANK], [41, 0]], '小学'], expect: err('#VALUE!', /第1行第2列为空/), why: 'a blank grade' },

  // ---- STAFFBYYEAR: ⌈year total / students per staff member⌉
  { fn: 'STAFFBYYEAR', args: [[[500, 450], [475, 475]], '小学'], expect: [[50], [50]], why: '950/19 = 50 each year' },
  { fn: 'STAFFBYYEAR', args: [col(1000, 1350), '初中'], expect: [[75], [100]], why: '1000/13.5 = 74.07 → 75; 1350/13.5 = 100' },
  { fn: 'STAFFBYYEAR', args: [[YQ_PRIMARY, YQ_PRIMARY], '小學'], expect: [[1579], [1579]], why: '繁體 stage; 30000/19 = 1578.9 → 1579' },
  { fn: 'STAFFBYYEAR', args: [[[500, 500], [400, 400]], '小学', 20], expect: [[50], [40]], why: 'explicit 1:20: 1000/20, 800/20' },
  { fn: 'STAFFBYYEAR', args: [col(0, 19), '小学'], expect: [[0], [1]], why: 'a year with no pupils needs no staff (0, not −0); 19/19 = 1' },
  { fn: 'STAFFBYYEAR', args: [[[500, 500]], '小学', -1], expect: err('#NUM!'), why: 'a negative ratio' },
  { fn: 'STAFFBYYEAR', args: [col(500, 600), BLANK], expect: err('#VALUE!', /缺少学段/), why: 'the stage is needed for the default ratio' },
  { fn: 'STAFFBYYEAR', args: [col(500, BLANK), '小学'], expect: err('#VALUE!', /第2行第1列为空/), why: 'a blank year' },

  // ---- NEWSCHOOLS: ⌈shortfall / places per school⌉
  { fn: 'NEWSCHOOLS', args: [7200, 2160], expect: 4, why: 'seed 000 小学 shortfall 7200, schools of 48 classes × 45 = 2160 places: 3.33 → 4' },
  { fn: 'NEWSCHOOLS', args: [4200, 1350], expect: 4, why: 'seed 000 初中 shortfall 4200, schools of 27 classes × 50 = 1350: 3.11 → 4' },
  { fn: 'NEWSCHOOLS', args: [4320, 2160], expect: 2, why: 'exactly two schools' },
  { fn: 'NEWSCHOOLS', args: [0, 2000], expect: 0, why: 'no shortfall, no school' },
  { fn: 'NEWSCHOOLS', args: ['7,200', '２１６０'], expect: 4, why: 'a thousands separator and full-width digits' },
  { fn: 'NEWSCHOOLS', args: [-1, 2000], expect: err('#NUM!'), why: 'a negative shortfall' },
  { fn: 'NEWSCHOOLS', args: [100, 0], expect: err('#NUM!'), why: 'a school of 0 places' },
  { fn: 'NEWSCHOOLS', args: [BLANK, 2000], expect: err('#VALUE!', /缺少学位缺口/), why: 'a blank shortfall is missing, never 0' },
];
