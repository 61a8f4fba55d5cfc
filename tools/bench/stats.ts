/** The middle value of a sample (the upper one of an even count); the sample is not reordered. */
export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
