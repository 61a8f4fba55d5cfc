module.exports = {
  displayName: 'compose-check',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  // The first run builds the Docker Compose CLI from source.
  testTimeout: 900_000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
};
