import { readFileSync } from 'node:fs';

/** What the Dockerfile's runtime stage does, read from the file itself so the test cannot drift from it. */
export interface RuntimeStage {
  /** `ENV` of the stage. */
  env: Record<string, string>;
  /** The dependency install, the first command of the stage's `RUN` (before `&&`). */
  install: string[];
  /** `CMD` (exec form). */
  command: string[];
  /** `USER`; the image must not run as root. */
  user: string | undefined;
}

/** Parses the last stage (`FROM … AS runtime`) of a Dockerfile; it knows only the instructions that stage uses. */
export function readRuntimeStage(dockerfile: string): RuntimeStage {
  const lines = readFileSync(dockerfile, 'utf8').replace(/\\\n/g, ' ').split('\n');
  const start = lines.findIndex((line) => /^FROM\s+\S+\s+AS\s+runtime\b/i.test(line));
  if (start < 0) throw new Error(`${dockerfile} has no "FROM … AS runtime" stage`);
  const stage: RuntimeStage = { env: {}, install: [], command: [], user: undefined };
  for (const line of lines.slice(start + 1)) {
    const [, instruction, rest] = /^(\w+)\s+(.*)$/.exec(line.trim()) ?? [];
    if (instruction === 'ENV') for (const pair of rest.split(/\s+/)) stage.env[pair.split('=')[0]] = pair.split('=').slice(1).join('=');
    if (instruction === 'RUN' && stage.install.length === 0) stage.install = rest.split('&&')[0].trim().split(/\s+/);
    if (instruction === 'CMD') stage.command = JSON.parse(rest) as string[];
    if (instruction === 'USER') stage.user = rest.trim();
  }
  return stage;
}
