/**
 * The 学位供需预测 template computes: its SheetSpec's cells are evaluated in HyperFormula (the
 * headless engine with the EDU plugin) after filling the inputs, and the seed 000 figures come out.
 */
import { DetailedCellError, type RawCellContent } from 'hyperformula';
import { createEngine } from '../../src/engine/hf/engine';
import { cellAt, parseRangeRef } from '../../src/xlsx/refs';
import { buildPlaceForecast, placeForecastLayout, type PlaceForecastOptions } from '../../src/features/templates/place-forecast';
import type { SheetSpec } from '../../src/features/templates/types';

type Fill = Record<string, RawCellContent | RawCellContent[]>;

/** The sheet's cells as HyperFormula content, with `fill` typed over them (a range takes a list). */
function evaluate(spec: SheetSpec, fill: Fill) {
  const grid: RawCellContent[][] = [];
  const set = (ref: string, v: RawCellContent) => {
    const { row, col } = cellAt(ref);
    for (let r = grid.length; r <= row; r++) grid.push([]);
    grid[row][col] = v;
  };
  for (const c of spec.cells) set(c.ref, c.formula !== undefined ? `=${c.formula}` : c.value ?? null);
  for (const [ref, v] of Object.entries(fill)) {
    if (!Array.isArray(v)) {
      set(ref.replace(/\$/g, ''), v);
      continue;
    }
    const r = parseRangeRef(ref.replace(/\$/g, ''));
    let i = 0;
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) set(`${String.fromCharCode(65 + col)}${row + 1}`, v[i++]);
  }
  const hf = createEngine({ [spec.name]: grid });
  const sheet = hf.getSheetId(spec.name)!;
  const at = (ref: string) => hf.getCellValue({ sheet, ...cellAt(ref.replace(/\$/g, '')) });
  const column = (range: string) => {
    const r = parseRangeRef(range);
    const out: unknown[] = [];
    for (let row = r.top; row <= r.bottom; row++) out.push(hf.getCellValue({ sheet, row, col: r.left }));
    return out;
  };
  const block = (range: string) => {
    const r = parseRangeRef(range);
    const out: unknown[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: unknown[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(hf.getCellValue({ sheet, row, col }));
      out.push(line);
    }
    return out;
  };
  return { hf, at, column, block };
}

const rep = <T>(x: T, n: number): T[] => Array<T>(n).fill(x);

describe('place-forecast: seed 000 玉泉区 2020', () => {
  // 「小学一年级有入学需求的适龄儿童5000人，公办小学只能提供3800个学位，每个年级缺口1200学位，小学缺口共计7200个学位。」
  test('小学: 5000 children and 3800 places a grade over 6 grades → 7200 short every year', () => {
    const opts: PlaceForecastOptions = { stage: '小学', years: 5, year: 2020 };
    const lay = placeForecastLayout(opts);
    const { at, column, block, hf } = evaluate(buildPlaceForecast(opts), {
      [lay.births!]: rep(5000, 5),
      [lay.current]: rep(5000, 6),
      [lay.places]: rep(3800, 6),
      [lay.schoolSize]: 2160,
    });
    try {
      expect(at(lay.placesTotal)).toBe(22800);
      expect(column(lay.years)).toEqual([2021, 2022, 2023, 2024, 2025]);
      expect(column(lay.entrants)).toEqual(rep(5000, 5));
      expect(block(lay.enrolment)).toEqual(rep(rep(5000, 6), 5));
      expect(column(lay.needed)).toEqual(rep(30000, 5));
      expect(column(lay.gap)).toEqual(rep(7200, 5)); // 缺口共计7200
      expect(column(lay.classes)).toEqual(rep(672, 5)); // ⌈5000/45⌉ = 112 × 6
      expect(column(lay.staff)).toEqual(rep(1579, 5)); // ⌈30000/19⌉
      expect(column(lay.newSchools)).toEqual(rep(4, 5)); // ⌈7200/2160⌉
    } finally {
      hf.destroy();
    }
  });

  // 「小学毕业学生4200名，公办初中只能提供2800个学位，每个年级缺口为1400个，初中学位缺口为4200个。」
  test('初中: 4200 pupils and 2800 places a grade over 3 grades → 4200 short (entrants typed directly)', () => {
    const opts: PlaceForecastOptions = { stage: '初中', years: 3, year: 2020, intake: 'entrants' };
    const lay = placeForecastLayout(opts);
    expect(lay.births).toBeUndefined();
    const { column, at, hf } = evaluate(buildPlaceForecast(opts), {
      [lay.entrants]: rep(4200, 3),
      [lay.current]: rep(4200, 3),
      [lay.places]: rep(2800, 3),
    });
    try {
      expect(at(lay.classSize)).toBe(50);
      expect(at(lay.staffRatio)).toBe(13.5);
      expect(column(lay.gap)).toEqual([4200, 4200, 4200]);
      expect(column(lay.classes)).toEqual([252, 252, 252]); // 84 × 3
      expect(column(lay.newSchools)).toEqual(['', '', '']); // no school size typed
    } finally {
      hf.destroy();
    }
  });
});

describe('place-forecast: a projection by hand (docs/projection.md)', () => {
  test('rates, a changed class size, places rising in year 2, births × entry rate', () => {
    const opts: PlaceForecastOptions = { stage: 'primary', years: 2, year: 2024, lang: 'en' };
    const lay = placeForecastLayout(opts);
    const spec = buildPlaceForecast(opts);
    const placesYear2 = parseRangeRef(lay.placesByYear);
    const { column, block, hf } = evaluate(spec, {
      [lay.births!]: [1000, 1100],
      [lay.entryRate!]: '=110%',
      [lay.current]: [1000, 1000, 1000, 1000, 1000, 1000],
      [lay.promotion]: rep(0.95, 6),
      [lay.repetition]: rep(0.02, 6),
      [lay.places]: rep(1000, 6),
      [`${String.fromCharCode(65 + placesYear2.left)}${placesYear2.bottom + 1}`]: 7000,
      [lay.classSize]: 40,
    });
    try {
      // Year 1: g1 = 1100 + 20 = 1120; g2..g6 = 950 + 20 = 970. Total 1120 + 5·970 = 5970.
      // Year 2: g1 = 1210 + 22.4 = 1232.4; g2 = 0.95·1120 + 0.02·970 = 1083.4; g3..g6 = 0.95·970 + 0.02·970 = 940.9.
      const e = block(lay.enrolment) as number[][];
      const want = [[1120, 970, 970, 970, 970, 970], [1232.4, 1083.4, 940.9, 940.9, 940.9, 940.9]];
      e.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(want[i][j], 9)));
      expect(column(lay.entrants)).toEqual([1100, 1210]);
      const needed = column(lay.needed) as number[];
      expect(needed[0]).toBeCloseTo(5970, 9);
      expect(needed[1]).toBeCloseTo(1232.4 + 1083.4 + 4 * 940.9, 9); // 6079.4
      const gap = column(lay.gap) as number[];
      expect(gap[0]).toBeCloseTo(0, 9); // 5970 < 6000
      expect(gap[1]).toBeCloseTo(0, 9); // places raised to 7000 in year 2
      // Classes of 40: ⌈1120/40⌉ + 5·⌈970/40⌉ = 28 + 5·25 = 153; ⌈1232.4/40⌉ + ⌈1083.4/40⌉ + 4·⌈940.9/40⌉ = 31 + 28 + 4·24 = 155.
      expect(column(lay.classes)).toEqual([153, 155]);
      // Staff 1:19: ⌈5970/19⌉ = ⌈314.2⌉ = 315; ⌈6079.4/19⌉ = ⌈319.97⌉ = 320.
      expect(column(lay.staff)).toEqual([315, 320]);
    } finally {
      hf.destroy();
    }
  });

  test('a blank enrolment cell shows a clear error, not 0', () => {
    const opts: PlaceForecastOptions = { years: 2 };
    const lay = placeForecastLayout(opts);
    const { at, hf } = evaluate(buildPlaceForecast(opts), { [lay.births!]: [1000, 1000], [lay.places]: rep(1000, 6) });
    try {
      const v = at(lay.enrolment.split(':')[0]);
      expect(v).toBeInstanceOf(DetailedCellError);
      expect((v as DetailedCellError).message).toMatch(/在校生的第1个值为空/);
      // The error reaches every figure computed from the enrolment (and the workbook still builds).
      for (const ref of [lay.needed, lay.classes, lay.staff, lay.gap]) {
        const w = at(ref.split(':')[0]);
        expect(w).toBeInstanceOf(DetailedCellError);
        expect((w as DetailedCellError).message).toMatch(/在校生的第1个值为空/);
      }
    } finally {
      hf.destroy();
    }
  });
});

describe('place-forecast: the sheet as data', () => {
  test('the chart plots places needed against places available by year', () => {
    const s = buildPlaceForecast({ years: 5 });
    const lay = placeForecastLayout({ years: 5 });
    expect(s.charts).toEqual([
      expect.objectContaining({
        type: 'line',
        categories: lay.years,
        series: [
          expect.objectContaining({ name: '学位需求', values: lay.needed }),
          expect.objectContaining({ name: '现有学位', values: lay.placesByYear }),
        ],
      }),
    ]);
    // The series names are the headers of their columns.
    for (const x of s.charts[0].series) expect(s.cells.find((c) => c.ref === x.nameRef)?.value).toBe(x.name);
  });

  test('every spilled block is declared, and no other cell holds content inside one', () => {
    const s = buildPlaceForecast({ years: 5 });
    expect(s.spills.map((x) => x.range)).toEqual(['C20:C24', 'D20:I24', 'J20:J24', 'M20:M24', 'N20:N24']);
    for (const sp of s.spills) {
      const r = parseRangeRef(sp.range);
      const inside = s.cells.filter((c) => {
        const p = cellAt(c.ref);
        return p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right && (c.formula !== undefined || c.value !== undefined);
      });
      expect(inside.map((c) => c.ref)).toEqual([sp.ref]);
    }
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
