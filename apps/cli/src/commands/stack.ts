import { Command } from 'commander';
import { StackStatus, stackDown, stackStatus, stackUp } from '@newsflow/local-stack';

export function stackCommand(): Command {
  const stack = new Command('stack').description('the local infrastructure: Kafka (KRaft) and FerretDB');
  stack
    .command('up')
    .description('install if missing, start, wait until ready, create the topics (idempotent)')
    .action(async () => printStatus(await stackUp()));
  stack
    .command('down')
    .description('stop Kafka and FerretDB (data is kept in .local/)')
    .action(() => stackDown());
  stack
    .command('status')
    .description('show whether each component runs and answers; exits 1 when one does not')
    .action(async () => {
      const status = await stackStatus();
      printStatus(status);
      if (!status.kafka.ready || !status.mongo.ready) process.exitCode = 1;
    });
  return stack;
}

export function printStatus(status: StackStatus): void {
  for (const component of [status.kafka, status.mongo]) {
    const state = component.ready ? 'ready' : component.pid ? 'starting or unhealthy' : 'stopped';
    console.log(`${component.name.padEnd(18)} ${state.padEnd(22)} ${component.address}${component.pid ? `  pid ${component.pid}` : ''}`);
  }
}
