import { Command } from 'commander';
import { ConsoleSnapshot, DEVELOPMENT_CONSOLE_TOKEN, formatSummary } from '@newsflow/console-status';
import { CONSOLE_PORT } from '@newsflow/local-stack';

interface StatusOptions {
  url: string;
  json?: boolean;
}

export function statusCommand(): Command {
  return new Command('status')
    .description("the pipeline's health summary from the console (the dashboard's JSON API); exits 1 unless healthy")
    .option('--url <url>', 'the console', process.env['NEWSFLOW_CONSOLE_URL'] ?? `http://127.0.0.1:${CONSOLE_PORT}`)
    .option('--json', 'print the whole snapshot as JSON')
    .addHelpText('after', '\nThe token comes from CONSOLE_ADMIN_TOKEN (the development token when unset).')
    .action(async (options: StatusOptions) => {
      const snapshot = await fetchSnapshot(options.url, process.env['CONSOLE_ADMIN_TOKEN'] ?? DEVELOPMENT_CONSOLE_TOKEN);
      console.log(options.json ? JSON.stringify(snapshot, null, 2) : formatSummary(snapshot));
      if (snapshot.overall !== 'healthy') process.exitCode = 1;
    });
}

async function fetchSnapshot(consoleUrl: string, token: string): Promise<ConsoleSnapshot> {
  const url = new URL('/api/status', consoleUrl);
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } }).catch((error: Error) => {
    throw new Error(`cannot reach the console at ${consoleUrl} (${(error.cause as Error | undefined)?.message ?? error.message}); is it running? (npx newsflow demo up)`);
  });
  if (response.status === 401) throw new Error(`the console at ${consoleUrl} refused the token: set CONSOLE_ADMIN_TOKEN`);
  if (!response.ok) throw new Error(`the console at ${consoleUrl} answered HTTP ${response.status}`);
  return (await response.json()) as ConsoleSnapshot;
}
