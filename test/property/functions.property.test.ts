/**
 * Property test: on inputs Excel itself can produce (rectangular ranges, finite numbers) both
 * adapters give the same result, each case through `runHF` — one HyperFormula instance per case,
 * the path the conformance table takes. Few runs: ./fuzz.property.test.ts runs 10,000 cases per
 * function through both adapters (HyperFormula in batches) and the wild-input check (NaN,
 * ±Infinity, ragged ranges, arbitrary unicode: never throws) that used to live here.
 */
import fc from 'fast-check';
import { FUNCTIONS, type FunctionSpec } from '../../src/domain/edu/table';
import type { Case, Scalar } from '../conformance/case';
import { runExcel, runHF, type Outcome } from '../conformance/run';

const ERRORS = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!'];

// Strings people type, plus fully arbitrary ones.
const typed = fc.constantFrom('小学', '初中', '高中', '幼儿园', '小學', 'junior', '生均用房', '巩固率', '南雄市', 'national',
  '８５％', '1,234', '1，234', ' 42 ', '—', '', 'value', '体质健康优良率', '=1+1', '<img src=x onerror=alert(1)>');
const str = fc.oneof(typed, fc.string({ maxLength: 12 }), fc.fullUnicodeString({ maxLength: 6 }));
const finite = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 2020, 2025, 0.85));
const excelScalar: fc.Arbitrary<Scalar> = fc.oneof(finite, str, fc.boolean(), fc.constant(null));

const rect = (cell: fc.Arbitrary<Scalar>) =>
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 8 })).chain(([h, w]) =>
    fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: h, maxLength: h }));

/** Argument lists; `excelArity` keeps to the counts Excel lets a user type (it refuses others). */
function argsFor(spec: FunctionSpec, scalar: fc.Arbitrary<Scalar>, range: fc.Arbitrary<Scalar[][]>, excelArity = false) {
  const one = fc.oneof({ weight: 3, arbitrary: scalar }, { weight: 1, arbitrary: range });
  const required = spec.params.filter((p) => !p.optional).length;
  return excelArity
    ? fc.array(one, { minLength: required, maxLength: spec.params.length })
    : fc.array(one, { minLength: 0, maxLength: spec.params.length + 1 });
}

function isOutcome(o: Outcome): boolean {
  if ('error' in o) return ERRORS.includes(o.error) || o.error.startsWith('#');
  const v = o.value;
  const ok = (x: unknown) => ['number', 'string', 'boolean'].includes(typeof x) && !(typeof x === 'number' && !Number.isFinite(x));
  return Array.isArray(v) ? v.every((r) => Array.isArray(r) && r.every(ok)) : ok(v);
}

describe.each(FUNCTIONS.map((f) => [f.name, f] as const))('EDU.%s', (_name, spec) => {
  test('both adapters agree on inputs Excel can produce', () => {
    fc.assert(
      fc.property(argsFor(spec, excelScalar, rect(excelScalar), true), (args) => {
        const c = { fn: spec.name, args, expect: 0, why: 'property' } as Case;
        const a = runExcel(c);
        const b = runHF(c);
        expect(isOutcome(a)).toBe(true);
        expect(isOutcome(b)).toBe(true);
        if ('error' in a && 'error' in b) {
          expect(a.error).toBe(b.error);
          if (a.error === '#VALUE!' || a.error === '#N/A') expect(a.message).toBe(b.message);
        } else {
          expect(a).toEqual(b);
        }
      }),
      { numRuns: 20 },
    );
  });
});
