const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  // Tests that touch the real Kafka and FerretDB can wait seconds on a cold broker (first topic,
  // first group join) on a loaded CI machine; jest's 5 s default for tests and hooks is too tight there.
  testTimeout: 60_000,
  // Specs that need the local stack (Kafka, FerretDB) are named *.infra.spec.ts and run by each
  // project's `test-infra` target (nx.json), so `test` passes with no stack running.
  testPathIgnorePatterns: ['/node_modules/', '\\.infra\\.spec\\.ts$'],
  // Projects whose every spec needs the stack have no unit spec: that is not a failure.
  passWithNoTests: true,
  // eld (language detection) ships ES modules only; jest runs CommonJS, so those files are converted.
  // Projects transform only .ts themselves, or their pattern would claim these files first.
  transform: {
    '/node_modules/eld/.+\\.js$': [
      'babel-jest',
      { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!eld/)'],
};
