/**
 * The issue-17 bench workloads at a few hundred rows: each generated workbook opens and fills
 * (bin/plan-metrics.js, i.e. lib/: run `npm run compile` first), fill agrees exactly with the
 * HyperFormula route, the EDU-inside-IF shape agrees with its built-in twin to 1e-9, and the
 * agreement check really reports an injected wrong value. No timing.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeCounty } from '../../bench/gen';
import { writeTemplateWorkload } from '../../bench/templates-gen';
import { compare, values } from '../../bench/agree';
import { hfRouteAgreement } from '../../bench/hf-route';

jest.setTimeout(120_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-wl-'));
const fill = (input: string) => {
  const out = input.replace(/\.xlsx$/, '-out.xlsx');
  execFileSync(process.execPath, [path.resolve(__dirname, '../../bin/plan-metrics.js'), 'fill', input, '--out', out, '--force'], { stdio: 'pipe' });
  return out;
};
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each(['school-resources', 'place-planning'] as const)('%s with 200 typed rows fills, identical to the HyperFormula route', async (kind) => {
  const input = path.join(dir, `${kind}.xlsx`);
  const formulas = await writeTemplateWorkload(input, kind, 200);
  // school-resources: 9 per school + 7 × 2 × 3 county cells + 4 pass-rate cells = 1,818;
  // place-planning: 3 per line + 2 stages × 6 + 6 totals = 618.
  expect(formulas).toBe(kind === 'school-resources' ? 200 * 9 + 42 + 4 : 200 * 3 + 12 + 6);
  const out = fill(input);
  const agree = hfRouteAgreement(input, out);
  expect(agree).toEqual({ compared: formulas, mismatches: 0, examples: [] });
  const v = values(out, kind === 'school-resources' ? '学校资源配置' : '学位供需');
  expect([...v.values()].filter((x) => typeof x === 'number').length).toBeGreaterThan(formulas / 2);
});

test('EDU inside IF agrees with its built-in twin; an injected wrong value is caught', async () => {
  const edu = path.join(dir, 'eduif.xlsx');
  const twin = path.join(dir, 'builtinif.xlsx');
  await writeCounty(edu, 300, 'eduif');
  await writeCounty(twin, 300, 'builtinif');
  const e = values(fill(edu));
  const b = values(fill(twin));
  // 16 per school + 7 DIFFCOEF + 7 SUMPRODUCT shares (the twin has 7 more: the weighted means).
  expect(e.size).toBe(300 * 16 + 14);
  const ok = compare(e, b);
  expect([ok.over1e9, ok.nonNumericMismatches, ok.stale999]).toEqual([0, 0, 0]);
  expect(e.get('R2') === 0 || e.get('R2') === 1).toBe(true);

  const wrong = new Map(b);
  wrong.set('K2', (b.get('K2') as number) * (1 + 1e-8)); // 1e-8 relative: over the 1e-9 limit
  wrong.set('R3', b.get('R3') === 1 ? 0 : 1);
  const caught = compare(e, wrong);
  expect(caught.over1e9).toBe(2); // K2 and the flipped flag (a number too)
  expect(caught.examples.some((x) => x.startsWith('K2:'))).toBe(true);
  const text = new Map(e);
  text.set('Z2', '是');
  expect(compare(e, text).nonNumericMismatches).toBe(1);
});
