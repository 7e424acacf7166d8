/**
 * A hybrid logical clock: wall-clock milliseconds plus a counter, so a device's stamps always
 * rise even when its clock stands still or jumps back, and a stamp seen from another device is
 * never followed by a lower one. It only orders versions for display ("which is shown first");
 * merging never drops a version because of it, so a wrong clock cannot cost an edit.
 */
export interface HybridClock {
  wall: number;
  counter: number;
}

export const ZERO_CLOCK: HybridClock = Object.freeze({ wall: 0, counter: 0 });

/** A remote clock this far ahead of ours is a wrong clock: we do not follow it beyond it. */
export const MAX_CLOCK_LEAD_MS = 24 * 60 * 60 * 1000;

/** The next stamp for a local event at wall time `now`. */
export function tickClock(clock: HybridClock, now: number): HybridClock {
  return now > clock.wall ? { wall: now, counter: 0 } : { wall: clock.wall, counter: clock.counter + 1 };
}

/** Our clock after seeing `remote` at wall time `now`; a remote clock far in the future is capped. */
export function receiveClock(clock: HybridClock, remote: HybridClock, now: number): HybridClock {
  const capped = remote.wall > now + MAX_CLOCK_LEAD_MS ? { wall: now + MAX_CLOCK_LEAD_MS, counter: 0 } : remote;
  const wall = Math.max(clock.wall, capped.wall, now);
  if (wall === clock.wall && wall === capped.wall) return { wall, counter: Math.max(clock.counter, capped.counter) + 1 };
  if (wall === clock.wall) return { wall, counter: clock.counter + 1 };
  if (wall === capped.wall) return { wall, counter: capped.counter + 1 };
  return { wall, counter: 0 };
}

/** The years a stamp can show (0000–9999): a clock set wildly wrong still writes a readable stamp. */
const EARLIEST_WALL = Date.parse('0000-01-01T00:00:00.000Z');
const LATEST_WALL = Date.parse('9999-12-31T23:59:59.999Z');

/** A stamp as text that sorts as the clock does: `<ISO time>.<counter>`, readable in the files. */
export function formatClock(clock: HybridClock): string {
  const wall = Math.min(Math.max(clock.wall, EARLIEST_WALL), LATEST_WALL);
  return `${new Date(wall).toISOString()}.${clock.counter.toString(36).padStart(4, '0')}`;
}

const STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\.([0-9a-z]{4,})$/;
export const CLOCK_STAMP_PATTERN = STAMP;

export function parseClock(stamp: string): HybridClock | undefined {
  const match = STAMP.exec(stamp);
  if (!match) return undefined;
  const wall = Date.parse(match[1]!);
  return Number.isNaN(wall) ? undefined : { wall, counter: parseInt(match[2]!, 36) };
}
