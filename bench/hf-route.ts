/**
 * fill's values against the HyperFormula route (issue 17: "identical to the HyperFormula path"):
 * computes the input workbook in process from lib/ with `evaluateWorkbook(wb, { engine:
 * 'hyperformula' })` and compares every formula cell of fill's output with it exactly (numbers
 * bit for bit, text, booleans and errors equal).
 * Usage: node -r ts-node/register/transpile-only bench/hf-route.ts <in.xlsx> <fill-out.xlsx>
 * Prints one JSON line: { compared, mismatches, examples }.
 */
import * as fs from 'fs';
import * as path from 'path';
import { values } from './agree';

const LIB = path.resolve(__dirname, '..', 'lib', 'src');
const { evaluateWorkbook } = require(path.join(LIB, 'engine/evaluate'));
const { readWorkbook } = require(path.join(LIB, 'xlsx/read'));
const { openXlsx } = require(path.join(LIB, 'xlsx/open'));

/**
 * Exact comparison of fill's output (as read back) with the HyperFormula route's values.
 * @example hfRouteAgreement('in.xlsx', 'out.xlsx').mismatches; // 0
 */
export function hfRouteAgreement(input: string, filled: string): { compared: number; mismatches: number; examples: string[] } {
  const wb = readWorkbook(openXlsx(fs.readFileSync(input)));
  const ev = evaluateWorkbook(wb, { engine: 'hyperformula' });
  const sheet = wb.sheets.find((s: any) => s.kind === 'worksheet');
  const want: Map<string, unknown> = ev.values.get(sheet.name);
  const got = values(filled, sheet.name);
  let compared = 0, mismatches = 0;
  const examples: string[] = [];
  for (const [ref, v] of got) {
    compared++;
    const w = want.get(ref);
    // An error is read back as its code; the engine's error cell may carry more: compare codes.
    const norm = (x: any) => (x && typeof x === 'object' && 'code' in x ? { code: x.code } : x ?? null);
    if (JSON.stringify(norm(v)) !== JSON.stringify(norm(w))) {
      mismatches++;
      if (examples.length < 5) examples.push(`${ref}: fill ${JSON.stringify(v)} vs HyperFormula ${JSON.stringify(w)}`);
    }
  }
  return { compared, mismatches, examples };
}

if (require.main === module) {
  const [input, filled] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(hfRouteAgreement(input, filled)) + '\n');
}
