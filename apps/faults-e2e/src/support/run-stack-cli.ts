import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');

/** Runs stack-cli.ts through tsx, which resolves the workspace's path aliases. */
export function runStackCli(command: 'up' | 'down'): void {
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const result = spawnSync(process.execPath, [tsx, join(__dirname, 'stack-cli.ts'), command], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.base.json') },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`fault stack ${command} failed (exit ${result.status})`);
}
