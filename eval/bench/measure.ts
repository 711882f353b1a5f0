/** Timing helpers: wall-clock milliseconds from `performance.now()`, percentiles by nearest rank. */

export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

export { percentile } from '../percentile.ts';

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A named sequence of timed operations (one latency sample per call). */
export interface Series {
  name: string;
  samples: number[];
}

/**
 * Runs `rounds` rounds over several series, each round calling every series `perRound` times,
 * and rotating which series goes first: ours, theirs, raw; theirs, raw, ours; ... so that no
 * side always runs on a cache the other just warmed (or cooled).
 */
export async function interleave(
  series: {
    name: string;
    run: (index: number) => Promise<unknown>;
    before?: () => Promise<void>;
  }[],
  total: number,
  perRound: number,
): Promise<Series[]> {
  const out = series.map((s) => ({ name: s.name, samples: [] as number[] }));
  let round = 0;
  for (let offset = 0; offset < total; offset += perRound, round++) {
    for (let j = 0; j < series.length; j++) {
      const index = (round + j) % series.length;
      const s = series[index];
      await s.before?.();
      for (let i = offset; i < Math.min(total, offset + perRound); i++) {
        const started = performance.now();
        await s.run(i);
        out[index].samples.push(performance.now() - started);
      }
    }
  }
  return out;
}
