/**
 * Progress display for `runEval`'s `onProgress`: a bar on an interactive terminal, and a line
 * every 10% otherwise (CI logs would fill with redraws of a bar).
 */
import cliProgress from 'cli-progress';

export interface ProgressReporter {
  onProgress: (done: number, total: number) => void;
  /** Finishes the bar; call once the run is over (also after a failure). */
  stop: () => void;
}

/** A reporter writing to `stream` (default stderr, so stdout stays clean for the summary). */
export function createProgressReporter(
  options: { label?: string; stream?: NodeJS.WriteStream } = {},
): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  const label = options.label ?? 'questions';
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${label} [{bar}] {value}/{total} | {duration_formatted} elapsed | ETA {eta_formatted}`,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      onProgress(done, total) {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastDecile = -1;
  return {
    onProgress(done, total) {
      const decile = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (decile === lastDecile && done !== total) return;
      lastDecile = decile;
      stream.write(`${label}: ${done}/${total}\n`);
    },
    stop() {},
  };
}
