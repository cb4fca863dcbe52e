import "server-only";
import { database } from "./db";

// Where rate-limit counts live. One method: count a hit for a key in a window and say how many there are now.
// Two stores: process memory (one instance) and the database (every instance sees the same counts).

export interface RateLimitStore {
  /** Adds one hit to `key` in the window that started at `windowStart` (ms) and ends at `expiresAt`; returns the window's count, this hit included. */
  hit(key: string, windowStart: number, expiresAt: number): Promise<number>;
  /** Forgets every count whose key starts with `prefix` (tests, and an operator lifting a block). */
  clear(prefix: string): Promise<void>;
}

interface Counter {
  windowStart: number;
  count: number;
}

/**
 * Counts in a Map, bounded: when `maxKeys` clients are held and a new one arrives, the least recently seen ones
 * go (never a bucket shared by strangers, so a flood of made-up addresses cannot lock anyone out).
 */
export function memoryRateLimitStore({ maxKeys = 10_000 } = {}): RateLimitStore & { size(): number } {
  if (!(maxKeys > 0)) throw new RangeError("maxKeys must be positive.");
  const counters = new Map<string, Counter>();
  return {
    async hit(key, windowStart) {
      let counter = counters.get(key);
      if (counter === undefined) {
        while (counters.size >= maxKeys) counters.delete(counters.keys().next().value as string);
        counter = { windowStart, count: 0 };
      } else {
        // Re-inserted below, so the Map's order stays "least recently seen first".
        counters.delete(key);
        if (counter.windowStart !== windowStart) counter = { windowStart, count: 0 };
      }
      counter.count += 1;
      counters.set(key, counter);
      return counter.count;
    },
    async clear(prefix) {
      for (const key of [...counters.keys()]) if (key.startsWith(prefix)) counters.delete(key);
    },
    size: () => counters.size,
  };
}

/**
 * Counts in the table `rate_limit_hit`, one row per key and window, incremented atomically (an upsert: INSERT …
 * ON CONFLICT DO UPDATE), so any number of instances share one budget. Rows of windows that are over are swept
 * now and then by whichever instance notices.
 */
export function databaseRateLimitStore({ sweepEveryMs = 60_000 } = {}): RateLimitStore {
  let lastSweep = 0;
  return {
    async hit(key, windowStart, expiresAt) {
      const db = await database();
      const id = `${key}:${windowStart}`;
      const upsert = () =>
        db.rateLimitHit.upsert({ where: { key: id }, create: { key: id, count: 1, expiresAt: new Date(expiresAt) }, update: { count: { increment: 1 } }, select: { count: true } });
      // Two instances creating the same row at once: the loser's insert is a unique violation; again, it updates.
      const row = await upsert().catch((error: unknown) => {
        if ((error as { code?: unknown }).code === "P2002") return upsert();
        throw error;
      });
      const at = Date.now();
      if (at - lastSweep >= sweepEveryMs) {
        lastSweep = at;
        void db.rateLimitHit.deleteMany({ where: { expiresAt: { lt: new Date(at) } } }).catch(() => {});
      }
      return row.count;
    },
    async clear(prefix) {
      const db = await database();
      await db.rateLimitHit.deleteMany({ where: { key: { startsWith: prefix } } });
    },
  };
}
