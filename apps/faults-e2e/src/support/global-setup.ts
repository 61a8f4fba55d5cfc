import { runStackCli } from './run-stack-cli';

/** One broker and one store for the whole suite; each spec file resets the topics and uses a database of its own. */
export default function globalSetup(): void {
  const started = Date.now();
  runStackCli('up');
  console.log(`\nfault stack up in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
