/**
 * The conformance table: every row through the Excel adapter and through HyperFormula; both must
 * match the expectation and each other exactly.
 */
import type { Case } from './case';
import { ALL_CASES } from './all';
import { runExcel, runHF, type Outcome } from './run';
import { FUNCTIONS } from '../../src/domain/edu/table';

const ALL: Case[] = ALL_CASES;

function label(c: Case): string {
  return `EDU.${c.fn}(${c.args.map((a) => JSON.stringify(a) ?? '').join(', ')})`;
}

function check(o: Outcome, c: Case): void {
  const e = c.expect;
  if (typeof e === 'object' && e !== null && 'error' in e) {
    expect(o).toMatchObject({ error: e.error });
    if (e.message && (e.error === '#VALUE!' || e.error === '#N/A')) expect((o as { message: string }).message).toMatch(e.message);
    return;
  }
  expect(o).not.toHaveProperty('error');
  const v = (o as { value: unknown }).value;
  if (typeof e === 'number') {
    expect(typeof v).toBe('number');
    expect(Math.abs((v as number) - e)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(e)));
  } else if (typeof e === 'object' && 'matrix' in e) {
    expect(Array.isArray(v)).toBe(true);
    e.matrix(v as unknown[][]);
  } else {
    expect(v).toEqual(e);
  }
}

describe('conformance table', () => {
  test.each(ALL.map((c) => [label(c), c] as const))('%s', (_name, c) => {
    const viaExcel = runExcel(c);
    const viaHF = runHF(c);
    check(viaExcel, c);
    check(viaHF, c);
    // Identical through both adapters: the same value, or the same error (with the same message
    // where Excel can show one).
    if ('error' in viaHF && 'error' in viaExcel) {
      expect(viaExcel.error).toBe(viaHF.error);
      if (viaHF.error === '#VALUE!' || viaHF.error === '#N/A') expect(viaExcel.message).toBe(viaHF.message);
    } else {
      expect(viaExcel).toEqual(viaHF);
    }
  });

  test('every EDU function has at least five rows, including bad input', () => {
    for (const f of FUNCTIONS) {
      const rows = ALL.filter((c) => c.fn === f.name);
      expect({ fn: f.name, rows: rows.length }).toEqual({ fn: f.name, rows: expect.any(Number) });
      expect(rows.length).toBeGreaterThanOrEqual(5);
      expect(rows.some((c) => typeof c.expect === 'object' && c.expect !== null && 'error' in c.expect)).toBe(true);
    }
  });
});
