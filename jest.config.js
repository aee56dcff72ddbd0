/**
 * Jest runs CommonJS. `jose` (and its ESM-only siblings) are transpiled by ts-jest so that
 * the same `require('jose')` that Node 20.19+ performs natively also works under Jest.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': 'ts-jest',
    '^.+/node_modules/jose/.+\\.js$': [
      'ts-jest',
      { tsconfig: { isolatedModules: true, allowJs: true, module: 'commonjs', target: 'ES2022' } },
    ],
  },
  // The examples import the package by name; map it (and its subpaths, as package.json `exports`
  // lists them) to the sources, as tsconfig `paths` does for tsc and tsx, so that one copy of
  // each class is loaded.
  moduleNameMapper: {
    '^cdktf-external-oauth$': '<rootDir>/lib/index.ts',
    '^cdktf-external-oauth/simulate/jest$': '<rootDir>/lib/simulate/jest.ts',
    '^cdktf-external-oauth/(validator|simulate|manifest|checks)$': '<rootDir>/lib/$1/index.ts',
    '^cdktf-external-oauth/framework$': '<rootDir>/lib/framework.ts',
    '^cdktf-external-oauth/providers/([\\w-]+)/([\\w-]+)$': '<rootDir>/lib/providers/$1/$2/index.ts',
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
