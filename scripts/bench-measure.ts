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

const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * Runs `run` once per input and returns each call's wall-clock time in milliseconds; `cpuTimes`,
 * when given, gets each call's CPU time, which waiting for a core on a shared machine does not
 * inflate.
 */
export function timeEach<T, R>(
  inputs: readonly T[],
  run: (input: T) => R,
  onResult?: (input: T, result: R) => void,
  cpuTimes?: number[],
): number[] {
  return inputs.map((input) => {
    const cpuStarted = cpuMs();
    const started = performance.now();
    const result = run(input);
    const elapsed = performance.now() - started;
    cpuTimes?.push(cpuMs() - cpuStarted);
    onResult?.(input, result);
    return elapsed;
  });
}

/** The p50 and p99 of CPU times, for the JSON beside the wall-clock figures. */
export function summarizeCpu(samples: readonly number[]): {
  readonly cpu_p50_ms: number;
  readonly cpu_p99_ms: number;
} {
  return {
    cpu_p50_ms: round(percentile(samples, 0.5)),
    cpu_p99_ms: round(percentile(samples, 0.99)),
  };
}

export function peakRssMb(): number {
  // maxRSS is in kibibytes.
  return round(process.resourceUsage().maxRSS / 1024, 0);
}
