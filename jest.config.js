/** Jest: TypeScript through ts-jest; the Excel runtime's CustomFunctions global is stubbed. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  setupFiles: ['<rootDir>/test/setup/custom-functions.ts'],
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/setup/office-addin-manifest-shim.js' },
  maxWorkers: 2,
  testTimeout: 60000,
};
