/**
 * The time budget of one input: a constant (a scan's fixed cost, a GC pause, a cold code path) plus a
 * cost per kilobyte, as issue 17 states it ("1 ms per KB plus a constant"). Kilobytes of UTF-8, the
 * size of the file on disk.
 */
export interface Budget {
  constantMs: number;
  msPerKb: number;
}

/** 50 ms: 50 to 100 times a typical small input's scan on this machine, well above a GC pause. */
export const DEFAULT_BUDGET: Budget = { constantMs: 50, msPerKb: 1 };

export function kilobytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / 1024;
}

export function budgetMs(budget: Budget, text: string): number {
  return budget.constantMs + budget.msPerKb * kilobytes(text);
}

/** The value at fraction `p` (0–1) of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}
