import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultDatabaseUrl, envVariableNames, parseEnv, type Env } from "./env";

const secret = "s".repeat(32);

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("parseEnv defaults", () => {
  it("gives every default on an empty environment", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      DATABASE_URL: defaultDatabaseUrl,
      DATABASE_POOL_MAX: 10,
      RATE_LIMIT_DISABLED: false,
      RATE_LIMIT_MAX_KEYS: 10_000,
      BENCH_ROUTES: false,
      DEMO_TEAM: false,
      TRUSTED_PROXIES: [],
    });
  });

  it("treats empty and blank values as unset", () => {
    const blank = Object.fromEntries(envVariableNames.map((name) => [name, name === "PORT" ? "  " : ""]));
    expect(parseEnv(blank)).toEqual(parseEnv({}));
  });

  it("ignores variables it does not own", () => {
    expect(parseEnv({ HOME: "/root", CI: "true", PATH: "/bin" })).toEqual(parseEnv({}));
  });

  it("returns a frozen object, its proxy list too", () => {
    const env = parseEnv({ TRUSTED_PROXIES: "10.0.0.1" });
    expect(Object.isFrozen(env)).toBe(true);
    expect(Object.isFrozen(env.TRUSTED_PROXIES)).toBe(true);
    expect(Object.isFrozen(parseEnv({}).TRUSTED_PROXIES)).toBe(true);
  });
});

describe("parseEnv good values", () => {
  const cases: ReadonlyArray<[string, Record<string, string>, Partial<Env>]> = [
    ["a port", { PORT: "3000" }, { PORT: 3000 }],
    ["the lowest port", { PORT: "1" }, { PORT: 1 }],
    ["the highest port", { PORT: "65535" }, { PORT: 65_535 }],
    ["production", { NODE_ENV: "production" }, { NODE_ENV: "production" }],
    ["test", { NODE_ENV: "test" }, { NODE_ENV: "test" }],
    ["a SQLite file", { DATABASE_URL: "file:/var/lib/app/app.db" }, { DATABASE_URL: "file:/var/lib/app/app.db" }],
    ["a pool size", { DATABASE_POOL_MAX: "25" }, { DATABASE_POOL_MAX: 25 }],
    ["the memory rate limiter's size", { RATE_LIMIT_MAX_KEYS: "50" }, { RATE_LIMIT_MAX_KEYS: 50 }],
    ["the rate-limit store", { RATE_LIMIT_STORE: "database" }, { RATE_LIMIT_STORE: "database" }],
    ["a postgres URL", { DATABASE_URL: "postgres://app:pw@db:5432/app" }, { DATABASE_URL: "postgres://app:pw@db:5432/app" }],
    ["a postgresql URL", { DATABASE_URL: "postgresql://127.0.0.1/app?sslmode=disable" }, { DATABASE_URL: "postgresql://127.0.0.1/app?sslmode=disable" }],
    ["RATE_LIMIT_DISABLED=1", { RATE_LIMIT_DISABLED: "1" }, { RATE_LIMIT_DISABLED: true }],
    ["RATE_LIMIT_DISABLED=true", { RATE_LIMIT_DISABLED: "true" }, { RATE_LIMIT_DISABLED: true }],
    ["RATE_LIMIT_DISABLED=0", { RATE_LIMIT_DISABLED: "0" }, { RATE_LIMIT_DISABLED: false }],
    ["RATE_LIMIT_DISABLED=false", { RATE_LIMIT_DISABLED: "false" }, { RATE_LIMIT_DISABLED: false }],
    ["BENCH_ROUTES=1", { BENCH_ROUTES: "1" }, { BENCH_ROUTES: true }],
    ["BENCH_ROUTES=false", { BENCH_ROUTES: "false" }, { BENCH_ROUTES: false }],
    ["DEMO_TEAM=true", { DEMO_TEAM: "true" }, { DEMO_TEAM: true }],
    ["a 32-character secret", { BETTER_AUTH_SECRET: secret }, { BETTER_AUTH_SECRET: secret }],
    ["an auth URL, kept as its origin", { BETTER_AUTH_URL: "https://app.example.com/" }, { BETTER_AUTH_URL: "https://app.example.com" }],
    ["an origin with a port", { APP_ORIGIN: "http://127.0.0.1:3100" }, { APP_ORIGIN: "http://127.0.0.1:3100" }],
    ["an SMTP URL", { SMTP_URL: "smtp://user:pw@127.0.0.1:2525" }, { SMTP_URL: "smtp://user:pw@127.0.0.1:2525" }],
    ["an SMTPS URL", { SMTP_URL: "smtps://mail.example.com" }, { SMTP_URL: "smtps://mail.example.com" }],
    ["a bare sender", { MAIL_FROM: "noreply@example.com" }, { MAIL_FROM: "noreply@example.com" }],
    ["a named sender", { MAIL_FROM: "Rag or fine-tune <noreply@example.com>" }, { MAIL_FROM: "Rag or fine-tune <noreply@example.com>" }],
    ["one proxy", { TRUSTED_PROXIES: "10.0.0.1" }, { TRUSTED_PROXIES: ["10.0.0.1"] }],
    ["proxies, IPv4 and IPv6, spaced", { TRUSTED_PROXIES: " 10.0.0.1 , ::1,2001:db8::2 ," }, { TRUSTED_PROXIES: ["10.0.0.1", "::1", "2001:db8::2"] }],
  ];

  it.each(cases)("accepts %s", (_label, source, expected) => {
    expect(parseEnv(source)).toMatchObject(expected);
  });
});

describe("parseEnv bad values", () => {
  const cases: ReadonlyArray<[string, string, string]> = [
    ["PORT", "abc", "PORT: expected a whole number from 1 to 65535"],
    ["PORT", "0", "PORT: expected a whole number from 1 to 65535"],
    ["PORT", "65536", "PORT: expected a whole number from 1 to 65535"],
    ["PORT", "3000.5", "PORT: expected a whole number from 1 to 65535"],
    ["PORT", "-1", "PORT: expected a whole number from 1 to 65535"],
    ["NODE_ENV", "staging", "NODE_ENV: expected development, production or test"],
    ["RATE_LIMIT_MAX_KEYS", "0", "RATE_LIMIT_MAX_KEYS: expected a whole number of clients from 1 to 9999999"],
    ["RATE_LIMIT_STORE", "redis", "RATE_LIMIT_STORE: expected memory or database"],
    ["DATABASE_POOL_MAX", "0", "DATABASE_POOL_MAX: expected a whole number of connections from 1 to 500"],
    ["DATABASE_POOL_MAX", "ten", "DATABASE_POOL_MAX: expected a whole number of connections from 1 to 500"],
    ["DATABASE_URL", "mysql://db/app", "DATABASE_URL: expected a file: URL (SQLite) or a postgres:// or postgresql:// URL with a host"],
    ["DATABASE_URL", "file:", "DATABASE_URL: expected a file: URL"],
    ["DATABASE_URL", "./app.db", "DATABASE_URL: expected a file: URL"],
    ["RATE_LIMIT_DISABLED", "yes", 'RATE_LIMIT_DISABLED: expected "1" or "true" (on), "0" or "false" (off), or nothing (off)'],
    ["RATE_LIMIT_DISABLED", "TRUE", "RATE_LIMIT_DISABLED: expected"],
    ["BENCH_ROUTES", "on", "BENCH_ROUTES: expected"],
    ["DEMO_TEAM", "2", "DEMO_TEAM: expected"],
    ["BETTER_AUTH_SECRET", "s".repeat(31), "BETTER_AUTH_SECRET: expected at least 32 characters"],
    ["BETTER_AUTH_URL", "app.example.com", "BETTER_AUTH_URL: expected the app's public origin"],
    ["BETTER_AUTH_URL", "https://app.example.com/api/auth", "BETTER_AUTH_URL: expected the app's public origin"],
    ["APP_ORIGIN", "ftp://example.com", "APP_ORIGIN: expected the app's public origin"],
    ["APP_ORIGIN", "https://example.com/?x=1", "APP_ORIGIN: expected the app's public origin"],
    ["SMTP_URL", "http://mail.example.com", "SMTP_URL: expected an smtp:// or smtps:// URL with a host"],
    ["SMTP_URL", "mail.example.com:25", "SMTP_URL: expected an smtp:// or smtps:// URL"],
    ["MAIL_FROM", "noreply", "MAIL_FROM: expected an email address"],
    ["MAIL_FROM", "<noreply@example.com>", "MAIL_FROM: expected an email address"],
    ["TRUSTED_PROXIES", "10.0.0.1, proxy.local", "TRUSTED_PROXIES: expected a comma-separated list of IP addresses; not an IP address: proxy.local"],
    ["TRUSTED_PROXIES", "10.0.0.0/8", "TRUSTED_PROXIES: expected a comma-separated list of IP addresses"],
  ];

  it.each(cases)("refuses %s=%j", (name, value, message) => {
    expect(() => parseEnv({ [name]: value })).toThrow(`Invalid environment: ${message}`);
  });

  it("names every bad variable in one error, and no other", () => {
    let error: unknown;
    try {
      parseEnv({ PORT: "0", NODE_ENV: "staging", BETTER_AUTH_SECRET: "short", MAIL_FROM: "ok@example.com" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    const message = error instanceof Error ? error.message : "";
    expect(message).toBe(
      "Invalid environment: PORT: expected a whole number from 1 to 65535; NODE_ENV: expected development, production or test; " +
        "BETTER_AUTH_SECRET: expected at least 32 characters",
    );
  });

  it("never repeats a secret in the message", () => {
    expect(() => parseEnv({ BETTER_AUTH_SECRET: "hunter2-hunter2", SMTP_URL: "http://user:hunter3@mail" })).toThrow(
      /^(?!.*hunter).*$/s,
    );
  });
});

describe("env", () => {
  it("is parsed from process.env when the module loads", async () => {
    vi.stubEnv("BENCH_ROUTES", "1");
    vi.stubEnv("PORT", "4321");
    vi.resetModules();
    const { env } = await import("./env");
    expect(env).toMatchObject({ BENCH_ROUTES: true, PORT: 4321 });
  });

  it("fails to load on a bad process.env", async () => {
    vi.stubEnv("PORT", "http");
    vi.resetModules();
    await expect(import("./env")).rejects.toThrow("Invalid environment: PORT: expected a whole number from 1 to 65535");
  });
});
