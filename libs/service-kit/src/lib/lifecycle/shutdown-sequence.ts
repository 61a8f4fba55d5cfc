export interface ShutdownStep {
  name: string;
  run: () => Promise<void>;
}

export interface ShutdownReport {
  /** Steps that finished, in order. */
  completed: string[];
  /** Steps that threw; the sequence went on with the next one. */
  failed: { step: string; error: string }[];
  /** The step still running when the deadline passed, if it did. */
  timedOut?: string;
  elapsedMs: number;
}

/**
 * Runs a service's shutdown steps one after the other (stop consuming, flush, close), each failure
 * noted and passed over, and gives up at the deadline: the process must exit before the
 * orchestrator's grace period ends and it is killed mid-write.
 */
export async function runShutdown(steps: ShutdownStep[], deadlineMs: number, clock = () => Date.now()): Promise<ShutdownReport> {
  const started = clock();
  const report: ShutdownReport = { completed: [], failed: [], elapsedMs: 0 };
  let current: string | undefined;
  const sequence = (async () => {
    for (const step of steps) {
      current = step.name;
      try {
        await step.run();
        report.completed.push(step.name);
      } catch (error) {
        report.failed.push({ step: step.name, error: error instanceof Error ? error.message : String(error) });
      }
    }
    current = undefined;
  })();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), deadlineMs);
  });
  const outcome = await Promise.race([sequence, deadline]);
  clearTimeout(timer);
  if (outcome === 'deadline') report.timedOut = current ?? 'unknown';
  report.elapsedMs = clock() - started;
  return report;
}

/** Time a process needs after its shutdown deadline to log and exit. */
const EXIT_MARGIN_MS = 5000;

/**
 * The least grace period (seconds between SIGTERM and SIGKILL) an orchestrator must give a service
 * whose shutdown deadline is `deadlineMs`, after a pre-stop pause of `preStopSeconds` (Kubernetes
 * counts the preStop hook in the grace period). The compose and Kubernetes checks hold the
 * deployments to it.
 */
export function requiredGraceSeconds(deadlineMs: number, preStopSeconds = 0): number {
  return preStopSeconds + Math.ceil((deadlineMs + EXIT_MARGIN_MS) / 1000);
}
