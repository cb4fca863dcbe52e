import { describe, expect, it } from "vitest";
import { clientKey, createRateLimiter, rateLimitHeaders } from "./rate-limit";
import { databaseRateLimitStore, memoryRateLimitStore } from "./rate-limit-store";

function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let at = start;
  return { now: () => at, advance: (ms) => (at += ms) };
}

const checks = async (limiter: { check(key: string): Promise<{ allowed: boolean }> }, key: string, times: number) => {
  const out: boolean[] = [];
  for (let i = 0; i < times; i += 1) out.push((await limiter.check(key)).allowed);
  return out;
};

describe("createRateLimiter", () => {
  it("allows `limit` requests per clock-aligned window, then refuses until the window ends", async () => {
    const time = clock(1_000_000); // 16 min 40 s: a 60 s window runs 960 000 → 1 020 000
    const limiter = createRateLimiter({ name: "t", limit: 3, windowMs: 60_000, now: time.now, store: memoryRateLimitStore() });
    expect(await checks(limiter, "a", 3)).toEqual([true, true, true]);
    time.advance(4_500);
    expect(await limiter.check("a")).toEqual({ allowed: false, limit: 3, remaining: 0, resetAt: 1_020_000, retryAfterSeconds: 16 });
    time.advance(15_500); // 1 020 000: a new window
    expect(await limiter.check("a")).toEqual({ allowed: true, limit: 3, remaining: 2, resetAt: 1_080_000 });
  });

  it("counts remaining requests and keeps a budget per key", async () => {
    const limiter = createRateLimiter({ name: "t", limit: 2, windowMs: 1000, now: clock().now, store: memoryRateLimitStore() });
    expect(await limiter.check("a")).toMatchObject({ allowed: true, remaining: 1 });
    expect(await limiter.check("a")).toMatchObject({ allowed: true, remaining: 0 });
    expect(await limiter.check("a")).toMatchObject({ allowed: false, remaining: 0 });
    expect(await limiter.check("b")).toMatchObject({ allowed: true, remaining: 1 });
  });

  it("keeps separate budgets per limiter on one store", async () => {
    const store = memoryRateLimitStore();
    const one = createRateLimiter({ name: "one", limit: 1, windowMs: 1000, now: clock().now, store });
    const two = createRateLimiter({ name: "two", limit: 1, windowMs: 1000, now: clock().now, store });
    expect(await checks(one, "a", 2)).toEqual([true, false]);
    expect(await checks(two, "a", 2)).toEqual([true, false]);
    await one.reset();
    expect(await checks(one, "a", 1)).toEqual([true]);
    expect(await checks(two, "a", 1)).toEqual([false]);
  });

  it("allows everything when disabled", async () => {
    const limiter = createRateLimiter({ name: "t", limit: 1, windowMs: 1000, now: clock().now, disabled: true, store: memoryRateLimitStore() });
    expect(await checks(limiter, "a", 5)).toEqual([true, true, true, true, true]);
  });

  it.each([
    [{ limit: 0, windowMs: 1000 }],
    [{ limit: 1.5, windowMs: 1000 }],
    [{ limit: 1, windowMs: Number.NaN }],
    [{ limit: 1, windowMs: 0 }],
  ])("refuses a bad policy %o", (policy) => {
    expect(() => createRateLimiter({ name: "t", ...policy })).toThrow(RangeError);
  });

  it("refuses a name that would not fit the header", () => {
    expect(() => createRateLimiter({ name: 'a"b', limit: 1, windowMs: 1000 })).toThrow(RangeError);
  });
});

describe("memoryRateLimitStore", () => {
  it("when full, lets the least recently seen clients go, and a fresh client is still counted on its own", async () => {
    const store = memoryRateLimitStore({ maxKeys: 3 });
    const limiter = createRateLimiter({ name: "t", limit: 1, windowMs: 60_000, now: clock().now, store });
    expect(await checks(limiter, "old", 2)).toEqual([true, false]);
    for (const key of ["b", "c"]) await limiter.check(key);
    await limiter.check("old"); // seen again: now the most recent
    await limiter.check("d"); // full: "b", the least recently seen, goes
    expect(store.size()).toBe(3);
    expect(await checks(limiter, "old", 1)).toEqual([false]); // still limited: not evicted
    expect(await checks(limiter, "fresh", 2)).toEqual([true, false]); // a newcomer has a budget of its own
    expect(await checks(limiter, "b", 1)).toEqual([true]); // evicted earlier, starts over
  });

  it("stays bounded under a flood of made-up clients", async () => {
    const store = memoryRateLimitStore({ maxKeys: 100 });
    const limiter = createRateLimiter({ name: "t", limit: 1, windowMs: 60_000, now: clock().now, store });
    for (let i = 0; i < 1_000; i += 1) await limiter.check(`203.0.113.${i}`);
    expect(store.size()).toBe(100);
    expect(await checks(limiter, "198.51.100.1", 2)).toEqual([true, false]);
  });
});

describe("databaseRateLimitStore", () => {
  it("shares one budget between instances (two stores on one database) and counts concurrent hits exactly", async () => {
    const time = clock(Date.now());
    const name = `db-${crypto.randomUUID().slice(0, 8)}`;
    const first = createRateLimiter({ name, limit: 10, windowMs: 60_000, now: time.now, store: databaseRateLimitStore() });
    const second = createRateLimiter({ name, limit: 10, windowMs: 60_000, now: time.now, store: databaseRateLimitStore() });
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? first : second).check("198.51.100.7")));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.map((r) => r.remaining).sort((a, b) => a - b)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await first.reset();
    expect((await second.check("198.51.100.7")).allowed).toBe(true);
  });
});

describe("rateLimitHeaders", () => {
  it("states the policy and what is left of it, and Retry-After when refused", () => {
    const policy = { name: "api", limit: 600, windowMs: 60_000 };
    expect(rateLimitHeaders(policy, { allowed: true, limit: 600, remaining: 599, resetAt: 61_000 }, 1_500)).toEqual({
      "RateLimit-Policy": '"api";q=600;w=60',
      RateLimit: '"api";r=599;t=60',
    });
    expect(rateLimitHeaders(policy, { allowed: false, limit: 600, remaining: 0, resetAt: 61_000, retryAfterSeconds: 3 }, 58_000)).toEqual({
      "RateLimit-Policy": '"api";q=600;w=60',
      RateLimit: '"api";r=0;t=3',
      "Retry-After": "3",
    });
  });
});

describe("clientKey", () => {
  const request = (headers: Record<string, string>) => new Request("http://localhost/", { headers });

  it("is the address the app server determined", () => {
    expect(clientKey(request({ "x-client-address": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientKey(new Headers({ "x-client-address": " 2001:db8::1 " }))).toBe("2001:db8::1");
  });

  it("never trusts forwarding headers a client can send", () => {
    expect(clientKey(request({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8" }))).toBe("unknown");
    expect(clientKey(request({}))).toBe("unknown");
  });

  it("bounds the key's length", () => {
    expect(clientKey(request({ "x-client-address": "x".repeat(1000) }))).toHaveLength(100);
  });
});
