/** One sample: numbers by series name (a topic, a consumer group) at a time in epoch ms. */
export interface Sample {
  at: number;
  values: Record<string, number>;
}

/** A bounded, time-ordered history of samples: what the console keeps in memory for its windows and charts. */
export class SampleHistory {
  private readonly samples: Sample[] = [];

  constructor(private readonly keepMs: number) {}

  record(at: number, values: Record<string, number>): void {
    if (at < (this.latest()?.at ?? at)) throw new Error('samples must be recorded in time order');
    this.samples.push({ at, values });
    while (this.samples.length > 1 && this.samples[0].at < at - this.keepMs) this.samples.shift();
  }

  latest(): Sample | undefined {
    return this.samples.at(-1);
  }

  /** The newest sample taken at or before `at`, else the oldest one (the history is shorter than asked). */
  atOrBefore(at: number): Sample | undefined {
    for (let index = this.samples.length - 1; index >= 0; index--) if (this.samples[index].at <= at) return this.samples[index];
    return this.samples[0];
  }

  all(): readonly Sample[] {
    return this.samples;
  }
}
