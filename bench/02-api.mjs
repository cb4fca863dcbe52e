// HTTP throughput of POST /api/v1/recommend against a constant-JSON route handler (the framework's own
// per-request cost), on a production build served on loopback only. Rate limiting is switched off
// (RATE_LIMIT_DISABLED=1) for this server only, so the bench measures the handler, not the limiter.
import { request as httpRequest } from "node:http";
import autocannon from "autocannon";
import { bundleTypeScript, fmt, table, verdict, warnIfBusy } from "./_lib.mjs";
import { benchServer, runWithServer } from "./_server.mjs";

const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const DIST_DIR = ".next-bench";
const CONNECTIONS = 50;
const DURATION_S = 10;
const WARMUP_S = 2;
const TARGET_RATIO = 0.8;
const TARGET_P99_MS = 50;

const server = benchServer({ distDir: DIST_DIR, port: PORT, host: HOST, readyPath: "/api/bench/constant", env: { RATE_LIMIT_DISABLED: "1" } });
const { base } = server;

// The RAG case shared with the browser tests and bench 03: any valid traits would do, the bench measures throughput.
const { outfile } = await bundleTypeScript("tests/fixtures/traits.ts", "test-traits");
const { ragTraits: traits } = await import(outfile);
const body = JSON.stringify(traits);

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
  if (await server.portInUse()) throw new Error(`${HOST}:${PORT} is already in use; set BENCH_PORT to another port.`);
  server.buildIfStale();
  server.start();
  await server.waitReady();
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

await runWithServer(server, main);
