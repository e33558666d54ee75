/** One server-sent-events subscription over fetch, read event by event. */
export interface SseStream {
  /** The next event's payload (`data:` of an `event: next`), or throws after `timeoutMs`. */
  next(timeoutMs?: number): Promise<{ data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] }>;
  close(): void;
}

export async function subscribe(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<SseStream> {
  const abort = new AbortController();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;
  return {
    async next(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = /event: next\ndata: (.*)\n\n/.exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index + match[0].length);
          return JSON.parse(match[1] as string);
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no event within ${timeoutMs}ms; got ${JSON.stringify(buffer.slice(-500))}`);
        pending ??= reader.read();
        let timer: NodeJS.Timeout | undefined;
        const read = await Promise.race([pending, new Promise<null>((r) => (timer = setTimeout(() => r(null), left)))]);
        clearTimeout(timer);
        if (read === null) continue;
        pending = undefined;
        if (read.done) throw new Error(`the stream ended; got ${JSON.stringify(buffer.slice(-500))}`);
        buffer += decoder.decode(read.value, { stream: true });
      }
    },
    close() {
      abort.abort();
      void reader.cancel().catch(() => {});
    },
  };
}
