import { describe, expect, it } from 'vitest';
import { createClaim } from '../support/fixtures.ts';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const { graph, server } = inProcessApi();

/** Reads server-sent events until one carries data, or the time runs out. */
async function nextEvent(reader: ReadableStreamDefaultReader<Uint8Array>, timeoutMs = 10_000): Promise<unknown> {
  const decoder = new TextDecoder();
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    const data = /event: next\ndata: (.*)\n\n/.exec(buffer);
    if (data) return JSON.parse(data[1] as string);
  }
  throw new Error(`no event within ${timeoutMs}ms; got ${JSON.stringify(buffer)}`);
}

describe('reviewEvents subscription (server-sent events)', () => {
  it("shows an open review page another editor's verdict as it happens, filtered by item", async () => {
    const id = uniquePrefix('claim');
    const other = uniquePrefix('claim');
    await createClaim(graph, id);
    await createClaim(graph, other);
    const abort = new AbortController();
    const response = await server.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription($id: ID) { reviewEvents(itemId: $id) { review { itemId toStatus editor } } }', variables: { id } }),
      signal: abort.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const editor = uniquePrefix('Grace');
    const token = await testToken(graph, 'EDITOR', editor);
    const review = (itemId: string) =>
      gql(server, 'mutation($input: ReviewInput!) { reviewClaim(input: $input) { review { id } } }', { input: { id: itemId, status: 'IN_REVIEW', expectedVersion: 1 } }, token);
    // A review of another claim must not reach this page; ours must.
    setTimeout(() => void review(other).then(() => review(id)), 200);
    const event = await nextEvent(reader);
    expect(event).toEqual({ data: { reviewEvents: { review: { itemId: id, toStatus: 'IN_REVIEW', editor } } } });
    abort.abort();
    await reader.cancel().catch(() => {});
  });
});
