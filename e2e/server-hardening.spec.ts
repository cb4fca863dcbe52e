import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";
import { paths } from "../lib/paths";
import { makeTraits } from "../tests/fixtures/traits";
import { startServer, type CrashServer } from "./crash-server";

// The production server (scripts/serve.mjs) over real HTTP, each case on its own instance and SQLite file: client
// addresses that forged headers cannot change, a bounded key table that evicts, no 5xx for any route × method,
// JSON request logs without tokens, and a graceful SIGTERM.

test.describe.configure({ mode: "serial", timeout: 180_000 });

const dirs: string[] = [];
const servers: CrashServer[] = [];
async function server(env: Record<string, string> = {}): Promise<CrashServer> {
  const dir = mkdtempSync(join(tmpdir(), "hardening-"));
  dirs.push(dir);
  const started = await startServer(join(dir, "app.db"), { RATE_LIMIT_DISABLED: "0", ...env });
  servers.push(started);
  return started;
}

test.afterAll(() => {
  for (const started of servers) {
    try {
      started.kill();
    } catch {
      // already gone
    }
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A raw request (fetch refuses TRACE and friends). */
function raw(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${base}${path}`, { method, headers }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    request.on("error", reject);
    if (body) request.write(body);
    request.end();
  });
}

/** Limits count in clock-aligned minutes: start a burst early in one, so it cannot straddle two. */
async function freshWindow(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 20_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

const download = (base: string, headers: Record<string, string> = {}) => fetch(`${base}/results/assessment.json?need=knowledge`, { headers }).then(async (response) => (await response.arrayBuffer(), response.status));

test("forged forwarding headers do not reset a limit when no proxy is trusted", async () => {
  const app = await server();
  await freshWindow();
  const statuses: number[] = [];
  for (let i = 0; i < 62; i += 1) statuses.push(await download(app.base, { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}`, "x-client-address": `192.0.2.${i}` }));
  // 60 a minute from this socket address, whatever the headers claim.
  expect(statuses).toEqual([...Array(60).fill(400), 429, 429]);
});

test("behind a trusted proxy, each reported client has its own budget and a forged left part is ignored", async () => {
  const app = await server({ TRUSTED_PROXIES: "127.0.0.1" });
  await freshWindow();
  // The proxy appended the address it saw (203.0.113.5); the client's own "1.1.1.x" entries are not believed.
  const one: number[] = [];
  for (let i = 0; i < 61; i += 1) one.push(await download(app.base, { "x-forwarded-for": `1.1.1.${i}, 203.0.113.5` }));
  expect(one).toEqual([...Array(60).fill(400), 429]);
  // Another client behind the same proxy is not affected.
  expect(await download(app.base, { "x-forwarded-for": "203.0.113.6" })).toBe(400);
});

test("a full key table lets the oldest clients go, and a fresh client is still served", async () => {
  const app = await server({ TRUSTED_PROXIES: "127.0.0.1", RATE_LIMIT_MAX_KEYS: "50" });
  // 200 made-up clients, far more than the table holds.
  for (let i = 0; i < 200; i += 1) expect(await download(app.base, { "x-forwarded-for": `10.${Math.floor(i / 250)}.${i % 250}.1` })).not.toBe(429);
  // A newcomer is counted on its own (no shared overflow bucket that the flood filled).
  expect(await download(app.base, { "x-forwarded-for": "198.51.100.77" })).toBe(400);
});

function apiRoutes(): string[] {
  const root = join(process.cwd(), "app", "api");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry === "route.ts") found.push(`/api/${relative(root, dir)}`.replace(/\[\.\.\.[^\]]+\]/g, "session").replace(/\[[^\]]+\]/g, "x1"));
    }
  };
  walk(root);
  return found.sort();
}

test("every API route × method answers without a 5xx, and unusual methods are 405", async () => {
  const app = await server();
  const routes = apiRoutes();
  expect(routes.length).toBeGreaterThan(20);
  const failures: string[] = [];
  for (const route of routes) {
    for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND"]) {
      const body = ["POST", "PUT", "PATCH"].includes(method) ? "{}" : undefined;
      const response = await raw(app.base, method, route, body ? { "content-type": "application/json", "content-length": String(body.length) } : {}, body);
      if (response.status >= 500) failures.push(`${method} ${route} → ${response.status}`);
      if ((method === "TRACE" || method === "PROPFIND") && response.status !== 405 && response.status !== 404) failures.push(`${method} ${route} → ${response.status}, expected 405`);
    }
  }
  expect(failures).toEqual([]);
  expect((await raw(app.base, "TRACE", "/api/v1/recommend")).headers.allow).toBe("OPTIONS, POST");
});

test("compressed bodies are 415, unknown server actions 404, and each request is one JSON log line without tokens", async () => {
  const app = await server();
  const body = "{}";
  const compressed = await raw(app.base, "POST", "/api/v1/recommend", { "content-type": "application/json", "content-encoding": "gzip", "content-length": "2" }, body);
  expect(compressed.status).toBe(415);
  const action = await raw(app.base, "POST", "/teams", { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", "content-length": "2" }, "[]");
  expect(action.status).toBe(404);

  const secret = "sEcReTtOkEn0123456789abcdefghijk";
  const shared = await fetch(`${app.base}/s/${secret}?sig=hidden`);
  expect(shared.status).toBe(404);
  const id = shared.headers.get("x-request-id");
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await expect.poll(() => app.log().includes(id!)).toBe(true);
  const lines = app
    .log()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const entry = lines.find((line) => line.id === id);
  expect(entry).toMatchObject({ msg: "request", method: "GET", route: "/s/:token", status: 404 });
  expect(typeof entry?.ms).toBe("number");
  expect(app.log()).not.toContain(secret);
  expect(app.log()).not.toContain("hidden");
  // A forged request id from a client that is not a trusted proxy is replaced.
  const forged = await fetch(`${app.base}/api/health`, { headers: { "x-request-id": "forged-id" } });
  expect(forged.headers.get("x-request-id")).not.toBe("forged-id");
});

test("SIGTERM: the request in flight finishes, then the instance stops taking requests and exits cleanly", async () => {
  const app = await server();
  const exited = new Promise<number | null>((resolve) => app.process.on("exit", (code) => resolve(code)));
  const inFlight = fetch(`${app.base}${paths.plan(makeTraits())}`).then(async (response) => (await response.text(), response.status));
  await new Promise((resolve) => setTimeout(resolve, 30));
  app.process.kill("SIGTERM");
  expect(await inFlight).toBe(200);
  expect(await exited).toBe(0);
  await expect(fetch(`${app.base}/api/health`)).rejects.toThrow();
  expect(app.log()).toContain('"msg":"draining"');
  expect(app.log()).toContain('"msg":"stopped"');
});
