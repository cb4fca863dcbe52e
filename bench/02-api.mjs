// HTTP throughput of POST /api/v1/recommend against a constant-JSON route handler (the framework's own
// per-request cost), on a production build served on loopback only. Rate limiting is switched off
// (RATE_LIMIT_DISABLED=1) for this server only, so the bench measures the handler, not the limiter.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { join } from "node:path";
import autocannon from "autocannon";
import { fmt, root, table, verdict, warnIfBusy } from "./_lib.mjs";

const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const DIST_DIR = ".next-bench";
const CONNECTIONS = 50;
const DURATION_S = 10;
const WARMUP_S = 2;
const READY_TIMEOUT_MS = 60_000;
const BUILD_TIMEOUT_MS = 15 * 60_000;
const TARGET_RATIO = 0.8;
const TARGET_P99_MS = 50;

const base = `http://${HOST}:${PORT}`;
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
const env = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", RATE_LIMIT_DISABLED: "1" };
delete env.NODE_ENV; // next build/start pick production themselves

const traits = {
  need: "knowledge",
  taskType: "support_assistant",
  knowledgeChange: "daily",
  corpusSize: "large",
  citations: "required",
  outputControl: "consistent",
  domainVocabulary: "specialized",
  labeledExamples: "hundreds",
  latency: "interactive",
  errorCost: "high",
  dataSensitivity: "internal",
  perUserAccess: true,
  timeToShip: "weeks",
  upfrontBudgetUsd: 50000,
  monthlyQueries: 200000,
  gpuAccess: "cloud",
  teamSkills: ["retrieval", "evaluation"],
  promptBaseline: "insufficient",
};
const body = JSON.stringify(traits);

// ── Build (same freshness rule as scripts/start.mjs, in the bench's own dist dir) ──────────────────────
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIfStale() {
  const buildId = join(root, DIST_DIR, "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const sourcesAt = Math.max(
    ...["app", "components", "lib", "public"].map((dir) => newestMtime(join(root, dir))),
    ...["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"].map((file) => newestMtime(join(root, file))),
  );
  if (builtAt >= sourcesAt) {
    console.log(`Using the existing build in ${DIST_DIR}/ (newer than the sources).`);
    return;
  }
  // `next build` with a non-default distDir adds its types folder to tsconfig.json's "include";
  // put the file back exactly as it was (content and times) so the bench leaves the tree clean.
  const tsconfigPath = join(root, "tsconfig.json");
  const tsconfig = readFileSync(tsconfigPath, "utf8");
  const tsconfigStat = statSync(tsconfigPath);
  console.log(`Building the app into ${DIST_DIR}/ (sources changed since the last bench build)…`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], timeout: BUILD_TIMEOUT_MS });
  if (readFileSync(tsconfigPath, "utf8") !== tsconfig) {
    writeFileSync(tsconfigPath, tsconfig);
    utimesSync(tsconfigPath, tsconfigStat.atime, tsconfigStat.mtime);
  }
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    throw new Error(`next build failed (${result.status ?? result.signal ?? result.error})`);
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

// ── Server ───────────────────────────────────────────────────────────────────────────────────────────
function portInUse() {
  return new Promise((resolve) => {
    const socket = connect({ host: HOST, port: PORT });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

let server;
let serverLog = "";

function startServer() {
  // Own process group (detached), so stopping it also stops anything it spawned.
  server = spawn(process.execPath, [nextBin, "start", "-p", String(PORT), "-H", HOST], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk) => {
    serverLog = (serverLog + chunk.toString()).slice(-8_000);
  };
  server.stdout.on("data", keep);
  server.stderr.on("data", keep);
}

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-server.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

async function waitReady() {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited early (code ${server.exitCode}):\n${serverLog}`);
    try {
      const response = await fetch(`${base}/api/bench/constant`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${serverLog}`);
}

// ── Contract smoke check over real HTTP (what unit tests cannot see: Next's own 405, chunked uploads) ─
// node:http with a fresh connection per request: a server that answers 413 before reading the whole upload
// may close that connection, which would break a pooled client's next request.
function send({ method = "POST", path = "/api/v1/recommend", headers = {}, chunks = [] }) {
  return new Promise((resolve) => {
    const request = httpRequest({ host: HOST, port: PORT, method, path, headers, agent: false }, (response) => {
      response.resume();
      response.once("end", () => resolve({ status: response.statusCode, allow: response.headers.allow }));
    });
    request.setTimeout(10_000, () => request.destroy(new Error("timeout")));
    request.once("error", (error) => resolve({ status: `error: ${error.message}` }));
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

async function smokeCheck() {
  const json = { "content-type": "application/json" };
  const sized = (text) => ({ ...json, "content-length": String(Buffer.byteLength(text)) });
  const bigBody = " ".repeat(17 * 1024) + body;
  const invalid = JSON.stringify({ ...traits, latency: "instant" });
  const checks = [
    ["valid traits", 200, { headers: sized(body), chunks: [body] }],
    ["invalid traits", 400, { headers: sized(invalid), chunks: [invalid] }],
    ["malformed JSON", 400, { headers: sized("{"), chunks: ["{"] }],
    ["17 KiB body with Content-Length", 413, { headers: sized(bigBody), chunks: [bigBody] }],
    ["40 KiB chunked body, no length", 413, { headers: json, chunks: Array.from({ length: 40 }, () => " ".repeat(1024)) }],
    ["text/plain", 415, { headers: { "content-type": "text/plain", "content-length": String(Buffer.byteLength(body)) }, chunks: [body] }],
    ["GET (method not allowed)", 405, { method: "GET" }],
  ];
  const rows = [["request", "expected", "got", "result"]];
  let allPass = true;
  for (const [label, expected, options] of checks) {
    const { status, allow } = await send(options);
    const ok = status === expected;
    allPass &&= ok;
    rows.push([label, expected, status, ok ? `ok${allow ? ` (Allow: ${allow})` : ""}` : "UNEXPECTED"]);
  }
  console.log("\nContract smoke check (real HTTP):");
  table(rows);
  return allPass;
}

// ── Load ─────────────────────────────────────────────────────────────────────────────────────────────
function load(options) {
  return autocannon({ connections: CONNECTIONS, pipelining: 1, ...options });
}

const targets = {
  constant: { url: `${base}/api/bench/constant`, method: "GET" },
  recommend: { url: `${base}/api/v1/recommend`, method: "POST", headers: { "content-type": "application/json" }, body },
};

async function main() {
  if (await portInUse()) throw new Error(`${HOST}:${PORT} is already in use; set BENCH_PORT to another port.`);
  buildIfStale();
  startServer();
  await waitReady();
  const smokeOk = await smokeCheck();

  console.log(`\nWarming up (${WARMUP_S} s each)…`);
  await load({ ...targets.constant, duration: WARMUP_S });
  await load({ ...targets.recommend, duration: WARMUP_S });

  warnIfBusy();
  console.log(`Measuring: ${CONNECTIONS} connections, ${DURATION_S} s each, autocannon and server on the same machine.\n`);
  const results = {};
  for (const name of ["constant", "recommend"]) results[name] = await load({ ...targets[name], duration: DURATION_S });

  const row = (label, r) => [
    label,
    fmt(r.requests.average),
    fmt(r.latency.p50, 1),
    fmt(r.latency.p99, 1),
    fmt(r.latency.max, 1),
    r.errors + r.timeouts,
    r.non2xx,
    fmt(r.requests.total),
  ];
  table([
    ["route", "req/s", "p50 ms", "p99 ms", "max ms", "errors", "non-2xx", "total"],
    row("GET /api/bench/constant", results.constant),
    row("POST /api/v1/recommend", results.recommend),
  ]);

  const r = results.recommend;
  const ratio = r.requests.average / results.constant.requests.average;
  const failures = r.errors + r.timeouts + r.non2xx;
  console.log("");
  table([
    ["target", "value", "goal", "result"],
    ["recommend / constant req/s", fmt(ratio, 2), `≥ ${TARGET_RATIO}`, verdict(ratio >= TARGET_RATIO)],
    ["recommend p99 latency", `${fmt(r.latency.p99, 1)} ms`, `≤ ${TARGET_P99_MS} ms`, verdict(r.latency.p99 <= TARGET_P99_MS)],
    ["recommend errors + non-2xx", failures, "0", verdict(failures === 0)],
    ["contract smoke check", smokeOk ? "all as expected" : "see above", "all", verdict(smokeOk)],
  ]);
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    void stopServer().finally(() => process.exit(130));
  });
}

try {
  await main();
} finally {
  await stopServer();
}
