/**
 * The projection functions in HyperFormula beyond single conformance rows: spill sizes known at
 * parse time from array literals and from nested EDU functions, and the worked example of
 * docs/projection.md.
 */
import { evaluateFormula } from '../../src/engine/hf/engine';

const COHORT = 'EDU.COHORT({100,90,80},{110,120},0.95,0.02)';

test('docs/projection.md worked example, with COHORT nested in the per-year functions', () => {
  expect(evaluateFormula(COHORT)).toEqual({ value: [[112, 96.8, 87.1], [122.24, 108.336, 93.702]] });
  expect(evaluateFormula(`EDU.PLACESNEEDED(${COHORT})`)).toEqual({ value: [[295.9], [324.278]] });
  expect(evaluateFormula(`EDU.CLASSESBYYEAR(${COHORT},"小学")`)).toEqual({ value: [[8], [9]] });
  expect(evaluateFormula(`EDU.STAFFBYYEAR(${COHORT},"小学")`)).toEqual({ value: [[16], [18]] });
  expect(evaluateFormula('EDU.NEWSCHOOLS(324.278-300,2160)')).toEqual({ value: 1 });
});

test('a column of intakes and a row of grades spill years × grades', () => {
  expect(evaluateFormula('EDU.COHORT({1;2;3},{10;20;30;40})')).toEqual({ value: [[10, 1, 2], [20, 10, 1], [30, 20, 10], [40, 30, 20]] });
  expect(evaluateFormula('EDU.ENTRANTS({1000,2000;3000,4000},"50%")')).toEqual({ value: [[500, 1000], [1500, 2000]] });
});

test('an error spills as the error, with its message', () => {
  expect(evaluateFormula('EDU.COHORT({1,2,3},{10,20},{1,1})')).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/升级率有2个值/) });
});
