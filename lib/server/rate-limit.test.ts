import { afterEach, describe, expect, it, vi } from "vitest";
import { clientKey, createRateLimiter } from "./rate-limit";

function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let at = start;
  return { now: () => at, advance: (ms) => (at += ms) };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("createRateLimiter", () => {
  it("allows `limit` requests per window, then refuses with Retry-After", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: time.now });
    expect([1, 2, 3].map(() => limiter.check("a").allowed)).toEqual([true, true, true]);
    time.advance(15_500);
    const refused = limiter.check("a");
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 45 });
  });

  it("counts remaining requests", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: clock().now });
    expect(limiter.check("a")).toMatchObject({ allowed: true, remaining: 1 });
    expect(limiter.check("a")).toMatchObject({ allowed: true, remaining: 0 });
  });

  it("keeps a separate budget per key", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: clock().now });
    expect(limiter.check("a").allowed).toBe(true);
    expect(limiter.check("a").allowed).toBe(false);
    expect(limiter.check("b").allowed).toBe(true);
  });

  it("opens a new window once the old one has passed", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: time.now });
    expect(limiter.check("a").allowed).toBe(true);
    expect(limiter.check("a").allowed).toBe(false);
    time.advance(1000);
    expect(limiter.check("a").allowed).toBe(true);
  });

  it("never answers Retry-After below one second", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: time.now });
    limiter.check("a");
    time.advance(999);
    expect(limiter.check("a")).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it("bounds memory: past maxKeys, new clients share one overflow budget", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, maxKeys: 3, now: time.now });
    for (const key of ["a", "b", "c"]) limiter.check(key);
    expect(limiter.check("d").allowed).toBe(true);
    expect(limiter.check("e").allowed).toBe(true);
    expect(limiter.check("f").allowed).toBe(false);
    time.advance(1000); // every window expired: swept on the next new key
    expect(limiter.check("g")).toMatchObject({ allowed: true, remaining: 1 });
  });

  it("allows every request when disabled", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: clock().now, disabled: true });
    expect([1, 2, 3].every(() => limiter.check("a").allowed)).toBe(true);
  });

  it.each([
    ["1", true],
    ["true", true],
    ["0", false],
    ["", false],
  ])("takes its default from RATE_LIMIT_DISABLED=%j through the env module (switched off: %s)", async (value, off) => {
    vi.stubEnv("RATE_LIMIT_DISABLED", value);
    vi.resetModules();
    const fresh = await import("./rate-limit");
    const limiter = fresh.createRateLimiter({ limit: 1, windowMs: 1000, now: clock().now });
    expect([1, 2, 3].every(() => limiter.check("a").allowed)).toBe(off);
  });

  it("reset forgets every key", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: clock().now });
    limiter.check("a");
    limiter.reset();
    expect(limiter.check("a").allowed).toBe(true);
  });

  it("rejects nonsensical settings", () => {
    expect(() => createRateLimiter({ limit: 0, windowMs: 1000 })).toThrow(RangeError);
    expect(() => createRateLimiter({ limit: 1, windowMs: Number.NaN })).toThrow(RangeError);
  });
});

describe("clientKey", () => {
  const request = (headers: Record<string, string>) => new Request("http://localhost/", { headers });

  it("prefers X-Real-IP, which proxies overwrite rather than append to", () => {
    expect(clientKey(request({ "x-real-ip": " 198.51.100.2 ", "x-forwarded-for": "203.0.113.7" }))).toBe("198.51.100.2");
  });

  it("falls back to the first X-Forwarded-For entry, then to a shared key", () => {
    expect(clientKey(request({ "x-forwarded-for": " 203.0.113.7 , 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientKey(request({ "x-forwarded-for": " , " }))).toBe("unknown");
    expect(clientKey(request({}))).toBe("unknown");
  });

  it("caps the key length", () => {
    expect(clientKey(request({ "x-forwarded-for": "x".repeat(1000) }))).toHaveLength(100);
  });
});
