const nxPreset = require('@nx/jest/preset').default;

// Tests that touch the real Kafka and FerretDB can wait seconds on a cold broker (first topic,
// first group join) on a loaded CI machine; jest's 5 s default for tests and hooks is too tight there.
module.exports = { ...nxPreset, testTimeout: 60_000 };
