#!/usr/bin/env node
// The production HTTP server: Next.js's request handler inside a plain Node server of our own, so that what the
// framework cannot see or do is done once, before any route runs (docs/decisions/0022-app-server.md):
//
// - the client address comes from the socket, or from X-Forwarded-For only when the socket's peer is a trusted
//   proxy (TRUSTED_PROXIES); forwarding headers a client sent are dropped, and the address is handed to the app
//   as `x-client-address` (and `x-forwarded-for`), which no client can set;
// - one JSON log line per request: request id, method, route (tokens masked), status, duration;
// - methods outside HTTP's usual seven are 405 (never a 500), compressed request bodies are 415, a server-action
//   id this build does not have is 404 (Next would answer 500);
// - time limits: the whole request, body included, within 30 s; headers within 10 s;
// - a page that failed because the database is away answers 503 with Retry-After (instrumentation.ts marks it);
// - SIGTERM/SIGINT: stop accepting, answer /api/ready with 503 so the load balancer moves on, finish the requests
//   in flight (up to 25 s), then exit.
//
//   node scripts/serve.mjs [--port 3000] [--host 0.0.0.0]      (npm start builds and migrates first)
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import next from "next";
import { clientAddress, parseTrustedProxies } from "./client-address.mjs";
import { eventLogLine, requestLogLine } from "./request-log.mjs";

const root = new URL("..", import.meta.url).pathname;
// A production server: Next reads this when the app is prepared (the imports above only load code).
process.env.NODE_ENV = "production";

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > -1 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const port = Number(option("--port", process.env.PORT ?? "3000"));
const host = option("--host", process.env.HOST ?? "0.0.0.0");
const drainMs = Number(process.env.SHUTDOWN_DRAIN_MS ?? 25_000);
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES ?? "");
const quiet = process.env.LOG_REQUESTS === "0" || process.env.LOG_REQUESTS === "false";

const usualMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
// Headers only a proxy of ours may set; from anyone else they are dropped before the app sees the request.
const proxyHeaders = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded", "x-request-id"];
const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

const log = (line) => process.stdout.write(`${line}\n`);

let handle = null;
// Page requests that failed because the database was away (instrumentation.ts marks them): answered 503, not 500.
const databaseUnavailable = new Set();
globalThis[Symbol.for("app.databaseUnavailableRequests")] = databaseUnavailable;
let serverActions = new Set();

/** The server actions this build has (Next answers an unknown action id with a 500; we answer 404 first). */
function loadServerActions() {
  try {
    const manifest = JSON.parse(readFileSync(join(root, process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json"), "utf8"));
    return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    return new Set();
  }
}
let draining = false;
const inFlight = new Set();

function plain(res, status, body, headers = {}) {
  res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers });
  res.end(JSON.stringify(body));
}

function prepareRequest(req, res) {
  const peer = req.socket.remoteAddress;
  const fromProxy = trustedProxies.size > 0 && trustedProxies.has(clientAddress(peer, undefined, trustedProxies));
  const forwardedFor = req.headers["x-forwarded-for"];
  const client = clientAddress(peer, Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor, trustedProxies);
  const offeredId = req.headers["x-request-id"];
  const id = fromProxy && typeof offeredId === "string" && requestIdPattern.test(offeredId) ? offeredId : randomUUID();
  const keep = fromProxy ? { host: req.headers["x-forwarded-host"], proto: req.headers["x-forwarded-proto"] } : {};
  for (const name of proxyHeaders) delete req.headers[name];
  delete req.headers["x-client-address"];
  req.headers["x-client-address"] = client;
  req.headers["x-forwarded-for"] = client;
  req.headers["x-request-id"] = id;
  if (keep.host) req.headers["x-forwarded-host"] = keep.host;
  if (keep.proto) req.headers["x-forwarded-proto"] = keep.proto;
  res.setHeader("X-Request-Id", id);
  return id;
}

async function onRequest(req, res) {
  const started = performance.now();
  const id = prepareRequest(req, res);
  const url = req.url;
  const method = req.method;
  inFlight.add(res);
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (status, ...rest) => {
    if (status !== 500 || !databaseUnavailable.has(id)) return writeHead(status, ...rest);
    res.setHeader("Retry-After", "5");
    res.setHeader("Cache-Control", "no-store");
    return writeHead(503, ...rest);
  };
  res.on("close", () => {
    databaseUnavailable.delete(id);
    inFlight.delete(res);
    if (!quiet) log(requestLogLine({ id, method, url, status: res.statusCode, durationMs: performance.now() - started, aborted: !res.writableFinished }));
  });
  if (draining) res.setHeader("Connection", "close");

  const path = (url ?? "/").split("?")[0];
  if (path === "/api/ready" && draining) {
    return plain(res, 503, { status: "draining", message: "This instance is shutting down; another one will answer." });
  }
  if (handle === null) {
    return plain(res, 503, { error: "starting", message: "The app is starting; try again in a moment." }, { "Retry-After": "1" });
  }
  const encoding = req.headers["content-encoding"];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== "identity") {
    return plain(res, 415, { error: "unsupported_media_type", message: "Compressed request bodies are not accepted: send the body uncompressed." });
  }
  const action = req.headers["next-action"];
  if (action !== undefined && !serverActions.has(action)) {
    return plain(res, 404, { error: "not_found", message: "No such action: reload the page and try again." });
  }
  if (!usualMethods.has(method)) {
    // TRACE, CONNECT, WebDAV verbs…: answered as the framework answers OPTIONS for the same path (which says
    // what is allowed there), turned into a 405. A missing route stays a 404.
    req.method = "OPTIONS";
    const writeOptions = res.writeHead;
    res.writeHead = (status, ...rest) => writeOptions(status < 300 ? 405 : status, ...rest);
  }
  try {
    await handle(req, res);
  } catch (error) {
    log(JSON.stringify({ time: new Date().toISOString(), level: "error", msg: "unhandled request error", id, error: error instanceof Error ? error.message : String(error) }));
    if (!res.headersSent) plain(res, 500, { error: "internal_error", message: "Something went wrong on our side." });
    else res.destroy();
  }
}

const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 65_000 }, (req, res) => {
  void onRequest(req, res);
});
// Behind a load balancer, keep idle connections open longer than it does (typically 60 s), so it never reuses
// a connection this server has just closed.
server.keepAliveTimeout = 65_000;

await new Promise((resolve, reject) => {
  server.once("error", reject);
  server.listen(port, host, resolve);
});
const address = server.address();
const actualPort = typeof address === "object" && address ? address.port : port;
const selfHost = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
// What `next start` records: the app's default public origin (lib/server/public-origin.ts) and its own address.
process.env.PORT = String(actualPort);
process.env.__NEXT_PRIVATE_ORIGIN = `http://${selfHost}:${actualPort}`;

const app = next({ dev: false, dir: root, hostname: selfHost, port: actualPort, customServer: true });
await app.prepare();
serverActions = loadServerActions();
handle = app.getRequestHandler();
log(eventLogLine("listening", { url: `http://${selfHost}:${actualPort}`, pid: process.pid, trustedProxies: trustedProxies.size }));

async function shutdown(signal) {
  if (draining) return;
  draining = true;
  log(eventLogLine("draining", { signal, inFlight: inFlight.size }));
  server.close(() => {
    log(eventLogLine("stopped", { signal }));
    process.exit(0);
  });
  server.closeIdleConnections();
  const timer = setTimeout(() => {
    log(eventLogLine("drain timed out", { signal, inFlight: inFlight.size }));
    server.closeAllConnections();
    process.exit(1);
  }, drainMs);
  timer.unref();
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
