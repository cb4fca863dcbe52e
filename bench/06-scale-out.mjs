// Scale-out: (a) the dashboard's list with 100,000 assessments across 100 teams, on PostgreSQL beside the same on
// SQLite (p95 of the handler's own time, from Server-Timing, one request at a time); (b) a share link's page served
// by two instances on one PostgreSQL against one instance (autocannon, 50 connections in all). PostgreSQL comes from
// TEST_POSTGRES_URL, or this bench re-runs itself under scripts/with-postgres.mjs (a throwaway Debian cluster).
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { migrate, migratePostgres, openDatabase } from "../scripts/migrate.mjs";
import { bundleTypeScript, fmt, root, table, verdict, warnIfBusy } from "./_lib.mjs";
import { benchServer } from "./_server.mjs";

if (!process.env.TEST_POSTGRES_URL) {
  const again = spawnSync(process.execPath, [join(root, "scripts", "with-postgres.mjs"), process.execPath, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(again.status ?? 1);
}

const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_PORT ?? 3200) + 6;
const TEAMS = 100;
const PER_TEAM = 1_000;
const SAMPLES = 40;
const CONNECTIONS = 50;
const DURATION_S = 10;
const TARGET_P95_MS = 30;

const { outfile } = await bundleTypeScript("tests/fixtures/traits.ts", "test-traits");
const { ragTraits } = await import(outfile);
const words = ["Support", "Search", "Claims", "Billing", "Contracts", "Onboarding", "Triage", "Summaries", "Agent", "Catalog"];
const statuses = ["draft", "proposed", "accepted", "rejected", "superseded"];
const architectures = ["prompt_engineering", "rag", "fine_tuning", "hybrid"];

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function api(base, path, { method = "GET", body, cookie } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { origin: base, "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return { response, json: await response.json() };
}

/** The bulk rows: 100 teams the bench user belongs to, 1,000 assessments each (list rows; never opened). */
function bulkRows(userId) {
  const teams = [];
  const memberships = [];
  const assessments = [];
  const start = Date.now() - TEAMS * PER_TEAM * 1_000;
  for (let t = 0; t < TEAMS; t += 1) {
    const teamId = `benchteam${String(t).padStart(3, "0")}`;
    teams.push([teamId, `Bench team ${t}`, `bench-team-${t}`]);
    memberships.push([randomUUID(), teamId, userId, "owner"]);
    for (let i = 0; i < PER_TEAM; i += 1) {
      const n = t * PER_TEAM + i;
      const title = `${words[n % 10]} ${words[(n * 7) % 10]} project ${n}`;
      assessments.push([`bench${String(n).padStart(6, "0")}`, teamId, title, title.toLowerCase(), userId, "Bench", statuses[n % 5], architectures[n % 4], "1.0.0", start + n * 1_000]);
    }
  }
  return { teams, memberships, assessments };
}

function seedSqlite(file, rows) {
  const db = openDatabase(file);
  const team = db.prepare(`INSERT INTO team (id, name, slug, personal, createdAt, updatedAt) VALUES (?, ?, ?, 0, ?, ?)`);
  const member = db.prepare(`INSERT INTO membership (id, teamId, userId, role, createdAt) VALUES (?, ?, ?, ?, ?)`);
  const assessment = db.prepare(
    `INSERT INTO assessment (id, teamId, title, titleLower, authorId, authorName, status, architecture, engineVersion, version, revisionCount, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)`,
  );
  const now = Date.now();
  db.transaction(() => {
    for (const row of rows.teams) team.run(...row, now, now);
    for (const row of rows.memberships) member.run(...row, now);
    for (const row of rows.assessments) assessment.run(...row, row[9]);
  })();
  db.pragma("optimize");
  db.exec("ANALYZE");
  db.close();
}

async function seedPostgres(url, rows) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const now = new Date();
    for (const [id, name, slug] of rows.teams) await client.query(`INSERT INTO team (id, name, slug, personal, "createdAt", "updatedAt") VALUES ($1, $2, $3, false, $4, $4)`, [id, name, slug, now]);
    for (const [id, teamId, userId, role] of rows.memberships) await client.query(`INSERT INTO membership (id, "teamId", "userId", role, "createdAt") VALUES ($1, $2, $3, $4, $5)`, [id, teamId, userId, role, now]);
    for (let offset = 0; offset < rows.assessments.length; offset += 1_000) {
      const batch = rows.assessments.slice(offset, offset + 1_000);
      const values = [];
      const params = [];
      batch.forEach((row, i) => {
        const at = new Date(row[9]);
        params.push(...row.slice(0, 9), at, at);
        const b = i * 11;
        values.push(`($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8}, $${b + 9}, 1, 1, $${b + 10}, $${b + 11})`);
      });
      await client.query(
        `INSERT INTO assessment (id, "teamId", title, "titleLower", "authorId", "authorName", status, architecture, "engineVersion", version, "revisionCount", "createdAt", "updatedAt") VALUES ${values.join(", ")}`,
        params,
      );
    }
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

async function timeList(base, cookie, path) {
  const get = async () => {
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return Number(/app;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? NaN);
  };
  for (let i = 0; i < 5; i += 1) await get();
  const samples = [];
  for (let i = 0; i < SAMPLES; i += 1) samples.push(await get());
  return percentile(samples, 95);
}

/** Starts an instance on `databaseUrl`, signs up, seeds, and measures the list; returns the figures and the world. */
async function dashboard(label, databaseUrl, seed, port) {
  const server = benchServer({ distDir: ".next-bench", port, host: HOST, readyPath: "/bench/bare", env: { RATE_LIMIT_DISABLED: "1", DATABASE_URL: databaseUrl } });
  if (await server.portInUse()) throw new Error(`${HOST}:${port} is already in use; set BENCH_PORT to another port.`);
  server.buildIfStale();
  server.start();
  await server.waitReady();
  const base = server.base;
  const { response, json: account } = await api(base, "/api/auth/sign-up/email", { method: "POST", body: { name: "Bench", email: "bench@example.com", password: "bench passphrase long" } });
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0];
  console.log(`${label}: seeding ${fmt(TEAMS * PER_TEAM)} assessments across ${TEAMS} teams…`);
  const started = Date.now();
  await seed(bulkRows(account.user.id));
  console.log(`${label}: seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  const shapes = [
    ["latest 25", "?limit=25"],
    ["search 'claims'", "?q=claims"],
    ["status=accepted", "?status=accepted"],
    ["architecture + status", "?architecture=rag&status=draft"],
    ["sort by title", "?sort=title"],
  ];
  const results = [];
  for (const [shape, query] of shapes) {
    const perTeam = [];
    for (const team of ["benchteam000", "benchteam050", "benchteam099"]) perTeam.push(await timeList(base, cookie, `/api/v1/teams/${team}/assessments${query}`));
    results.push([shape, Math.max(...perTeam)]);
  }
  return { server, cookie, results };
}

async function sharePage(base, cookie) {
  const { json: teams } = await api(base, "/api/v1/teams", { cookie });
  const personal = teams.teams.find((team) => !team.id.startsWith("benchteam")) ?? teams.teams[0];
  const { json: saved } = await api(base, `/api/v1/teams/${personal.id}/assessments`, { method: "POST", cookie, body: { title: "Shared", answers: ragTraits } });
  const { json: link } = await api(base, `/api/v1/assessments/${saved.assessment.id}/share-links`, { method: "POST", cookie, body: {} });
  return new URL(link.url).pathname;
}

function merge(results) {
  const requests = results.reduce((sum, r) => sum + r.requests.average, 0);
  return {
    requests,
    p99: Math.max(...results.map((r) => r.latency.p99)),
    failures: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
  };
}

const dir = mkdtempSync(join(tmpdir(), "bench-scale-"));
const pgName = `bench_scale_${randomUUID().slice(0, 8)}`;
const admin = new URL(process.env.TEST_POSTGRES_URL);
const pgUrl = new URL(admin);
pgUrl.pathname = `/${pgName}`;
const servers = [];

async function main() {
  warnIfBusy();
  const sqliteFile = join(dir, "bench.db");
  migrate(sqliteFile);
  const sqlite = await dashboard("SQLite", `file:${sqliteFile}`, (rows) => seedSqlite(sqliteFile, rows), PORT);
  servers.push(sqlite.server);
  await sqlite.server.stop();

  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE "${pgName}"`);
  await adminClient.end();
  await migratePostgres(pgUrl.toString());
  const postgres = await dashboard("PostgreSQL", pgUrl.toString(), (rows) => seedPostgres(pgUrl.toString(), rows), PORT);
  servers.push(postgres.server);

  console.log(`\n(a) Dashboard list, ${fmt(TEAMS * PER_TEAM)} assessments in ${TEAMS} teams: handler p95 (ms), worst of 3 teams, ${SAMPLES} sequential requests each`);
  table([["query", "SQLite", "PostgreSQL"], ...sqlite.results.map(([shape, value], i) => [shape, fmt(value, 1), fmt(postgres.results[i][1], 1)])]);
  const worstSqlite = Math.max(...sqlite.results.map(([, v]) => v));
  const worstPostgres = Math.max(...postgres.results.map(([, v]) => v));

  // (b) The share page: one instance with 50 connections, then two instances on the same database with 25 each.
  const path = await sharePage(postgres.server.base, postgres.cookie);
  const second = benchServer({ distDir: ".next-bench", port: PORT + 1, host: HOST, readyPath: "/bench/bare", env: { RATE_LIMIT_DISABLED: "1", DATABASE_URL: pgUrl.toString() } });
  servers.push(second);
  second.start();
  await second.waitReady();
  const urls = [`${postgres.server.base}${path}`, `${second.base}${path}`];
  await Promise.all(urls.map((url) => autocannon({ url, connections: 10, duration: 2 })));
  const one = merge([await autocannon({ url: urls[0], connections: CONNECTIONS, duration: DURATION_S })]);
  const two = merge(await Promise.all(urls.map((url) => autocannon({ url, connections: CONNECTIONS / 2, duration: DURATION_S }))));
  console.log(`\n(b) Share page on PostgreSQL, ${CONNECTIONS} connections in all, ${DURATION_S} s:`);
  table([
    ["instances", "req/s", "p99 ms", "errors + non-2xx"],
    ["one", fmt(one.requests), fmt(one.p99, 1), one.failures],
    ["two (25 connections each)", fmt(two.requests), fmt(two.p99, 1), two.failures],
  ]);
  console.log("Both instances share this machine's two cores with the load generator and PostgreSQL, so two cannot be twice one here.");
  console.log("");
  table([
    ["target", "value", "goal", "result"],
    ["dashboard list p95, PostgreSQL (worst shape)", `${fmt(worstPostgres, 1)} ms`, `≤ ${TARGET_P95_MS} ms`, verdict(worstPostgres <= TARGET_P95_MS)],
    ["dashboard list p95, SQLite (worst shape)", `${fmt(worstSqlite, 1)} ms`, `≤ ${TARGET_P95_MS} ms`, verdict(worstSqlite <= TARGET_P95_MS)],
    ["share page, two instances: errors + non-2xx", two.failures, "0", verdict(two.failures === 0 && one.failures === 0)],
  ]);
}

try {
  await main();
} finally {
  for (const server of servers) await server.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${pgName}" WITH (FORCE)`).catch(() => {});
  await client.end();
}
