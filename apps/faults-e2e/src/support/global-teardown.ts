import { runStackCli } from './run-stack-cli';

export default function globalTeardown(): void {
  runStackCli('down');
}
