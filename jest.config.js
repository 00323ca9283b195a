/**
 * Jest in three tiers (issue 29), all run by `npm test`:
 *  - unit: in process, no other program, seconds each (`npm run test:unit`, the quick loop);
 *  - integration: the compiled CLI, whole .xlsx round trips, long property runs;
 *  - external: other programs — Chromium, LibreOffice, xmllint, openpyxl — process kills and long fuzz.
 * A test file belongs to unit unless a pattern below puts it elsewhere, so a new test is in the
 * quick loop until it says otherwise. TypeScript through ts-jest; the Excel runtime's CustomFunctions
 * global is stubbed.
 */
// Paths under test/, as regular expressions: a folder ends in '/', a file is named whole.
const EXTERNAL = ['browser/', 'cross-engine/', 'reliability/', 'bench/', 'corpus/', 'property/fuzz\\.property\\.test\\.ts', 'xlsx/valid-spreadsheetml\\.test\\.ts', 'hosts/pane/schemas\\.test\\.ts'];
const INTEGRATION = ['hosts/cli/', 'features/extract/cli-extract\\.test\\.ts', 'features/collect/statistics/cli\\.test\\.ts', 'features/fill/', 'features/templates/', 'property/', 'features/collect/collect\\.test\\.ts', 'xlsx/large\\.test\\.ts', 'hosts/pane/serve-dist\\.test\\.ts', 'conformance/wps\\.test\\.ts'];

const under = (p) => `/test/${p}`;
const files = (list) => list.map((p) => (p.endsWith('/') ? `${under(p)}.*\\.test\\.ts$` : `${under(p)}$`));

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
  setupFiles: ['<rootDir>/test/setup/custom-functions.ts', '<rootDir>/test/setup/fc-seed.ts'],
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/setup/office-addin-manifest-shim.js' },
};

module.exports = {
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', ...[...EXTERNAL, ...INTEGRATION].map(under)] },
    { ...common, displayName: 'integration', testRegex: files(INTEGRATION), testPathIgnorePatterns: ['/node_modules/', ...EXTERNAL.map(under)] },
    { ...common, displayName: 'external', testRegex: files(EXTERNAL) },
  ],
};
