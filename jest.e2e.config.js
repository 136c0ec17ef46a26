/**
 * Browser tests: the built playground in Debian's Chromium (/usr/bin/chromium), driven by
 * playwright-core. Run `npm run build` first; `npm run test:e2e` runs them.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
    // compromise's plugin files are ES modules (see src/engine/language/compromise-build.ts).
    '[\\\\/]node_modules[\\\\/]compromise[\\\\/]src[\\\\/].+\\.js$': ['ts-jest', { tsconfig: { allowJs: true }, diagnostics: false }],
  },
  transformIgnorePatterns: ['[\\\\/]node_modules[\\\\/](?!compromise[\\\\/]src[\\\\/])'],
  // The tsconfig.json "paths" alias for compromise's plugin files.
  moduleNameMapper: { '^#compromise/plugins/(.+)$': '<rootDir>/node_modules/compromise/src/3-three/$1/plugin.js' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 120000,
  maxWorkers: 1,
};
