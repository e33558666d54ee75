/**
 * Progress for long work (seed, ingest, export) on stderr. On a terminal it
 * redraws one line; in logs and CI it prints a line per phase and every 10%,
 * so a captured log still says what is happening without flooding.
 */
export interface Progress {
  update(what: string, done: number, total: number): void;
  done(message: string): void;
  /** A bulk-loader progress callback that reports here. */
  forLoad(): (p: { phase: string; what: string; done: number; total: number }) => void;
}

export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr, enabled = true): Progress {
  const tty = stream.isTTY === true;
  let lastWhat = '';
  let lastDecile = -1;
  return {
    update(what, done, total) {
      if (!enabled) return;
      const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (tty) {
        const width = 24;
        const filled = Math.round((pct / 100) * width);
        stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${what} ${done}/${total}\x1b[K`);
        return;
      }
      const decile = Math.floor(pct / 10);
      if (what !== lastWhat || decile !== lastDecile) {
        stream.write(`${label}: ${what} ${done}/${total} (${pct}%)\n`);
        lastWhat = what;
        lastDecile = decile;
      }
    },
    forLoad() {
      return (p) => this.update(`${p.phase} ${p.what}`, p.done, p.total);
    },
    done(message) {
      if (!enabled) return;
      stream.write(`${tty ? '\r\x1b[K' : ''}${label}: ${message}\n`);
    },
  };
}
