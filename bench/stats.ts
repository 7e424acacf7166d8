export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Times `task` in milliseconds. */
export async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await task();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

/**
 * The ratio of the two sides' medians in each block of `blockSize` consecutive rounds (the sides
 * take turns, so a block sees one stretch of the machine's load on both), as min/median/max. A
 * target holds on every run only when it holds for the max, not for the median.
 */
export function ratioSpread(app: readonly number[], floor: readonly number[], blockSize = 1): Spread {
  const ratios: number[] = [];
  for (let at = 0; at + blockSize <= app.length; at += blockSize) {
    ratios.push(median(app.slice(at, at + blockSize)) / median(floor.slice(at, at + blockSize)));
  }
  return { min: round2(Math.min(...ratios)), median: round2(median(ratios)), max: round2(Math.max(...ratios)) };
}

/** Single samples (one save, one page load) are spread in five blocks; fewer rounds, each its own. */
const blockSizeFor = (rounds: number): number => (rounds >= 10 ? Math.floor(rounds / 5) : 1);

/** A figure against its floor: both medians, their ratio and the spread of the per-block ratios. */
export function compare(app: readonly number[], floor: readonly number[]): { app: number; floor: number; ratio: number; spread: Spread } {
  const appMedian = median(app);
  const floorMedian = median(floor);
  return { app: round2(appMedian), floor: round2(floorMedian), ratio: round2(appMedian / floorMedian), spread: ratioSpread(app, floor, blockSizeFor(app.length)) };
}
