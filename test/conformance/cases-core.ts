/**
 * Conformance rows for the metric functions (ratios, 差异系数, thresholds, school rules, places).
 * Every expected number is from the national standard (docs/design.md §4), a seed document, or a hand
 * calculation written next to it.
 */
import { BLANK, col, err, OMIT, row, type Case } from './case';

// A 小学 school meeting all seven national standards exactly (教督〔2017〕6号 第五条（一）).
const PRIMARY_STD = [4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3];
const JUNIOR_STD = [5.3, 1, 0.9, 5.8, 10.2, 2500, 2.4];

export const coreCases: Case[] = [
  // ---- PER100: count ÷ students × 100
  { fn: 'PER100', args: [21, 500], expect: 4.2, why: '21/500×100 = 4.2, exactly the 小学 高学历教师 standard' },
  { fn: 'PER100', args: ['５３', '1,000'], expect: 5.3, why: 'full-width digits and a thousands separator: 53/1000×100' },
  { fn: 'PER100', args: [0, 350], expect: 0, why: 'no teachers: 0' },
  { fn: 'PER100', args: [' 12 ', '1，200'], expect: 1, why: 'spaces and a full-width comma: 12/1200×100 = 1' },
  { fn: 'PER100', args: [5, 0], expect: err('#DIV/0!'), why: '0 students: no ratio' },
  { fn: 'PER100', args: [5, BLANK], expect: err('#VALUE!', /缺少学生数/), why: 'a blank is missing, never 0' },
  { fn: 'PER100', args: ['abc', 100], expect: err('#VALUE!', /「abc」不是数字/), why: 'text that is no number' },
  { fn: 'PER100', args: [5, -10], expect: err('#NUM!'), why: 'negative students' },
  { fn: 'PER100', args: [true, 100], expect: err('#VALUE!', /逻辑值/), why: 'TRUE is not a count' },

  // ---- PERSTUDENT: amount ÷ students
  { fn: 'PERSTUDENT', args: [2250, 500], expect: 4.5, why: '2250 m²/500 = 4.5, the 小学 生均用房 standard' },
  { fn: 'PERSTUDENT', args: ['1,250,000', 500], expect: 2500, why: '1,250,000 元 of equipment/500 = 2500, the 初中 standard' },
  { fn: 'PERSTUDENT', args: [5100, '５００'], expect: 10.2, why: '5100/500 = 10.2 (初中 运动场馆)' },
  { fn: 'PERSTUDENT', args: [100, 0], expect: err('#DIV/0!'), why: '0 students' },
  { fn: 'PERSTUDENT', args: [BLANK, 100], expect: err('#VALUE!', /缺少总量/), why: 'blank amount is missing' },
  { fn: 'PERSTUDENT', args: ['12a', 100], expect: err('#VALUE!'), why: 'not a number' },

  // ---- RATE: part ÷ whole as a fraction
  { fn: 'RATE', args: [850, 1000], expect: 0.85, why: '850/1000 = 85%, the 随迁子女 standard' },
  { fn: 'RATE', args: ['85%', 1], expect: 0.85, why: 'percent text is a fraction: 85% = 0.85' },
  { fn: 'RATE', args: ['96％', '１'], expect: 0.96, why: 'full-width percent sign' },
  { fn: 'RATE', args: [0, 10], expect: 0, why: '0 of 10' },
  { fn: 'RATE', args: [3, 0], expect: err('#DIV/0!'), why: 'empty whole' },
  { fn: 'RATE', args: [3, BLANK], expect: err('#VALUE!'), why: 'blank whole' },

  // ---- DIFFCOEF: student-weighted CV (docs/design.md §4)
  {
    fn: 'DIFFCOEF', args: [col(4, 5, 6, 3), col(100, 200, 300, 400)], expect: 0.2910511017014931,
    why: 'P=1000; X̄=(400+1000+1800+1200)/1000=4.4; S²=.1·.16+.2·.36+.3·2.56+.4·1.96=1.64; CV=√1.64/4.4',
  },
  {
    fn: 'DIFFCOEF', args: [col(4.5, 5.0, 3.9, 6.2), col(1200, 800, 450, 300)], expect: 0.13241738861513055,
    why: 'P=2750; X̄=13015/2750=4.73273; S²=Σ(Pᵢ/P)(Xᵢ−X̄)²=0.392747; CV=√0.392747/4.73273',
  },
  {
    fn: 'DIFFCOEF', args: [col(2000, 2500, 1800, 3000, 2200), col(500, 400, 300, 200, 100)], expect: 0.17465953275144297,
    why: 'P=1500; X̄=3,360,000/1500=2240; S²=153066.67; CV=391.24/2240',
  },
  { fn: 'DIFFCOEF', args: [col(4, BLANK, 6, BLANK), col(100, 200, 300, 400)], expect: 0.15745916432444337, why: 'blanks skip their pairs: {4,6} with {100,300}: X̄=5.5, S²=.25·2.25+.75·.25=.75, CV=√.75/5.5' },
  { fn: 'DIFFCOEF', args: [row(1, 1, 1, 1), row(10, 20, 30, 40)], expect: 0, why: 'identical schools: 0' },
  { fn: 'DIFFCOEF', args: [col(4, 6), col(100, 300, 200)], expect: err('#VALUE!', /区域大小不同/), why: 'ranges of different size' },
  { fn: 'DIFFCOEF', args: [col(0, 0), col(100, 300)], expect: err('#DIV/0!'), why: 'mean 0: CV undefined' },
  { fn: 'DIFFCOEF', args: [col(BLANK, BLANK), col(100, 300)], expect: err('#DIV/0!'), why: 'no school left after skipping blanks' },
  { fn: 'DIFFCOEF', args: [col(4, 'abc'), col(100, 300)], expect: err('#VALUE!'), why: 'text in the values' },
  // By stage (issue 18): the 小学 rows of a mixed table are {4 (100), 6 (300)} as above → √.75/5.5.
  { fn: 'DIFFCOEF', args: [col(4, 9, 6, 2), col(100, 50, 300, 80), col('小学', '初中', '小學', 'junior'), '小学'], expect: 0.15745916432444337,
    why: '小学 rows only {4,6} with {100,300}: X̄=5.5, S²=.75, CV=√.75/5.5 (简/繁 stage names both count)' },
  // 初中 rows {9 (50), 2 (80)}: P=130, X̄=(450+160)/130=610/130=4.6923077; S²=(50/130)(4.3076923)²+(80/130)(2.6923077)²
  // =0.3846154·18.556213+0.6153846·7.2485207=7.1370050+4.4606281=11.597633; S=3.4055297; CV=3.4055297/4.6923077=0.7257686
  { fn: 'DIFFCOEF', args: [col(4, 9, 6, 2), col(100, 50, 300, 80), col('小学', '初中', '小學', 'junior'), 'Junior'], expect: 0.7257686433173329,
    why: '初中 rows {9,2} with {50,80}: X̄=610/130, S²=11.597633, CV=0.7257686 (hand-computed)' },
  { fn: 'DIFFCOEF', args: [col(4, 9, 6, 2), col(100, 50, 300, 80), col('小学', BLANK, '小学', '特殊教育'), '小学'], expect: 0.15745916432444337,
    why: 'a blank 学段 and a 特殊教育学校 are not 小学: {4,6} with {100,300}' },
  { fn: 'DIFFCOEF', args: [col(4, 9, 6), col(100, 20, 300), col('小学', '小学', '小学'), '小学', 50], expect: 0.15745916432444337,
    why: 'min_students 50 leaves out the 教学点 of 20 students: {4,6} with {100,300}' },
  { fn: 'DIFFCOEF', args: [col(4, 9, 6), col(100, 20, 300), OMIT, OMIT, 50], expect: 0.15745916432444337,
    why: 'min_students without a stage: the 20-student school is left out' },
  { fn: 'DIFFCOEF', args: [col(4, 6), col(100, 300), col('小学', '大学'), '小学'], expect: err('#VALUE!', /学段「大学」无法识别/),
    why: 'an unreadable 学段 is an error, never a school dropped silently' },
  { fn: 'DIFFCOEF', args: [col(4, 6), col(100, 300), col('小学'), '小学'], expect: err('#VALUE!', /区域大小不同/), why: 'stages of another size' },
  { fn: 'DIFFCOEF', args: [col(4, 6), col(100, 300), col('初中', '初中'), '小学'], expect: err('#DIV/0!'), why: 'no school of that stage' },
  { fn: 'DIFFCOEF', args: [col('４', '6'), col('100', '３００')], expect: 0.15745916432444337, why: 'numbers typed as text, full-width: same as {4,6}/{100,300}' },

  // ---- THRESHOLD (national, docs/design.md §4)
  { fn: 'THRESHOLD', args: ['生均教学及辅助用房面积', '初中'], expect: 5.8, why: '生均用房 初中 ≥ 5.8 m²' },
  { fn: 'THRESHOLD', args: ['teaching_space_per_student', 'primary'], expect: 4.5, why: 'by id and English stage' },
  { fn: 'THRESHOLD', args: ['生均教學儀器設備值', '小學'], expect: 2000, why: '繁體 name and stage: 仪器 小学 2000 元' },
  { fn: 'THRESHOLD', args: ['多媒体教室', 'Junior'], expect: 2.4, why: 'alias, mixed case: 初中 2.4 间/百生' },
  { fn: 'THRESHOLD', args: ['差异系数', '小学'], expect: 0.5, why: '差异系数 小学 ≤ 0.50' },
  { fn: 'THRESHOLD', args: ['差异系数', '初中'], expect: 0.45, why: '差异系数 初中 ≤ 0.45' },
  { fn: 'THRESHOLD', args: ['生均用房'], expect: err('#VALUE!', /请指定学段/), why: 'differs by stage: a stage is needed' },
  { fn: 'THRESHOLD', args: ['生均用地', '小学'], expect: err('#N/A', /最接近/), why: 'unknown indicator names the closest ones' },
  { fn: 'THRESHOLD', args: ['生均用房', '大学'], expect: err('#VALUE!', /无法识别学段/), why: 'unknown stage' },
  { fn: 'THRESHOLD', args: ['班额', '小学'], expect: 45, why: '班额 小学 ≤ 45' },
  { fn: 'THRESHOLD', args: ['生均用房', '小学', '火星市'], expect: err('#N/A', /找不到规划/), why: 'unknown plan' },

  // ---- MEETS
  { fn: 'MEETS', args: ['生均教学及辅助用房面积', 4.5, '小学'], expect: true, why: '4.5 ≥ 4.5' },
  { fn: 'MEETS', args: ['生均用房', 4.4, '小学'], expect: false, why: '4.4 < 4.5' },
  { fn: 'MEETS', args: ['班额', 46, '小学'], expect: false, why: '班额 ≤ 45: 46 misses' },
  { fn: 'MEETS', args: ['班额', '50', '初中'], expect: true, why: '班额 初中 ≤ 50: 50 meets' },
  { fn: 'MEETS', args: ['学业水平校际差异率', 0.15, '初中'], expect: false, why: '低于 0.15 is strict: 0.15 misses' },
  { fn: 'MEETS', args: ['学业水平校际差异率', 0.149, OMIT], expect: true, why: '0.149 < 0.15; stage omitted, the standard has one 义务教育 row' },
  { fn: 'MEETS', args: ['随迁子女', '85%', '小学'], expect: true, why: '85% text meets ≥ 85% (义务教育 row applies to 小学)' },
  { fn: 'MEETS', args: ['生均用房', BLANK, '小学'], expect: err('#VALUE!', /缺少值/), why: 'a blank value is not compared' },
  { fn: 'MEETS', args: ['生均用房', 'n/a', '小学'], expect: err('#VALUE!'), why: 'text value' },

  // ---- COMPLIANCE
  { fn: 'COMPLIANCE', args: ['生均用房', 3.6, '小学'], expect: 0.8, why: '3.6/4.5 = 0.8' },
  { fn: 'COMPLIANCE', args: ['生均仪器', 2500, '初中'], expect: 1, why: '2500/2500 = 1' },
  { fn: 'COMPLIANCE', args: ['班额', 50, '小学'], expect: 0.9, why: '≤ indicator: 45/50 = 0.9' },
  { fn: 'COMPLIANCE', args: ['多媒体教室', 2.76, '小学'], expect: 1.2, why: '2.76/2.3 = 1.2' },
  { fn: 'COMPLIANCE', args: ['班额', 0, '小学'], expect: err('#DIV/0!'), why: '45/0 undefined' },
  { fn: 'COMPLIANCE', args: ['生均用房', 'x', '小学'], expect: err('#VALUE!'), why: 'text value' },

  // ---- GAP
  { fn: 'GAP', args: ['生均用房', 3.6, '小学'], expect: 0.9, why: '4.5 − 3.6 = 0.9 m² short' },
  { fn: 'GAP', args: ['生均用房', 5, '小学'], expect: 0, why: 'met: 0' },
  { fn: 'GAP', args: ['班额', 48, '小学'], expect: 3, why: '≤ 45: 48 is 3 over' },
  { fn: 'GAP', args: ['生均仪器', '1,800', '初中'], expect: 700, why: '2500 − 1800 = 700 元' },
  { fn: 'GAP', args: ['生均用房', BLANK, '初中'], expect: err('#VALUE!'), why: 'blank value' },
  { fn: 'GAP', args: ['无此指标', 1, '初中'], expect: err('#N/A'), why: 'unknown indicator' },

  // ---- COUNTMET (seven values in the standard's order)
  { fn: 'COUNTMET', args: [row(...PRIMARY_STD), '小学'], expect: 7, why: 'a school exactly at all seven 小学 standards' },
  { fn: 'COUNTMET', args: [row(4.2, 1, 0.9, 4.5, 7.5, 2000, 2.0), '小学'], expect: 6, why: 'multimedia 2.0 < 2.3' },
  { fn: 'COUNTMET', args: [col(...PRIMARY_STD), '初中'], expect: 2, why: '小学 values against 初中 standards: only 骨干 1 ≥ 1 and 体艺 0.9 ≥ 0.9' },
  { fn: 'COUNTMET', args: [row(5.3, 1, 0.9, 5.8, 10.2, 2500, BLANK), '初中'], expect: 6, why: 'a blank counts as not met' },
  { fn: 'COUNTMET', args: [row(4.2, 1, 0.9, 4.5, 7.5, 2000), '小学'], expect: err('#VALUE!', /应为7项/), why: 'six values' },
  { fn: 'COUNTMET', args: [row(...PRIMARY_STD), '九年一贯制'], expect: err('#VALUE!', /一贯制/), why: 'a 一贯制 school is split by stage first' },
  { fn: 'COUNTMET', args: [row(4.2, 1, 0.9, 4.5, 7.5, 'x', 2.3), '小学'], expect: err('#VALUE!'), why: 'text value' },

  // ---- SCHOOLPASS (6 of 7 and 85%)
  { fn: 'SCHOOLPASS', args: [row(...JUNIOR_STD), '初中'], expect: true, why: 'all seven met' },
  { fn: 'SCHOOLPASS', args: [row(4.2, 1, 0.9, 4.5, 7.5, 2000, 2.0), '小学'], expect: true, why: '6 met; 2.0/2.3 = 87% ≥ 85%' },
  { fn: 'SCHOOLPASS', args: [row(4.2, 1, 0.9, 4.5, 7.5, 2000, 1.9), '小学'], expect: false, why: '6 met; 1.9/2.3 = 82.6% < 85%' },
  { fn: 'SCHOOLPASS', args: [row(4.2, 1, 0.9, 4.5, 7.5, 1800, 2.0), '小学'], expect: false, why: 'only 5 met' },
  { fn: 'SCHOOLPASS', args: [row(5.3, 1, 0.9, 5.8, 10.2, 2500, BLANK), '初中'], expect: false, why: '6 met but the blank cannot show 85%' },
  { fn: 'SCHOOLPASS', args: [row(5.3, 1, 0.9, 5.8, 8.67, 2500, 2.4), '初中'], expect: true, why: '运动场馆 8.67/10.2 = 85.0% exactly' },
  { fn: 'SCHOOLPASS', args: [row(1, 2, 3), '初中'], expect: err('#VALUE!'), why: 'three values' },

  // ---- SHORTFALL (seed 000: 玉泉区 2020)
  { fn: 'SHORTFALL', args: [5000, 3800, 6], expect: 7200, why: 'seed 000: 小学 5000 children per grade, 3800 places, 缺口1200 × 6 grades = 7200' },
  { fn: 'SHORTFALL', args: [4200, 2800, 3], expect: 4200, why: 'seed 000: 初中 4200 vs 2800, 缺口1400 × 3 grades = 4200' },
  { fn: 'SHORTFALL', args: [5000, 3800], expect: 1200, why: 'grades default 1: 每个年级缺口1200' },
  { fn: 'SHORTFALL', args: [3000, 3800, 6], expect: 0, why: 'supply exceeds demand: no gap' },
  { fn: 'SHORTFALL', args: [5000, 3800, 2.5], expect: err('#NUM!'), why: 'grades must be whole' },
  { fn: 'SHORTFALL', args: [-1, 3800], expect: err('#NUM!'), why: 'negative demand' },
  { fn: 'SHORTFALL', args: [BLANK, 3800], expect: err('#VALUE!'), why: 'blank demand' },

  // ---- CLASSES
  { fn: 'CLASSES', args: [1000, '小学'], expect: 23, why: '1000/45 = 22.2 → 23 classes' },
  { fn: 'CLASSES', args: [900, '小学'], expect: 20, why: '900/45 = 20 exactly' },
  { fn: 'CLASSES', args: [1000, '初中'], expect: 20, why: '1000/50 = 20' },
  { fn: 'CLASSES', args: [100, '幼儿园'], expect: 4, why: '幼儿园 30 per class (混合班): 100/30 → 4' },
  { fn: 'CLASSES', args: [100, '小学', 40], expect: 3, why: 'explicit size 40: 100/40 → 3' },
  { fn: 'CLASSES', args: [0, '小学'], expect: 0, why: 'no students: 0 classes (not -0)' },
  { fn: 'CLASSES', args: [100, '小学', 0], expect: err('#NUM!'), why: 'size 0' },
  { fn: 'CLASSES', args: [100, '本科'], expect: err('#VALUE!'), why: 'unknown stage' },

  // ---- CAPACITY
  { fn: 'CAPACITY', args: [24, '小学'], expect: 1080, why: '24 × 45' },
  { fn: 'CAPACITY', args: [24, '初中'], expect: 1200, why: '24 × 50' },
  { fn: 'CAPACITY', args: [6, '幼儿园', 35], expect: 210, why: '6 大班 × 35' },
  { fn: 'CAPACITY', args: [0, '高中'], expect: 0, why: 'no classes' },
  { fn: 'CAPACITY', args: [-2, '小学'], expect: err('#NUM!'), why: 'negative classes' },
  { fn: 'CAPACITY', args: ['x', '小学'], expect: err('#VALUE!'), why: 'text' },

  // ---- STAFFNEED (2014 城乡统一编制)
  { fn: 'STAFFNEED', args: [950, '小学'], expect: 50, why: '950/19 = 50' },
  { fn: 'STAFFNEED', args: [1000, '初中'], expect: 75, why: '1000/13.5 = 74.07 → 75' },
  { fn: 'STAFFNEED', args: [1000, '高中'], expect: 80, why: '1000/12.5 = 80' },
  { fn: 'STAFFNEED', args: [1000, '小学', 20], expect: 50, why: 'explicit 1:20' },
  { fn: 'STAFFNEED', args: [1000, '小学', -1], expect: err('#NUM!'), why: 'negative ratio' },
  { fn: 'STAFFNEED', args: [BLANK, '小学'], expect: err('#VALUE!'), why: 'blank students' },

  // ---- SHARE (一贯制 weights 1 : 1.1 : 1.32; 初中:高中 1 : 1.2)
  { fn: 'SHARE', args: ['初中', 600, 400], expect: 0.42307692307692313, why: '400×1.1/(600+440) = 440/1040' },
  { fn: 'SHARE', args: ['小学', 600, 400], expect: 0.5769230769230769, why: '600/1040' },
  { fn: 'SHARE', args: ['高中', 1000, 800, 600], expect: 0.2964071856287425, why: '十二年一贯制: 600×1.32/(1000 + 800×1.1 + 600×1.32) = 792/2672' },
  { fn: 'SHARE', args: ['高中', BLANK, 500, 500], expect: 0.5454545454545454, why: 'no 小学: 初中:高中 = 1:1.2 → 600/1100' },
  { fn: 'SHARE', args: ['初中', 0, 0], expect: err('#DIV/0!'), why: 'no students' },
  { fn: 'SHARE', args: ['幼儿园', 100, 100], expect: err('#VALUE!'), why: 'stage outside the school' },
  { fn: 'SHARE', args: ['初中', -5, 100], expect: err('#NUM!'), why: 'negative students' },
];
