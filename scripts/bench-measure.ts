/** Timing helpers for the bench: wall-clock latencies and their percentiles. */

export interface Latency {
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly count: number;
}

/** Nearest-rank percentile; 0 for no samples. */
export function percentile(samples: readonly number[], share: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function summarize(samples: readonly number[]): Latency {
  return {
    p50_ms: round(percentile(samples, 0.5)),
    p99_ms: round(percentile(samples, 0.99)),
    count: samples.length,
  };
}

/** Runs `run` once per input and returns each call's time in milliseconds. */
export function timeEach<T, R>(
  inputs: readonly T[],
  run: (input: T) => R,
  onResult?: (input: T, result: R) => void,
): number[] {
  return inputs.map((input) => {
    const started = performance.now();
    const result = run(input);
    const elapsed = performance.now() - started;
    onResult?.(input, result);
    return elapsed;
  });
}

export function peakRssMb(): number {
  // maxRSS is in kibibytes.
  return round(process.resourceUsage().maxRSS / 1024, 0);
}
