import nx from '@nx/eslint-plugin';

const INFRASTRUCTURE = ['@nestjs/*', 'kafkajs', 'mongoose', 'mongodb', 'express', 'nestjs-pino', 'prom-client'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '.local/**'] },
  {
    files: ['**/*.ts', '**/*.js'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          // The workspace's package.json gives services their version (bundled by webpack).
          allow: [
            '^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$',
            '^(\\.\\./)+tools/webpack/service\\.config$',
            '^(\\.\\./)+package\\.json$',
          ],
          depConstraints: [
            // Domain logic is plain TypeScript: no framework, broker or database.
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: ['scope:domain'], bannedExternalImports: INFRASTRUCTURE },
            { sourceTag: 'scope:infra', onlyDependOnLibsWithTags: ['scope:domain', 'scope:infra'] },
            { sourceTag: 'scope:tooling', onlyDependOnLibsWithTags: ['scope:domain', 'scope:tooling'] },
            // Services ship in containers: they never reach for the local-stack or fixture tooling.
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['scope:domain', 'scope:infra'] },
            { sourceTag: 'type:cli', onlyDependOnLibsWithTags: ['scope:domain', 'scope:infra', 'scope:tooling'] },
            // Benchmarks measure the libraries, storage included, on the local stack.
            { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['scope:domain', 'scope:infra', 'scope:tooling'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:domain', 'scope:infra', 'scope:tooling'] },
            // Deployment checks hold the manifests against the services' code (env schemas, consumer groups).
            { sourceTag: 'type:deploy-check', onlyDependOnLibsWithTags: ['scope:domain', 'scope:infra', 'scope:tooling'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
