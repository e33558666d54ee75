import type { Writable } from 'node:stream';

/** Text output that respects backpressure: a slow reader slows the Neo4j stream, not memory. */
export interface Sink {
  write(chunk: string): Promise<void> | void;
}

export function writableSink(out: Writable): Sink {
  return {
    write(chunk) {
      // A destination that failed (a closed download, a size cap) stops the export.
      if (out.errored) throw out.errored;
      if (out.write(chunk)) return;
      if (out.errored) throw out.errored;
      return new Promise<void>((resolve, reject) => {
        const cleanup = () => {
          out.off('drain', onDrain);
          out.off('error', onError);
          out.off('close', onClose);
        };
        const onDrain = () => {
          cleanup();
          resolve();
        };
        const onError = (error: Error) => {
          cleanup();
          reject(error);
        };
        const onClose = () => {
          cleanup();
          reject(out.errored ?? new Error('the export destination closed'));
        };
        out.once('drain', onDrain);
        out.once('error', onError);
        out.once('close', onClose);
      });
    },
  };
}
