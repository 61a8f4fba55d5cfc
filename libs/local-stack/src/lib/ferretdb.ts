import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { Daemon } from './daemon';
import { run } from './run';
import { FERRETDB_VERSION, StackSettings, mongoUri } from './settings';
import { applyUnifiedDiff } from './unified-diff';

const ferretHome = (settings: StackSettings) => join(settings.home, 'ferretdb');

/** Our fixes to FerretDB's source (see libs/local-stack/ferretdb/README.md), applied in name order. */
const PATCH_DIR = join(__dirname, '..', '..', 'ferretdb');

function readPatches(): { name: string; diff: string }[] {
  return readdirSync(PATCH_DIR)
    .filter((name) => name.endsWith('.patch'))
    .sort()
    .map((name) => ({ name, diff: readFileSync(join(PATCH_DIR, name), 'utf8') }));
}

/** The patches' id is in the binary's name, so a changed or added patch builds a new binary on the next `stack up`. */
function ferretDbBuildId(patches = readPatches()): string {
  const hash = createHash('sha256');
  for (const patch of patches) hash.update(`${patch.name}\n${patch.diff}\n`);
  return `${FERRETDB_VERSION}-patched-${hash.digest('hex').slice(0, 12)}`;
}

const binary = (settings: StackSettings) => join(ferretHome(settings), `ferretdb-${ferretDbBuildId()}`);

/**
 * Builds FerretDB from its Go module, with our patches. `go install …@version` builds a binary that panics
 * at start, because the module omits the generated build/version/version.txt; so we build a copy with that file.
 */
export function installFerretDb(settings: StackSettings): void {
  if (existsSync(binary(settings))) return;
  const module = JSON.parse(run('go', ['mod', 'download', '-json', `github.com/FerretDB/FerretDB@${FERRETDB_VERSION}`]));
  const source = join(ferretHome(settings), 'src');
  rmSync(source, { recursive: true, force: true });
  mkdirSync(ferretHome(settings), { recursive: true });
  run('cp', ['-r', module.Dir, source]);
  run('chmod', ['-R', 'u+w', source]);
  for (const patch of readPatches()) applyUnifiedDiff(patch.diff, source);
  writeFileSync(join(source, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
  run('go', ['build', '-o', binary(settings), './cmd/ferretdb'], { cwd: source });
  rmSync(source, { recursive: true, force: true });
}
export function ferretDbDaemon(settings: StackSettings): Daemon {
  const data = join(ferretHome(settings), 'data');
  mkdirSync(data, { recursive: true });
  return {
    name: `FerretDB ${FERRETDB_VERSION}`,
    pidFile: join(ferretHome(settings), 'ferretdb.pid'),
    logFile: join(ferretHome(settings), 'ferretdb.log'),
    command: binary(settings),
    args: [
      '--handler=sqlite',
      `--sqlite-url=file:${data}/`,
      `--state-dir=${data}`,
      `--listen-addr=127.0.0.1:${settings.mongoPort}`,
      '--telemetry=disable',
      '--debug-addr=-',
      '--log-level=warn',
    ],
    cwd: ferretHome(settings),
  };
}

export async function ferretDbReady(settings: StackSettings): Promise<boolean> {
  const client = new MongoClient(mongoUri(settings), { serverSelectionTimeoutMS: 1000 });
  try {
    await client.connect();
    const reply = await client.db('admin').command({ ping: 1 });
    return reply['ok'] === 1;
  } finally {
    await client.close();
  }
}
