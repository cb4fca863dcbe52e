// Server rendering of the two pages that run the engine, /results and /plan, over 200 distinct answer sets
// (tests/fixtures/answer-sets.ts), against the landing page / of the same build as the baseline, on a production
// build served on loopback only by scripts/serve.mjs (RATE_LIMIT_DISABLED=1: one client address, not throttled).
// (a) HTML size of each page for every answer set (uncompressed bytes: largest and median).
// (b) autocannon, 50 connections, 10 s each after a 2 s warm-up, cycling through the 200 links.
// Note: (a) requests every link once, so (b) finds the last few hundred answer sets in the server's answers cache
// (lib/server/answers-loader.ts): (b) measures rendering, not the engine (bench 01 measures that).
// Targets are informational: a miss never fails the exit code.
import autocannon from "autocannon";
import { bundleTypeScript, fmt, table, verdict, warnIfBusy } from "./_lib.mjs";
import { benchServer, runWithServer } from "./_server.mjs";

const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_RENDER_PORT ?? 3205);
const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
const ANSWER_SETS = 200;
const CONNECTIONS = 50;
const DURATION_S = 10;
const WARMUP_S = 2;
const TARGETS = {
  results: { ratio: 0.2, maxHtml: 80_000 },
  plan: { ratio: 0.15, maxHtml: 150_000 },
};
const TARGET_P99_MS = 400;

const server = benchServer({ distDir: DIST_DIR, port: PORT, host: HOST, readyPath: "/", env: { RATE_LIMIT_DISABLED: "1" } });
const { base } = server;

const { outfile } = await bundleTypeScript("tests/fixtures/answer-sets.ts", "answer-sets");
const { answerQueries } = await import(outfile);
const queries = answerQueries(ANSWER_SETS);
const pages = { results: "/results", plan: "/plan" };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/** Every answer set's page once, in order: its uncompressed HTML bytes (and a check that it rendered). */
async function htmlSizes(path) {
  const sizes = [];
  for (const query of queries) {
    const response = await fetch(`${base}${path}?${query}`);
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}?${query} answered ${response.status}`);
    sizes.push(body.byteLength);
  }
  return { max: Math.max(...sizes), median: median(sizes) };
}

/** autocannon on one path, or on a page cycling through every answer set (each connection walks the list). */
function load(path, { duration = DURATION_S, connections = CONNECTIONS } = {}) {
  const requests = path === "/" ? undefined : queries.map((query) => ({ method: "GET", path: `${path}?${query}` }));
  return autocannon({ url: `${base}${path === "/" ? "/" : ""}`, connections, duration, pipelining: 1, ...(requests ? { requests } : {}) });
}

// kB = 1,000 bytes, as the targets (issue 14) are written.
const kb = (bytes) => `${fmt(bytes / 1000, 1)} kB`;

async function main() {
  if (await server.portInUse()) throw new Error(`${HOST}:${PORT} is already in use; set BENCH_RENDER_PORT to another port.`);
  server.buildIfStale();
  server.start();
  await server.waitReady();

  console.log(`\n(a) HTML size over ${ANSWER_SETS} distinct answer sets (uncompressed):`);
  const sizes = {};
  for (const [name, path] of Object.entries(pages)) sizes[name] = await htmlSizes(path);
  const landing = (await (await fetch(`${base}/`)).arrayBuffer()).byteLength;
  table([
    ["page", "largest", "median"],
    ["/ (landing)", kb(landing), kb(landing)],
    ...Object.entries(pages).map(([name, path]) => [`${path}?<answers>`, kb(sizes[name].max), kb(sizes[name].median)]),
  ]);

  console.log(`\n(b) ${CONNECTIONS} connections, ${DURATION_S} s each after a ${WARMUP_S} s warm-up; /results and /plan cycle through the ${ANSWER_SETS} answer sets.`);
  warnIfBusy();
  const runs = {};
  for (const [name, path] of [["landing", "/"], ...Object.entries(pages)]) {
    await load(path, { duration: WARMUP_S, connections: 10 });
    runs[name] = await load(path);
  }
  const row = (label, r) => [label, fmt(r.requests.average), fmt(r.requests.average / runs.landing.requests.average, 2), fmt(r.latency.p50, 1), fmt(r.latency.p99, 1), r.errors + r.timeouts, r.non2xx];
  table([
    ["page", "req/s", "× landing", "p50 ms", "p99 ms", "errors", "non-2xx"],
    row("/ (landing, baseline)", runs.landing),
    ...Object.entries(pages).map(([name, path]) => row(`${path}?<answers>`, runs[name])),
  ]);

  console.log("");
  table([
    ["target", "value", "goal", "result"],
    ...Object.entries(pages).flatMap(([name, path]) => {
      const run = runs[name];
      const ratio = run.requests.average / runs.landing.requests.average;
      const failures = run.errors + run.timeouts + run.non2xx;
      return [
        [`${path} req/s ÷ landing`, fmt(ratio, 2), `≥ ${TARGETS[name].ratio}`, verdict(ratio >= TARGETS[name].ratio)],
        [`${path} p99 at ${CONNECTIONS} connections`, `${fmt(run.latency.p99)} ms`, `≤ ${TARGET_P99_MS} ms`, verdict(run.latency.p99 <= TARGET_P99_MS)],
        [`${path} errors + non-2xx`, failures, "0", verdict(failures === 0)],
        [`${path} largest HTML`, kb(sizes[name].max), `≤ ${kb(TARGETS[name].maxHtml)}`, verdict(sizes[name].max <= TARGETS[name].maxHtml)],
      ];
    }),
  ]);
}

await runWithServer(server, main);
