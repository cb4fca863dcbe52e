import "server-only";
import { env } from "./env";

// Server-only: in-memory, per-process rate limiting for public endpoints.
//
// Fixed window per client key. Memory is bounded: expired windows are swept when the table grows, and
// past `maxKeys` live clients new ones share a single overflow bucket rather than growing the table.
// Per process only: with several instances behind a load balancer each enforces its own budget, so the
// effective limit is `limit × instances`; move to a shared store (e.g. Redis) if that matters.
//
// Set RATE_LIMIT_DISABLED=1 (or true) to switch every limiter off (the benchmark does, so autocannon measures
// the handler and not the limiter); lib/server/env.ts reads it once, at server start. Never set it in production.

export interface RateLimitOptions {
  /** Requests allowed per window and key. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** Most distinct keys tracked at once (default 10,000). */
  maxKeys?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** Allow every request (default: the RATE_LIMIT_DISABLED switch). */
  disabled?: boolean;
}

export type RateLimitDecision =
  | { allowed: true; limit: number; remaining: number; resetAt: number }
  | { allowed: false; limit: number; remaining: 0; resetAt: number; retryAfterSeconds: number };

export interface RateLimiter {
  check(key: string): RateLimitDecision;
  /** Forget every key (tests). */
  reset(): void;
}

interface Window {
  start: number;
  count: number;
}

const overflowKey = "\u0000overflow";

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { limit, windowMs, maxKeys = 10_000, now = Date.now, disabled = env.RATE_LIMIT_DISABLED } = options;
  if (!(limit > 0) || !(windowMs > 0)) throw new RangeError("limit and windowMs must be positive.");
  const windows = new Map<string, Window>();

  function sweep(at: number): void {
    for (const [key, window] of windows) if (at - window.start >= windowMs) windows.delete(key);
  }

  return {
    check(rawKey) {
      const at = now();
      if (disabled) return { allowed: true, limit, remaining: limit, resetAt: at + windowMs };

      let key = rawKey;
      let window = windows.get(key);
      if (window === undefined && windows.size >= maxKeys) {
        sweep(at);
        if (windows.size >= maxKeys) {
          key = overflowKey;
          window = windows.get(key);
        }
      }
      if (window === undefined || at - window.start >= windowMs) {
        window = { start: at, count: 0 };
        windows.set(key, window);
      }

      const resetAt = window.start + windowMs;
      if (window.count >= limit) {
        return { allowed: false, limit, remaining: 0, resetAt, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - at) / 1000)) };
      }
      window.count += 1;
      return { allowed: true, limit, remaining: limit - window.count, resetAt };
    },
    reset() {
      windows.clear();
    },
  };
}

/**
 * The client's address as told by the proxy in front of the app: X-Real-IP (proxies such as nginx or
 * Vercel overwrite it with the address they saw), else the first X-Forwarded-For entry (what `next start`
 * fills in from the socket when no proxy sent one; an appending proxy leaves the client's own entries
 * first, hence X-Real-IP wins), else "unknown" (all such clients then share one budget). Both headers are
 * only trustworthy when a proxy you control sets them: a client reaching the app directly can forge them.
 */
export function clientKey(request: Request): string {
  const real = request.headers.get("x-real-ip")?.trim();
  if (real) return real.slice(0, 100);
  const first = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (first) return first.slice(0, 100);
  return "unknown";
}

/** Public JSON API budget: generous for people and scripts, a brake on floods. */
export const publicApiRateLimiter = createRateLimiter({ limit: 600, windowMs: 60_000 });
