/**
 * Jest runs CommonJS. `jose` (and its ESM-only siblings) are transpiled by ts-jest so that
 * the same `require('jose')` that Node 20.19+ performs natively also works under Jest.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': 'ts-jest',
    '^.+/node_modules/jose/.+\\.js$': ['ts-jest', { tsconfig: { isolatedModules: true, allowJs: true, module: 'commonjs', target: 'ES2022' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
