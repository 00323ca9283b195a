/**
 * The plugin computes single-value EDU calls without HyperFormula's `runFunction` (see `runDirect`
 * in src/engine/hf/plugin.ts), because its general argument machinery cost more than the EDU core.
 * This holds the short way to the long one: the same workbook of random EDU formulas is built
 * twice, once with the plugin as shipped and once with `runDirect` switched off, and every cell —
 * value, error type and message — must be the same.
 *
 * The formulas mix everything `runFunction` treats specially: error values (as cells, as literals
 * and inside ranges), ranges given where one value is expected and values given where a range is,
 * blanks, empty arguments, percent and date numbers, text numbers, booleans, nested expressions,
 * array literals, whole columns and rows, and too few or too many arguments.
 */
import fc from 'fast-check';
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { createEngine, ENGINE_CONFIG, registerEdu } from '../../src/engine/hf/engine';
import { EduPlugin, EduTranslations } from '../../src/engine/hf/plugin';
import { FUNCTIONS, requiredArgs, type ParamSpec } from '../../src/domain/edu/table';
import { fcSeed } from '../setup/fc-seed';

/** The plugin with the short way switched off: every call goes through `runFunction`. */
class GenericPathPlugin extends EduPlugin {
  static implementedFunctions = EduPlugin.implementedFunctions;
  protected directPath = false;
  // HyperFormula looks the methods up on the class's own prototype.
  edu(...a: Parameters<EduPlugin['edu']>) {
    return super.edu(...a);
  }
  eduSize(...a: Parameters<EduPlugin['eduSize']>) {
    return super.eduSize(...a);
  }
}

// Column A..H of the data rows: what a county sheet can hold, errors included.
const DATA: RawCellContent[][] = [
  [21, 500, '小学', "'1,234", '=NA()', null, true, '85%'],
  [0, -3, '初中', "'４５", '=1/0', null, false, '2025-09-01'],
  [4.5, 2250, 'teaching_space_per_student', "'南雄市", '=EDU.PER100(1,0)', 1e-300, 'x', '=A1*2'],
  [1350, 45, '生均用房', "'", '=A1', 6, '=TRUE()', 0.85],
  [4.5, 1, 0.9, 4.5, 7.5, 2000, 2.3, '小学'], // one school's seven resource indicators
  [1200, 1180, 1150], // enrolment by grade
  [1300, 1320, 1340], // intakes
];
const COLS = 'ABCDEFGH';

const cell = fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: DATA.length })).map(([c, r]) => `Data!${COLS[c]}${r}`);
const range = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: DATA.length - 1 }), fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 2 }))
  .map(([c, r, dc, dr]) => `Data!${COLS[c]}${r}:${COLS[c + dc]}${Math.min(DATA.length, r + dr)}`);
const literal = fc.constantFrom('21', '0', '-1', '4.5', '"小学"', '"初中"', '"1,234"', '""', 'TRUE()', '#N/A', '#DIV/0!', '"national"', '"南雄市"', '2030', '"生均用房"', '"teaching_space_per_student"');
const nested = fc.constantFrom('Data!A1*2', '(Data!B1)', 'Data!A1:A2*1', 'IF(Data!G1,"小学","初中")', '1/0', 'NA()', '{1,2}', '{4.5;5}', 'Data!A:A', 'Data!1:1', 'Data!H1%');
const wild = fc.oneof({ weight: 4, arbitrary: cell }, { weight: 2, arbitrary: range }, { weight: 3, arbitrary: literal }, { weight: 1, arbitrary: nested }, { weight: 1, arbitrary: fc.constant('') });

/** Arguments a statistician would give each parameter, so that most calls compute something. */
function fitting(p: ParamSpec): fc.Arbitrary<string> {
  const pick = (...xs: string[]) => fc.constantFrom(...xs);
  if (p.range) return pick('Data!A5:G5', 'Data!A1:A4', 'Data!B1:B4', 'Data!A5:A5', 'Data!A6:C6', 'Data!A7:C7');
  if (p.name === 'indicator') return pick('"生均用房"', '"teaching_space_per_student"', 'Data!C3', 'Data!C4', '"class_size_max"');
  if (p.name === 'stage') return pick('"小学"', '"初中"', 'Data!C1', 'Data!C2', 'Data!H5');
  if (p.name === 'plan') return pick('"national"', '"南雄市"', 'Data!D3');
  if (p.name === 'field') return pick('"name"', '"value"', '"unit"', '"quote"');
  return pick('Data!A1', 'Data!B1', 'Data!A3', 'Data!B3', 'Data!A4', 'Data!B4', 'Data!F4', '21', '500', '2030', 'Data!H1', 'Data!H4', 'Data!D1', 'Data!D2');
}

/** A formula for one function: mostly an argument count it accepts, sometimes one too few or too many. */
const formula = fc.constantFrom(...FUNCTIONS).chain((spec) =>
  fc
    .oneof(
      { weight: 4, arbitrary: fc.integer({ min: requiredArgs(spec), max: spec.params.length }) },
      { weight: 1, arbitrary: fc.constantFrom(Math.max(0, requiredArgs(spec) - 1), spec.params.length + 1) },
    )
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => (spec.params[i] ? fc.oneof({ weight: 3, arbitrary: fitting(spec.params[i]) }, { weight: 1, arbitrary: wild }) : wild))))
    .map((args) => `=EDU.${spec.name}(${args.join(',')})`),
);

/** Every cell of the formula sheet as comparable text (errors with their message). */
function evaluate(formulas: string[]): string[] {
  // Each formula on its own sheet: spilled results cannot overlap.
  const sheets: Record<string, RawCellContent[][]> = { Data: DATA };
  formulas.forEach((f, i) => (sheets[`F${i}`] = [[f]]));
  const hf = createEngine(sheets);
  try {
    return formulas.map((_, i) =>
      hf
        .getSheetValues(hf.getSheetId(`F${i}`)!)
        .map((row) => row.map((v) => (v instanceof DetailedCellError ? `${v.value} ${v.message}` : JSON.stringify(v))).join('|'))
        .join('\n'),
    );
  } finally {
    hf.destroy();
  }
}

test('EDU formulas give the same values and errors without runFunction as through it', () => {
  const formulas = fc.sample(formula, { seed: fcSeed(20_261_123), numRuns: 3000 });
  registerEdu();
  const direct = evaluate(formulas);

  HyperFormula.unregisterFunctionPlugin(EduPlugin);
  HyperFormula.registerFunctionPlugin(GenericPathPlugin, EduTranslations);
  let generic: string[];
  try {
    generic = evaluate(formulas);
  } finally {
    HyperFormula.unregisterFunctionPlugin(GenericPathPlugin);
    HyperFormula.registerFunctionPlugin(EduPlugin, EduTranslations);
  }

  const differ = formulas.map((f, i) => ({ f, direct: direct[i], generic: generic[i] })).filter((x) => x.direct !== x.generic);
  expect(differ.slice(0, 5)).toEqual([]);
  // The sample reaches what the short way must get right (so the comparison above means something).
  const kinds = (pattern: RegExp) => direct.filter((v) => pattern.test(v)).length;
  expect(kinds(/^#N\/A Wrong number of arguments/)).toBeGreaterThan(50); // wrong counts: runFunction's own message
  expect(kinds(/^#DIV\/0!/)).toBeGreaterThan(50);
  expect(kinds(/^#VALUE!/)).toBeGreaterThan(100);
  expect(kinds(/^-?[0-9.e+-]+$/)).toBeGreaterThan(200); // numbers
  // (20 with CI's seed 220335846, over 30 with the fixed one: a fresh seed moves these counts.)
  expect(kinds(/^(true|false)$/)).toBeGreaterThan(10);
  expect(ENGINE_CONFIG.useArrayArithmetic).toBe(true); // the state under which vectorisation would apply
});
