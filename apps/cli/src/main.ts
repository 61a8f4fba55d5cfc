import { Command } from 'commander';
import { articlesCommand } from './commands/articles';
import { demoCommand } from './commands/demo';
import { enrichCommand } from './commands/enrich';
import { extractCommand } from './commands/extract';
import { feedsCommand } from './commands/feeds';
import { fetchCommand } from './commands/fetch';
import { reenrichCommand } from './commands/reenrich';
import { stackCommand } from './commands/stack';
import { statusCommand } from './commands/status';

const program = new Command('newsflow')
  .description('newsflow: event-driven news ingestion (feeds → clean, enriched articles in MongoDB)')
  .showHelpAfterError();

program.addCommand(stackCommand());
program.addCommand(statusCommand());
program.addCommand(demoCommand());
program.addCommand(articlesCommand());
program.addCommand(extractCommand());
program.addCommand(enrichCommand());
program.addCommand(reenrichCommand());
program.addCommand(feedsCommand());
program.addCommand(fetchCommand());

program.parseAsync(process.argv).catch((error: Error) => {
  console.error(`newsflow: ${error.message}`);
  process.exit(1);
});
