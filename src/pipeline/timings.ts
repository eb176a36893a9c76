/** Wall-clock marks for the phases of one build, reported with `npm run build -- --timings` and by the benchmark. */
export interface Timings {
  mark(phase: string): void;
  /** "data step 0.55 s, render 0.51 s, …" */
  report(): string;
}

/**
 * Starts timing a build; each mark closes the phase that ran since the previous mark.
 * @example const timings = startTimings(); …; timings.mark("data step"); timings.report() // "data step 0.55 s"
 */
export function startTimings(): Timings {
  let last = performance.now();
  const phases: [string, number][] = [];
  return {
    mark(phase) {
      const now = performance.now();
      phases.push([phase, now - last]);
      last = now;
    },
    report() {
      return phases.map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(2)} s`).join(", ");
    },
  };
}
