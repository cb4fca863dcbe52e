import "server-only";
import { databaseProvider } from "./db";
import { env } from "./env";
import { databaseRateLimitStore, memoryRateLimitStore, type RateLimitStore } from "./rate-limit-store";

// Rate limits: a budget of requests per client per fixed window (aligned to the clock: a 60 s window runs from
// one whole minute to the next), counted in a store behind one small interface (lib/server/rate-limit-store.ts):
// the database, shared by every app instance (the default on PostgreSQL, where several instances run), or
// process memory (the default on SQLite, one instance). RATE_LIMIT_STORE overrides; a Redis store would be a
// third implementation of the same interface, nothing else changes. ADR 0022.
//
// The client key is the address scripts/serve.mjs worked out from the socket (and from X-Forwarded-For only
// when the socket's peer is a trusted proxy), passed as `x-client-address`; the server drops that header from
// every incoming request, so no client can choose its key.
//
// RATE_LIMIT_DISABLED=1 switches every limiter off (the benchmarks do, so they measure the handler, not the
// limiter). Never set it in production.

export interface RateLimitPolicy {
  /** Short name, shown in the RateLimit-Policy header. */
  name: string;
  /** Requests allowed per window and client. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
}

export interface RateLimitOptions extends RateLimitPolicy {
  /** Where counts live (default: the configured store). */
  store?: RateLimitStore;
  /** Clock, for tests. */
  now?: () => number;
  /** Allow every request (default: the RATE_LIMIT_DISABLED switch). */
  disabled?: boolean;
}

export type RateLimitDecision =
  | { allowed: true; limit: number; remaining: number; resetAt: number }
  | { allowed: false; limit: number; remaining: 0; resetAt: number; retryAfterSeconds: number };

export interface RateLimiter {
  readonly policy: RateLimitPolicy;
  check(key: string): Promise<RateLimitDecision>;
  /** Forgets this limiter's counts (tests). */
  reset(): Promise<void>;
}

function configuredStore(): RateLimitStore {
  const kind = env.RATE_LIMIT_STORE ?? (databaseProvider() === "postgresql" ? "database" : "memory");
  return kind === "database" ? databaseRateLimitStore() : memoryRateLimitStore({ maxKeys: env.RATE_LIMIT_MAX_KEYS });
}

const holder = globalThis as unknown as { appRateLimitStore?: RateLimitStore };
function defaultStore(): RateLimitStore {
  holder.appRateLimitStore ??= configuredStore();
  return holder.appRateLimitStore;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { name, limit, windowMs, now = Date.now, disabled = env.RATE_LIMIT_DISABLED } = options;
  if (!(limit > 0) || !(windowMs > 0) || !Number.isInteger(limit)) throw new RangeError("limit and windowMs must be positive (limit a whole number).");
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new RangeError("name: lower-case letters, digits and dashes.");
  const policy = { name, limit, windowMs };
  return {
    policy,
    async check(key) {
      const at = now();
      const windowStart = Math.floor(at / windowMs) * windowMs;
      const resetAt = windowStart + windowMs;
      if (disabled) return { allowed: true, limit, remaining: limit, resetAt };
      const count = await (options.store ?? defaultStore()).hit(`${name}:${key}`, windowStart, resetAt);
      if (count > limit) return { allowed: false, limit, remaining: 0, resetAt, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - at) / 1000)) };
      return { allowed: true, limit, remaining: limit - count, resetAt };
    },
    reset: () => (options.store ?? defaultStore()).clear(`${name}:`),
  };
}

/**
 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): the policy (quota q per window w
 * seconds) and what is left of it (r remaining, t seconds to reset), plus Retry-After when refused.
 */
export function rateLimitHeaders(policy: RateLimitPolicy, decision: RateLimitDecision, at = Date.now()): Record<string, string> {
  const seconds = Math.max(0, Math.ceil((decision.resetAt - at) / 1000));
  const headers: Record<string, string> = {
    "RateLimit-Policy": `"${policy.name}";q=${policy.limit};w=${Math.round(policy.windowMs / 1000)}`,
    RateLimit: `"${policy.name}";r=${decision.remaining};t=${seconds}`,
  };
  if (!decision.allowed) headers["Retry-After"] = String(decision.retryAfterSeconds);
  return headers;
}

/** The 429 a limited route answers, with the headers above and a sentence saying when to come back. */
export function rateLimitedResponse(policy: RateLimitPolicy, decision: RateLimitDecision & { allowed: false }, message?: string): Response {
  return Response.json(
    { error: "rate_limited", message: message ?? `Too many requests; try again in ${decision.retryAfterSeconds} s.` },
    { status: 429, headers: { "Cache-Control": "no-store", ...rateLimitHeaders(policy, decision) } },
  );
}

/** Sets the RateLimit headers on a response a limited route is about to send. */
export function withRateLimitHeaders(response: Response, policy: RateLimitPolicy, decision: RateLimitDecision): Response {
  for (const [name, value] of Object.entries(rateLimitHeaders(policy, decision))) response.headers.set(name, value);
  return response;
}

/**
 * The client's address as scripts/serve.mjs determined it. Without that server in front (e.g. `next dev`, or a
 * route handler called directly in a test that sets no address) every client shares the key "unknown".
 */
export function clientKey(request: Request | Headers): string {
  const headers = request instanceof Headers ? request : request.headers;
  const address = headers.get("x-client-address")?.trim();
  return address ? address.slice(0, 100) : "unknown";
}

/** Public JSON API: generous for people and scripts, a brake on floods. */
export const publicApiRateLimiter = createRateLimiter({ name: "api", limit: 600, windowMs: 60_000 });
/** Pages that run the engine for answers in the URL (/results, /plan): far above what a person clicks. */
export const enginePageRateLimiter = createRateLimiter({ name: "pages", limit: 240, windowMs: 60_000 });
/** Downloads (.json, .md) of a result: a person downloads a few. */
export const exportRateLimiter = createRateLimiter({ name: "exports", limit: 60, windowMs: 60_000 });
