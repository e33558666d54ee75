import { createHash } from 'node:crypto';
import { badInput, conflict, unavailable } from '../errors.ts';
import type { RedisLink } from '../redis/redis-link.ts';

/** What is kept under an Idempotency-Key: the request's fingerprint, and its reply once it has one. */
interface Entry {
  fingerprint: string;
  reply?: object;
}

export type Claim = { first: true } | { first: false; reply: object };

/**
 * Idempotency keys for mutations (the `Idempotency-Key` header, as in the IETF draft and Stripe's
 * API): the first request with a key runs and its reply is kept for IDEMPOTENCY_TTL_SECONDS; a
 * retry with the same key and the same request gets that reply again without running; the same
 * key with another request is refused. Keys are per caller, so one token cannot replay another's.
 */
export interface IdempotencyStore {
  /** Claims `key` for this request, or returns the reply already recorded under it. */
  claim(caller: string, key: string, request: string): Promise<Claim>;
  /** Records the reply of a successful request. */
  complete(caller: string, key: string, request: string, reply: object): Promise<void>;
  /** Forgets a key whose request failed, so that a retry runs again. */
  release(caller: string, key: string): Promise<void>;
}

export const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export function checkKey(key: string): string {
  if (!KEY_PATTERN.test(key)) throw badInput('The Idempotency-Key header must be 1–200 printable ASCII characters', [{ path: 'Idempotency-Key', message: 'expected 1–200 printable ASCII characters' }]);
  return key;
}

const fingerprintOf = (request: string) => createHash('sha256').update(request).digest('hex');
const slot = (caller: string, key: string) => `claimgraph:idempotency:${createHash('sha256').update(`${caller}\n${key}`).digest('hex')}`;

function decide(existing: Entry, fingerprint: string): Claim {
  if (existing.fingerprint !== fingerprint) throw badInput('This Idempotency-Key was already used for a different request; use a new key for a new request');
  if (!existing.reply) throw conflict('A request with this Idempotency-Key is still running; retry when it has finished');
  return { first: false, reply: existing.reply };
}

export function memoryIdempotency(ttlSeconds: number): IdempotencyStore {
  const entries = new Map<string, Entry & { expires: number }>();
  const live = (k: string) => {
    const e = entries.get(k);
    if (e && e.expires < Date.now()) entries.delete(k);
    return entries.get(k);
  };
  return {
    async claim(caller, key, request) {
      const k = slot(caller, key);
      const fingerprint = fingerprintOf(request);
      const existing = live(k);
      if (existing) return decide(existing, fingerprint);
      // Expired entries go as new ones come, so the map stays as large as one TTL's keys.
      for (const other of entries.keys()) live(other);
      entries.set(k, { fingerprint, expires: Date.now() + ttlSeconds * 1000 });
      return { first: true };
    },
    async complete(caller, key, request, reply) {
      entries.set(slot(caller, key), { fingerprint: fingerprintOf(request), reply, expires: Date.now() + ttlSeconds * 1000 });
    },
    async release(caller, key) {
      entries.delete(slot(caller, key));
    },
  };
}

const DOWN = 'Idempotency keys are unavailable: Redis cannot be reached; retry shortly (or send the change without a key)';

export function redisIdempotency(link: RedisLink, ttlSeconds: number): IdempotencyStore {
  const guard = async <T>(work: () => Promise<T>) => {
    if (!link.isUp()) throw unavailable(DOWN);
    try {
      return await work();
    } catch (error) {
      if ((error as { extensions?: unknown }).extensions) throw error;
      throw unavailable(DOWN);
    }
  };
  return {
    claim: (caller, key, request) =>
      guard(async () => {
        const k = slot(caller, key);
        const fingerprint = fingerprintOf(request);
        // SET NX: of two replicas receiving the same key at once, exactly one runs the request.
        const set = await link.command.set(k, JSON.stringify({ fingerprint }), 'EX', ttlSeconds, 'NX');
        if (set === 'OK') return { first: true } as const;
        const raw = await link.command.get(k);
        if (!raw) return { first: true } as const;
        return decide(JSON.parse(raw) as Entry, fingerprint);
      }),
    complete: (caller, key, request, reply) =>
      guard(async () => {
        await link.command.set(slot(caller, key), JSON.stringify({ fingerprint: fingerprintOf(request), reply }), 'EX', ttlSeconds);
      }),
    release: (caller, key) =>
      guard(async () => {
        await link.command.del(slot(caller, key));
      }),
  };
}
