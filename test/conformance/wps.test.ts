/**
 * The conformance table through the WPS adapter (src/hosts/wps/wps-call.ts): every row, through the very
 * function that is handed to wps.AddCustomFunction, must give what the Excel adapter and
 * HyperFormula give. WPS does not document how it marks an omitted argument or a blank cell
 * (docs/wps.md), so each row is run in three encodings: omitted arguments left off the call with
 * blanks as null; every parameter passed with omitted ones as null and blanks as ''; and every
 * parameter passed with both as undefined. All three must agree with the other two adapters.
 */
import type { Case, CaseArg } from './case';
import { ALL_CASES } from './all';
import { runExcel, runHF, type Outcome } from './run';
import { specOf } from '../../src/domain/edu/table';
import { wpsFunction, WpsEduError } from '../../src/hosts/wps/wps-call';

type Encoding = { name: string; omitted: unknown; blank: unknown; padToParams: boolean; dropTrailing: boolean };
const ENCODINGS: Encoding[] = [
  { name: 'left off, blanks null', omitted: undefined, blank: null, padToParams: false, dropTrailing: true },
  { name: 'all passed, omitted null, blanks ""', omitted: null, blank: '', padToParams: true, dropTrailing: false },
  { name: 'all passed, undefined', omitted: undefined, blank: undefined, padToParams: true, dropTrailing: false },
];

function encode(c: Case, e: Encoding): unknown[] {
  const args: CaseArg[] = [...c.args];
  if (e.dropTrailing) while (args.length && args[args.length - 1] === undefined) args.pop();
  const out = args.map((a) => (Array.isArray(a) ? a.map((r) => r.map((x) => (x === null ? e.blank : x))) : a === undefined ? e.omitted : a === null ? e.blank : a));
  const n = specOf(c.fn)?.params.length ?? out.length;
  if (e.padToParams) while (out.length < n) out.push(e.omitted);
  return out;
}

function runWps(c: Case, e: Encoding): Outcome {
  try {
    return { value: wpsFunction(c.fn)(...encode(c, e)) };
  } catch (err) {
    if (!(err instanceof WpsEduError)) throw err; // anything else is a crash the test must see
    return { error: err.code, message: err.message.slice(err.code.length + 1) };
  }
}

function label(c: Case): string {
  return `EDU.${c.fn}(${c.args.map((a) => JSON.stringify(a) ?? '').join(', ')})`;
}

function same(a: Outcome, b: Outcome): void {
  if ('error' in b) {
    expect(a).toMatchObject({ error: b.error });
    if (b.error === '#VALUE!' || b.error === '#N/A') expect((a as { message: string }).message).toBe(b.message);
  } else {
    expect(a).toEqual(b);
  }
}

describe('conformance table through the WPS adapter', () => {
  const cases = ALL_CASES.map((c) => [label(c), c] as const);
  test.each(cases)('%s', (_l, c) => {
    const viaExcel = runExcel(c);
    const viaHF = runHF(c);
    for (const e of ENCODINGS) {
      const viaWps = runWps(c, e);
      same(viaWps, viaExcel);
      same(viaWps, viaHF);
    }
  });

  test('the table is not empty and covers errors', () => {
    expect(ALL_CASES.length).toBeGreaterThan(100);
    expect(ALL_CASES.some((c) => 'error' in runWps(c, ENCODINGS[0]))).toBe(true);
  });
});
