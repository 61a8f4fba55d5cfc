/**
 * The sum of one counter over all its label sets in a Prometheus text exposition (what /metrics
 * serves); undefined when the exposition does not declare the counter at all.
 */
export function counterTotal(exposition: string, name: string): number | undefined {
  let total: number | undefined;
  for (const line of exposition.split('\n')) {
    if (line === `# TYPE ${name} counter`) total ??= 0;
    const sample = /^([a-zA-Z_:][\w:]*)(?:\{.*\})?\s+(\S+)/.exec(line);
    if (sample?.[1] === name) total = (total ?? 0) + Number(sample[2]);
  }
  return total;
}
