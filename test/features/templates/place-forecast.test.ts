/**
 * The 学位供需预测 template, rebuilt for issue 28: written to .xlsx (with its chart), filled
 * headless by `fill` (src/features/fill/fill.ts fillWorkbook), and its figures checked against a
 * projection worked by hand (docs/projection.md §9 walks through the same numbers).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { fillWorkbook } from '../../../src/features/fill/fill';
import { openXlsx } from '../../../src/xlsx/open';
import { readWorkbook } from '../../../src/xlsx/read';
import { cellAt, parseRangeRef, cellRef } from '../../../src/xlsx/refs';
import { buildPlaceForecast, placeForecastLayout, SCENARIOS, type PlaceForecastOptions } from '../../../src/features/templates/place-forecast';
import { writeTemplateXlsx } from '../../../src/features/templates/xlsx-writer';
import { chartRef } from '../../../src/features/templates/xlsx-chart';
import { typeCell } from './fill';

type Typed = Record<string, (number | string | null)[] | number | string>;

/** Types values into the template (a range takes a list, row by row), writes it, fills it, reads the result. */
async function fillTemplate(opts: PlaceForecastOptions, typed: Typed) {
  const spec = buildPlaceForecast(opts);
  for (const [ref, v] of Object.entries(typed)) {
    const clean = ref.replace(/\$/g, '');
    if (!Array.isArray(v)) {
      typeCell(spec, clean, v);
      continue;
    }
    const r = parseRangeRef(clean);
    let i = 0;
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) {
      const x = v[i++];
      if (x !== null && x !== undefined) typeCell(spec, cellRef(row, col), x);
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-forecast-'));
  try {
    const input = path.join(dir, 'in.xlsx');
    const out = path.join(dir, 'out.xlsx');
    fs.writeFileSync(input, await writeTemplateXlsx(spec));
    const result = fillWorkbook(input, { out });
    const bytes = fs.readFileSync(out);
    // Read back with the project's own reader: the values fill wrote as each formula's result.
    const sheet = readWorkbook(openXlsx(new Uint8Array(bytes))).sheets.find((x) => x.name === spec.name)!;
    const cells = new Map(sheet.cells.map((c) => [c.ref, c.value]));
    const at = (ref: string): unknown => {
      const x = cells.get(ref.replace(/\$/g, ''));
      return x === undefined || x === null ? '' : x;
    };
    const block = (range: string): unknown[][] => {
      const r = parseRangeRef(range.replace(/\$/g, ''));
      const rows: unknown[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: unknown[] = [];
        for (let col = r.left; col <= r.right; col++) line.push(at(cellRef(row, col)));
        rows.push(line);
      }
      return rows;
    };
    const column = (range: string) => block(range).map((r) => r[0]);
    return { spec, at, block, column, bytes, result };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---- A history made by hand: 2020–2024, grade 1 to 2 keeps 98 %, every other grade 100 %.
//   2020: 1000,  990,  980,  970,  960,  950
//   2021: 1050,  980,  990,  980,  970,  960   (980 = 0.98·1000)
//   2022: 1100, 1029,  980,  990,  980,  970   (1029 = 0.98·1050)
//   2023: 1150, 1078, 1029,  980,  990,  980
//   2024: 1200, 1127, 1078, 1029,  980,  990
// Births six years before each: 1000, 1000, 1000, 1150, 1200 → entry rates 1, 1.05, 1.1, 1, 1:
// mean 1.03, lowest 1, highest 1.1.
const HISTORY = [
  [1000, 990, 980, 970, 960, 950],
  [1050, 980, 990, 980, 970, 960],
  [1100, 1029, 980, 990, 980, 970],
  [1150, 1078, 1029, 980, 990, 980],
  [1200, 1127, 1078, 1029, 980, 990],
];
const HIST_BIRTHS = [1000, 1000, 1000, 1150, 1200];

describe('place-forecast filled headless (fill → fillWorkbook)', () => {
  const opts: PlaceForecastOptions = { stage: '小学', year: 2024 };
  const lay = placeForecastLayout(opts);
  // Only 5 of the 8 history rows: the top 3 are left blank, as a bureau with 5 years would.
  const blank3 = <T>(rows: T[]): (T | null)[] => [null, null, null, ...rows];
  let f: Awaited<ReturnType<typeof fillTemplate>>;

  beforeAll(async () => {
    f = await fillTemplate(opts, {
      [lay.history]: blank3(HISTORY).flatMap((r) => r ?? Array(6).fill(null)),
      [lay.historyBirths]: blank3(HIST_BIRTHS),
      // 2025 and 2026 typed; the rest carried on at −10 % a year.
      [lay.birthsTyped]: [1100, 1000],
      [lay.birthTrend]: -0.1,
      [lay.placesNow]: 6500,
      [lay.classesNow]: 150,
      [lay.staffNow]: 350,
    });
  }, 120_000);

  test('fitted rates: 98 % from grade 1 to 2, 100 % elsewhere, in all three scenarios (no noise); entry rates 1, 1.03, 1.1', () => {
    for (const sc of SCENARIOS) {
      const r = f.block(lay.scenarios[sc].rates)[0] as number[];
      [0.98, 1, 1, 1, 1, 1].forEach((p, g) => expect(r[g]).toBeCloseTo(p, 12));
    }
    expect(f.at(lay.scenarios.low.entryRate)).toBeCloseTo(1, 12);
    expect(f.at(lay.scenarios.middle.entryRate)).toBeCloseTo(1.03, 12); // (1 + 1.05 + 1.1 + 1 + 1)/5
    expect(f.at(lay.scenarios.high.entryRate)).toBeCloseTo(1.1, 12);
  });

  test('births: typed years as typed, the rest × 0.9 a year', () => {
    const births = f.column(lay.births) as number[];
    [1100, 1000, 900, 810, 729].forEach((b, i) => expect(births[i]).toBeCloseTo(b, 9));
  });

  test('the middle scenario reproduces three years by hand', () => {
    const m = lay.scenarios.middle;
    // Entrants = births × 1.03: 1133, 1030, 927.
    const entrants = f.column(m.entrants) as number[];
    [1133, 1030, 927].forEach((e, i) => expect(entrants[i]).toBeCloseTo(e, 9));
    // 2025: 1133, 0.98·1200 = 1176, then 2024's grades 2–5 moved up: 1127, 1078, 1029, 980.
    // 2026: 1030, 0.98·1133 = 1110.34, 1176, 1127, 1078, 1029.
    // 2027: 927, 0.98·1030 = 1009.4, 1110.34, 1176, 1127, 1078.
    const want = [
      [1133, 1176, 1127, 1078, 1029, 980],
      [1030, 1110.34, 1176, 1127, 1078, 1029],
      [927, 1009.4, 1110.34, 1176, 1127, 1078],
    ];
    const e = f.block(m.enrolment) as number[][];
    want.forEach((row, y) => row.forEach((v, g) => expect(e[y][g]).toBeCloseTo(v, 9)));
    const needed = f.column(m.needed) as number[];
    [6523, 6550.34, 6427.74].forEach((n, y) => expect(needed[y]).toBeCloseTo(n, 9));
    // Against 6500 places: short 23 and 50.34, then 72.26 empty.
    const short = f.column(m.shortfall) as number[];
    const empty = f.column(m.surplus) as number[];
    [23, 50.34, 0].forEach((x, y) => expect(short[y]).toBeCloseTo(x, 9));
    [0, 0, 72.26].forEach((x, y) => expect(empty[y]).toBeCloseTo(x, 9));
    // Classes of 45 in 2025: ⌈1133/45⌉ + ⌈1176/45⌉ + ⌈1127/45⌉ + ⌈1078/45⌉ + ⌈1029/45⌉ + ⌈980/45⌉
    // = 26 + 27 + 26 + 24 + 23 + 22 = 148 → 2 of the 150 classes no longer needed.
    expect(f.column(m.classes)[0]).toBe(148);
    expect(f.column(m.classSurplus)[0]).toBe(2);
    // Average class if all 150 stay: 6523/150 = 43.49.
    expect(f.column(m.avgClassSize)[0]).toBeCloseTo(6523 / 150, 9);
    // Staff 1:19: ⌈6523/19⌉ = ⌈343.3⌉ = 344 → 6 of 350 no longer needed.
    expect(f.column(m.staff)[0]).toBe(344);
    expect(f.column(m.staffSurplus)[0]).toBe(6);
  });

  test('low and high differ by the entry rate: 2025 totals 6490 and 6600', () => {
    // Low: entrants 1100·1 = 1100 → 6523 − 33 = 6490 (10 places empty); high: 1100·1.1 = 1210 → 6600.
    expect(f.column(lay.scenarios.low.needed)[0]).toBeCloseTo(6490, 9);
    expect(f.column(lay.scenarios.low.surplus)[0]).toBeCloseTo(10, 9);
    expect(f.column(lay.scenarios.high.needed)[0]).toBeCloseTo(6600, 9);
    expect(f.column(lay.scenarios.high.shortfall)[0]).toBeCloseTo(100, 9);
  });

  test('back-test: 0 on this noise-free history at 1 and 3 years; 5 years needs 7 years of history', () => {
    // 5 years: 3 forecasts one year ahead, 1 three years ahead, none five years ahead.
    expect(f.column(lay.backtestCount)).toEqual([3, 1, 0]);
    const bt = f.column(lay.backtest);
    expect(bt[0]).toBeCloseTo(0, 12);
    expect(bt[1]).toBeCloseTo(0, 12);
    expect(bt[2]).toBe('—');
  });

  test('chart data: history totals, then the three scenarios from the base year on', () => {
    const hist = f.column(lay.chartHistory);
    // The 3 blank years are #N/A (a gap in the chart), then 5850, 5930, 6049, 6207, 6404.
    expect(hist.slice(0, 3).map((x) => (x as { error?: string })?.error ?? x)).toEqual(['#N/A', '#N/A', '#N/A']);
    expect(hist.slice(3, 8)).toEqual([5850, 5930, 6049, 6207, 6404]);
    const mid = f.column(lay.chartLines.middle) as number[];
    expect(mid[7]).toBe(6404); // joins the history at 2024
    expect(mid[8]).toBeCloseTo(6523, 9);
    expect(f.column(lay.chartYears).slice(0, 9)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  test('the chart is in the file: a line chart of 4 series over the chart data, linked from the sheet', () => {
    const files = unzipSync(new Uint8Array(f.bytes));
    const chart = strFromU8(files['xl/charts/chart1.xml']);
    expect(chart).toContain('<c:lineChart>');
    const c = f.spec.charts[0];
    expect((chart.match(/<c:ser>/g) ?? []).length).toBe(4);
    const sheet = f.spec.name;
    for (const s of c.series) expect(chart).toContain(`<c:val><c:numRef><c:f>${chartRef(sheet, s.values)}</c:f>`);
    expect(strFromU8(files['xl/worksheets/sheet1.xml'])).toMatch(/<drawing r:id="[^"]+"\/>/);
    expect(strFromU8(files['xl/worksheets/_rels/sheet1.xml.rels'])).toContain('../drawings/drawing1.xml');
    expect(strFromU8(files['xl/drawings/_rels/drawing1.xml.rels'])).toContain('../charts/chart1.xml');
    expect(strFromU8(files['[Content_Types].xml'])).toContain('/xl/charts/chart1.xml');
  });

  test('fill leaves no formula it could not compute', () => {
    expect(f.result.evaluation.kept).toEqual([]);
  });
});

describe('place-forecast: seed 000 玉泉区 2020, as a steady history', () => {
  // 「小学一年级有入学需求的适龄儿童5000人，公办小学只能提供3800个学位，每个年级缺口1200学位，小学缺口共计7200个学位。」
  test('5000 a grade every year, 3800 × 6 = 22800 places → 7200 short every year in every scenario', async () => {
    const opts: PlaceForecastOptions = { stage: '小学', year: 2020, years: 5 };
    const lay = placeForecastLayout(opts);
    const f = await fillTemplate(opts, {
      [lay.history]: Array(8 * 6).fill(5000),
      [lay.historyBirths]: Array(8).fill(5000),
      [lay.birthsTyped]: Array(5).fill(5000),
      [lay.placesNow]: 22800,
    });
    for (const sc of SCENARIOS) {
      expect(f.column(lay.scenarios[sc].needed)).toEqual(Array(5).fill(30000));
      expect(f.column(lay.scenarios[sc].shortfall)).toEqual(Array(5).fill(7200)); // 缺口共计7200
      expect(f.column(lay.scenarios[sc].surplus)).toEqual(Array(5).fill(0));
      expect(f.column(lay.scenarios[sc].classes)).toEqual(Array(5).fill(672)); // ⌈5000/45⌉ = 112 × 6
    }
    // No classes or staff typed: those columns stay empty rather than guess.
    expect(f.column(lay.scenarios.middle.classSurplus)).toEqual(Array(5).fill(''));
    // 8 steady years: every back-test is exact, 5 years ahead included (2 forecasts).
    expect(f.column(lay.backtestCount)).toEqual([6, 4, 2]);
    expect(f.column(lay.backtest)).toEqual([0, 0, 0]);
  }, 120_000);

  test('an empty history is #VALUE! (the message, Chinese then English, is in the conformance rows), not 0', async () => {
    const opts: PlaceForecastOptions = { years: 2 };
    const lay = placeForecastLayout(opts);
    const f = await fillTemplate(opts, { [lay.placesNow]: 1000 });
    const v = f.at(lay.scenarios.middle.rates.split(':')[0]) as { error?: string };
    expect(v.error).toBe('#VALUE!');
  }, 120_000);
});

describe('place-forecast: the sheet as data', () => {
  test('the chart plots the history and the three scenarios over the years; series named by their headers', () => {
    const s = buildPlaceForecast({});
    const lay = placeForecastLayout({});
    expect(s.charts).toEqual([
      expect.objectContaining({
        type: 'line',
        categories: lay.chartYears.replace(/\$/g, ''),
        series: [
          expect.objectContaining({ name: '历史在校生', values: lay.chartHistory.replace(/\$/g, '') }),
          expect.objectContaining({ name: '低方案', values: lay.chartLines.low.replace(/\$/g, '') }),
          expect.objectContaining({ name: '中方案', values: lay.chartLines.middle.replace(/\$/g, '') }),
          expect.objectContaining({ name: '高方案', values: lay.chartLines.high.replace(/\$/g, '') }),
        ],
      }),
    ]);
    for (const x of s.charts[0].series) expect(s.cells.find((c) => c.ref === x.nameRef)?.value).toBe(x.name);
  });

  test('every spilled block is declared, and no other cell holds content inside one', () => {
    const s = buildPlaceForecast({});
    // 3 RATES rows + 3 scenarios × (ENTRANTS, COHORT, PLACESNEEDED, CLASSESBYYEAR, STAFFBYYEAR).
    expect(s.spills).toHaveLength(18);
    for (const sp of s.spills) {
      const r = parseRangeRef(sp.range);
      const inside = s.cells.filter((c) => {
        const p = cellAt(c.ref);
        return p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right && (c.formula !== undefined || c.value !== undefined);
      });
      expect(inside.map((c) => c.ref)).toEqual([sp.ref]);
    }
  });

  test('COHORT reads the fitted rates and the base year (the bottom history row)', () => {
    const s = buildPlaceForecast({});
    const lay = placeForecastLayout({});
    const top = lay.scenarios.middle.enrolment.split(':')[0].replace(/\$/g, '');
    expect(s.cells.find((c) => c.ref === top)?.formula).toBe(`EDU.COHORT($C$24:$H$24,${lay.scenarios.middle.entrants.replace(/\$/g, '')},${lay.scenarios.middle.rates})`);
  });

  test('stages set the grades; other stages are refused', () => {
    expect(placeForecastLayout({ stage: '高中' }).grades).toBe(3);
    expect(placeForecastLayout({ stage: '幼儿园' }).grades).toBe(3);
    expect(placeForecastLayout({ stage: 'primary' }).grades).toBe(6);
    expect(() => buildPlaceForecast({ stage: '九年一贯制' })).toThrow(/place-forecast/);
  });

  test('a plan other than national is passed to the defaults', () => {
    const s = buildPlaceForecast({ plan: '玉泉区' });
    expect(s.cells.find((c) => c.ref === 'B5')?.formula).toMatch(/^EDU\.THRESHOLD\("standard_class_size",\$B\$4,"\w+"\)$/);
  });
});
