// The team workspace under load: (a) the dashboard's list query and page with 10,000 assessments in one team,
// p95 server time over a mix of searches, filters, sorts and a second page, one request at a time (loopback,
// so the time is the server's); (b) a share link's page against a static page of the same build, autocannon
// at 50 connections. Its own SQLite file in a temporary folder, seeded through the API and then in bulk.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { migrate, openDatabase } from "../scripts/migrate.mjs";
import { bundleTypeScript, fmt, table, verdict, warnIfBusy } from "./_lib.mjs";
import { benchServer, runWithServer } from "./_server.mjs";

const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_PORT ?? 3200) + 2;
const ASSESSMENTS = 10_000;
const SAMPLES = 40; // per query shape
const CONNECTIONS = 50;
const DURATION_S = 10;
const TARGET_P95_MS = 30;
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 100;

const dir = mkdtempSync(join(tmpdir(), "bench-workspace-"));
const file = join(dir, "bench.db");
migrate(file);
const server = benchServer({ distDir: ".next-bench", port: PORT, host: HOST, readyPath: "/bench/bare", env: { RATE_LIMIT_DISABLED: "1", DATABASE_URL: `file:${file}` } });
const { base } = server;

const { outfile } = await bundleTypeScript("tests/fixtures/traits.ts", "test-traits");
const { ragTraits, hybridTraits } = await import(outfile);

async function api(path, { method = "GET", body, cookie } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { origin: base, "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return { response, json: await response.json() };
}

/** One user, their personal space, two real saves; then 10,000 rows copied from them in one transaction. */
async function seed() {
  const { response } = await api("/api/auth/sign-up/email", { method: "POST", body: { name: "Bench", email: "bench@example.com", password: "bench passphrase long" } });
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0];
  const { json: teams } = await api("/api/v1/teams", { cookie });
  const team = teams.teams[0];
  const saved = [];
  for (const answers of [ragTraits, hybridTraits]) saved.push((await api(`/api/v1/teams/${team.id}/assessments`, { method: "POST", cookie, body: { title: "Seed", answers } })).json.assessment);

  const db = openDatabase(file);
  const revisions = saved.map((a) => db.prepare(`SELECT * FROM assessment_revision WHERE assessmentId = ?`).get(a.id));
  const words = ["Support", "Search", "Claims", "Billing", "Contracts", "Onboarding", "Triage", "Summaries", "Agent", "Catalog"];
  const statuses = ["draft", "proposed", "accepted", "rejected", "superseded"];
  const insertA = db.prepare(`INSERT INTO assessment (id, teamId, title, titleLower, authorId, authorName, status, architecture, engineVersion, version, revisionCount, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)`);
  const insertR = db.prepare(`INSERT INTO assessment_revision (id, assessmentId, number, answers, result, engineVersion, architecture, authorId, authorName, createdAt) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)`);
  const start = Date.now() - ASSESSMENTS * 60_000;
  db.transaction(() => {
    for (let i = 0; i < ASSESSMENTS; i++) {
      const r = revisions[i % 2];
      const id = `bench${String(i).padStart(6, "0")}${randomUUID().slice(0, 8)}`;
      const title = `${words[i % 10]} ${words[(i * 7) % 10]} project ${i}`;
      const at = start + i * 60_000;
      insertA.run(id, team.id, title, title.toLowerCase(), saved[0].authorId ?? null, "Bench", statuses[i % 5], r.architecture, r.engineVersion, at, at);
      insertR.run(randomUUID(), id, r.answers, r.result, r.engineVersion, r.architecture, null, "Bench", at);
    }
  })();
  db.pragma("optimize");
  db.close();
  const { json: link } = await api(`/api/v1/assessments/${saved[0].id}/share-links`, { method: "POST", cookie, body: {} });
  return { cookie, team, shareUrl: link.url.replace(/^https?:\/\/[^/]+/, base) };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Times `path` SAMPLES times, one request at a time, after 5 warm-up requests: the response time seen by the
 * client, and the handler's own time from its Server-Timing header when it sends one (the JSON API does).
 */
async function timeSequential(path, cookie) {
  const get = async () => {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    const server = /app;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1];
    return { total: performance.now() - started, server: server === undefined ? undefined : Number(server) };
  };
  for (let i = 0; i < 5; i++) await get();
  const samples = [];
  for (let i = 0; i < SAMPLES; i++) samples.push(await get());
  const totals = samples.map((s) => s.total);
  const servers = samples.map((s) => s.server).filter((v) => v !== undefined);
  return { p50: percentile(totals, 50), p95: percentile(totals, 95), serverP95: servers.length ? percentile(servers, 95) : undefined };
}

async function dashboardTimes({ cookie, team }) {
  const first = await api(`/api/v1/teams/${team.id}/assessments?limit=25`, { cookie });
  const cursor = encodeURIComponent(first.json.nextCursor);
  const shapes = [
    ["latest 25", "?limit=25"],
    ["search 'claims'", "?q=claims"],
    ["status=accepted", "?status=accepted"],
    ["architecture + status", `?architecture=${first.json.items[0].architecture}&status=draft`],
    ["sort by title", "?sort=title"],
    ["second page (cursor)", `?cursor=${cursor}`],
  ];
  const rows = [];
  for (const [label, query] of shapes) {
    const list = await timeSequential(`/api/v1/teams/${team.id}/assessments${query}`, cookie);
    const page = await timeSequential(`/teams/${team.slug}${query}`, cookie);
    rows.push({ label, list, page });
  }
  return rows;
}

const load = (url) => autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, pipelining: 1 });

async function main() {
  if (await server.portInUse()) throw new Error(`${HOST}:${PORT} is already in use; set BENCH_PORT to another port.`);
  server.buildIfStale();
  server.start();
  await server.waitReady();
  console.log(`Seeding ${fmt(ASSESSMENTS)} assessments in one team…`);
  const world = await seed();

  warnIfBusy();
  const rows = await dashboardTimes(world);
  console.log(`\n(a) Dashboard with ${fmt(ASSESSMENTS)} assessments, ${SAMPLES} sequential requests per shape (ms):`);
  table([
    ["query", "API p50", "API p95", "API handler p95", "page p50", "page p95"],
    ...rows.map((r) => [r.label, fmt(r.list.p50, 1), fmt(r.list.p95, 1), fmt(r.list.serverP95 ?? NaN, 1), fmt(r.page.p50, 1), fmt(r.page.p95, 1)]),
  ]);
  const worstList = Math.max(...rows.map((r) => r.list.serverP95 ?? r.list.p95));
  const worstPage = Math.max(...rows.map((r) => r.page.p95));

  console.log(`\n(b) Shared page vs a static page of the same build: ${CONNECTIONS} connections, ${DURATION_S} s each (after a 2 s warm-up).`);
  await autocannon({ url: world.shareUrl, connections: 10, duration: 2 });
  await autocannon({ url: `${base}/bench/bare`, connections: 10, duration: 2 });
  const bare = await load(`${base}/bench/bare`);
  const shared = await load(world.shareUrl);
  const row = (label, r) => [label, fmt(r.requests.average), fmt(r.latency.p50, 1), fmt(r.latency.p99, 1), r.errors + r.timeouts, r.non2xx];
  table([["page", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx"], row("/bench/bare (static)", bare), row("/s/<token> (shared)", shared)]);

  const ratio = shared.requests.average / bare.requests.average;
  const failures = shared.errors + shared.timeouts + shared.non2xx;
  console.log("");
  table([
    ["target", "value", "goal", "result"],
    ["dashboard list: API handler p95 (worst shape)", `${fmt(worstList, 1)} ms`, `≤ ${TARGET_P95_MS} ms`, verdict(worstList <= TARGET_P95_MS)],
    ["dashboard page p95 (worst shape)", `${fmt(worstPage, 1)} ms`, `≤ ${TARGET_P95_MS} ms`, verdict(worstPage <= TARGET_P95_MS)],
    ["shared / static req/s", fmt(ratio, 2), `≥ ${TARGET_RATIO}`, verdict(ratio >= TARGET_RATIO)],
    ["shared p99 at 50 connections", `${fmt(shared.latency.p99, 1)} ms`, `≤ ${TARGET_P99_MS} ms`, verdict(shared.latency.p99 <= TARGET_P99_MS)],
    ["shared errors + non-2xx", failures, "0", verdict(failures === 0)],
  ]);
}

await runWithServer(server, main, () => rmSync(dir, { recursive: true, force: true }));
