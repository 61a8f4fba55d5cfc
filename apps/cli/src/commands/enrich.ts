import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { enrichText } from '@newsflow/enrichment';

export function enrichCommand(): Command {
  return new Command('enrich')
    .description('tag government bodies and their stances in a text and print them as JSON')
    .argument('<file>', 'a text file, or - to read standard input')
    .action(async (file: string) => {
      const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
      console.log(JSON.stringify(enrichText(text), null, 2));
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
