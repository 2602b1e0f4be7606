export interface BenchResult {
  name: string;
  unit: string;
  value: number;
  baseline: { name: string; value: number };
  ratio: number;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function timeMs(fn: () => Promise<void> | void): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export function result(
  name: string,
  unit: string,
  value: number,
  baselineName: string,
  baselineValue: number,
): BenchResult {
  return {
    name,
    unit,
    value: round(value),
    baseline: { name: baselineName, value: round(baselineValue) },
    ratio: round(value / baselineValue, 3),
  };
}
