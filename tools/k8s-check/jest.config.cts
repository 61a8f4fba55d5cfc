module.exports = {
  displayName: 'k8s-check',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  // The first run builds kustomize and kubeconform from their Go modules.
  testTimeout: 900_000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
};
