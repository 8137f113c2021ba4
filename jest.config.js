/** Jest with ts-jest in ESM mode: @actions/* v3+ packages are ESM-only. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Generous: an engine test takes seconds on a quiet machine and minutes on a loaded or slow one; a
  // timeout is for a hang, never a speed check (speed is measured by npm run bench).
  testTimeout: 15 * 60_000,
  // Safety on a user's machine: a container the tests did not create must survive, the engine must not restart.
  globalSetup: '<rootDir>/__tests__/helpers/global-setup.mjs',
  globalTeardown: '<rootDir>/__tests__/helpers/global-teardown.mjs',
  verbose: true,
}
