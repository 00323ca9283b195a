/**
 * The self-hosted office.js must be kept current: the age report reads the bundled copy (the
 * version package-lock.json pins, and the Office build office.js declares) and computes its age
 * from the registry's publication times. The registry itself is not asked here (no network in
 * tests); `npm run office-js:age` asks it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ageReport, bundledOfficeJs } from '../../../src/build/pane/office-js-age';

const root = path.resolve(__dirname, '../../..');

test('the bundled copy is the one package-lock.json pins, with its Office build', () => {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const b = bundledOfficeJs(root);
  expect(b.version).toBe(lock.packages['node_modules/@microsoft/office-js'].version);
  expect(b.officeBuild).toMatch(/^16\.0\.\d{5}\.\d+$/);
});

test('age in whole days from the publication time; stale when the registry has a newer version', () => {
  const b = { version: '1.1.110', officeBuild: '16.0.15407.10000' };
  // 2025-10-03T02:51Z → 2026-12-02T00:00Z: 365 days to 2026-10-03, + 60 to 2026-12-02 = 425, less 2 h 51 min: 424 whole days.
  const time = { '1.1.110': '2025-10-03T02:51:00.493Z', '1.1.111': '2026-11-01T00:00:00Z' };
  expect(ageReport(b, { time, latest: '1.1.110' }, new Date('2026-12-02T00:00:00Z')))
    .toBe('@microsoft/office-js 1.1.110 (Office build 16.0.15407.10000), published 2025-10-03, 424 days ago; newest 1.1.110 — up to date');
  expect(ageReport(b, { time, latest: '1.1.111' }, new Date('2026-12-02T00:00:00Z'))).toMatch(/newest 1\.1\.111 — run npm update @microsoft\/office-js/);
  expect(ageReport(b, null, new Date())).toMatch(/registry not reachable, age unknown/);
});
