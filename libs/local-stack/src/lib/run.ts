import { spawnSync } from 'node:child_process';

/** Runs a command to completion; throws with its output when it fails. */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} failed to start: ${result.error.message}`);
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).join('\n');
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${output}`);
  }
  return result.stdout;
}

/** Tells which of the tools the stack needs are missing, with what to install. */
export function missingTools(tools: readonly { command: string; versionFlag: string; hint: string }[]): string[] {
  return tools
    .filter(({ command, versionFlag }) => spawnSync(command, [versionFlag], { stdio: 'ignore' }).status !== 0)
    .map(({ command, hint }) => `${command} not found: ${hint}`);
}
