import "server-only";
import { z } from "zod";

// The server's environment, parsed and checked once. Nothing else in app/, components/ or lib/ reads
// process.env (an ESLint rule holds that line): read `env` from here instead.
//
// A bad value throws one Error naming every bad variable and why (never its value: some are secrets).
// instrumentation.ts imports this module from `register()`, so a bad environment stops `next start`
// before the first request rather than failing one route at a time.
//
// An empty (or blank) value counts as unset, so `FOO=` in a shell or an env file means "use the default".
// Values are otherwise taken as they are: no trimming, so a stray space is reported, not silently fixed.

/** Every variable this module reads; anything else in the environment is ignored. */
export const envVariableNames = [
  "PORT",
  "NODE_ENV",
  "DATABASE_URL",
  "DATABASE_POOL_MAX",
  "RATE_LIMIT_DISABLED",
  "RATE_LIMIT_STORE",
  "RATE_LIMIT_MAX_KEYS",
  "BENCH_ROUTES",
  "BETTER_AUTH_SECRET",
  "BETTER_AUTH_URL",
  "APP_ORIGIN",
  "SMTP_URL",
  "MAIL_FROM",
  "TRUSTED_PROXIES",
  "DEMO_TEAM",
] as const;

export type EnvVariableName = (typeof envVariableNames)[number];

export const defaultDatabaseUrl = "file:./.data/app.db";

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function isDatabaseUrl(value: string): boolean {
  if (value.startsWith("file:")) return value.length > "file:".length;
  const url = parseUrl(value);
  return url !== undefined && (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
}

/** An http(s) URL that is only an origin: no credentials, path, query or fragment (a trailing "/" is fine). */
function isOrigin(value: string): boolean {
  const url = parseUrl(value);
  return (
    url !== undefined &&
    (url.protocol === "http:" || url.protocol === "https:") &&
    url.username === "" &&
    url.password === "" &&
    url.pathname === "/" &&
    url.search === "" &&
    url.hash === "" &&
    !value.endsWith("?") &&
    !value.endsWith("#")
  );
}

function isSmtpUrl(value: string): boolean {
  const url = parseUrl(value);
  return url !== undefined && (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
}

const address = "[^\\s@<>\"]+@[^\\s@<>\"]+";
const mailbox = new RegExp(`^(?:${address}|[^<>]*[^\\s<>][^<>]*<${address}>)$`);

const isIp = (value: string): boolean => z.ipv4().safeParse(value).success || z.ipv6().safeParse(value).success;

/** On: "1" or "true". Off: "0", "false" or unset. Anything else is a mistake worth stopping for. */
const flag = z
  .enum(["1", "true", "0", "false"], { error: 'expected "1" or "true" (on), "0" or "false" (off), or nothing (off)' })
  .optional()
  .transform((value) => value === "1" || value === "true");

const origin = z
  .string()
  .refine(isOrigin, { error: "expected the app's public origin, an http(s) URL with no path, e.g. https://example.com" })
  .transform((value) => new URL(value).origin)
  .optional();

const envSchema = z.object({
  PORT: z
    .string()
    .regex(/^[0-9]{1,5}$/, { error: "expected a whole number from 1 to 65535" })
    .transform(Number)
    .refine((port) => port >= 1 && port <= 65_535, { error: "expected a whole number from 1 to 65535" })
    .optional(),
  NODE_ENV: z
    .enum(["development", "production", "test"], { error: "expected development, production or test" })
    .default("development"),
  DATABASE_URL: z
    .string()
    .refine(isDatabaseUrl, { error: "expected a file: URL (SQLite) or a postgres:// or postgresql:// URL with a host" })
    .default(defaultDatabaseUrl),
  DATABASE_POOL_MAX: z
    .string()
    .regex(/^[0-9]{1,3}$/, { error: "expected a whole number of connections from 1 to 500" })
    .transform(Number)
    .refine((size) => size >= 1 && size <= 500, { error: "expected a whole number of connections from 1 to 500" })
    .default(10),
  RATE_LIMIT_DISABLED: flag,
  RATE_LIMIT_MAX_KEYS: z
    .string()
    .regex(/^[0-9]{1,7}$/, { error: "expected a whole number of clients from 1 to 9999999" })
    .transform(Number)
    .refine((size) => size >= 1, { error: "expected a whole number of clients from 1 to 9999999" })
    .default(10_000),
  RATE_LIMIT_STORE: z.enum(["memory", "database"], { error: "expected memory or database (default: database on PostgreSQL, memory on SQLite)" }).optional(),
  BENCH_ROUTES: flag,
  BETTER_AUTH_SECRET: z.string().min(32, { error: "expected at least 32 characters" }).optional(),
  BETTER_AUTH_URL: origin,
  APP_ORIGIN: origin,
  SMTP_URL: z
    .string()
    .refine(isSmtpUrl, { error: "expected an smtp:// or smtps:// URL with a host" })
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(mailbox, { error: 'expected an email address, or a name and one: "App <noreply@example.com>"' })
    .optional(),
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value = "", context): readonly string[] => {
      const entries = value
        .split(",")
        .map((entry) => entry.trim())
        .filter((entry) => entry !== "");
      const bad = entries.filter((entry) => !isIp(entry));
      if (bad.length > 0) {
        context.issues.push({
          code: "custom",
          input: value,
          message: `expected a comma-separated list of IP addresses; not an IP address: ${bad.join(", ")}`,
        });
      }
      return Object.freeze(entries);
    }),
  DEMO_TEAM: flag,
});

export type Env = Readonly<z.output<typeof envSchema>>;

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const reasons = new Map<string, string[]>();
  for (const issue of issues) {
    const name = issue.path.length > 0 ? String(issue.path[0]) : "(environment)";
    const list = reasons.get(name) ?? [];
    if (!list.includes(issue.message)) list.push(issue.message);
    reasons.set(name, list);
  }
  return [...reasons].map(([name, list]) => `${name}: ${list.join(" and ")}`).join("; ");
}

/**
 * Parses the server variables out of `source` (process.env, or a plain object in tests). Pure: reads
 * nothing else. Returns a frozen object; throws one Error naming each bad variable and why.
 */
export function parseEnv(source: Readonly<Record<string, string | undefined>>): Env {
  const picked: Partial<Record<EnvVariableName, string>> = {};
  for (const name of envVariableNames) {
    const value = source[name];
    if (value !== undefined && value.trim() !== "") picked[name] = value;
  }
  const result = envSchema.safeParse(picked);
  if (!result.success) throw new Error(`Invalid environment: ${describeIssues(result.error.issues)}`);
  return Object.freeze(result.data);
}

/** The server's environment, parsed from process.env when this module is first imported. */
export const env: Env = parseEnv(process.env);

/**
 * The address this server listens on, as `next start` records it once listening (for a request to itself,
 * e.g. proxy.ts fetching a kept page). Read when called, not at import: it is set after the server starts.
 */
export function ownServerOrigin(): string | undefined {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  return origin && /^https?:\/\/[^/]+$/.test(origin) ? origin : undefined;
}

/**
 * The folder of the build this server runs (next.config.ts: NEXT_DIST_DIR, else .next), relative to the working
 * directory, for reading the build's own manifests (proxy.ts: which pages are prerendered). Read when called.
 */
export function buildDirectory(): string {
  const dir = process.env.NEXT_DIST_DIR;
  return dir && /^[\w.-]+(\/[\w.-]+)*$/.test(dir) && !dir.split("/").includes("..") ? dir : ".next";
}
