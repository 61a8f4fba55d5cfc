// `tsx stack-cli.ts up|down`: the suite's own broker and store, for jest's global setup and teardown
// (which cannot resolve the workspace's path aliases) and for a developer's own runs.
import { faultStackDown, faultStackUp } from './fault-stack';

const commands: Record<string, () => Promise<unknown>> = { up: faultStackUp, down: faultStackDown };
const command = commands[process.argv[2] ?? ''];
if (!command) {
  console.error('usage: stack-cli.ts up|down');
  process.exit(2);
}
command().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
