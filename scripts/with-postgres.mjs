#!/usr/bin/env node
// `node scripts/with-postgres.mjs <command> [args…]`: runs the command with TEST_POSTGRES_URL pointing at a
// PostgreSQL server, so the tests that run against PostgreSQL too have one. `npm test` goes through here.
//
// - TEST_POSTGRES_URL already set (a server of your own; the role must be allowed to create databases): used
//   as it is, nothing is started.
// - Otherwise a throwaway cluster: Debian's `postgresql` package (initdb, pg_ctl under
//   /usr/lib/postgresql/<version>/bin) is initialised in a fresh temporary folder, listens on 127.0.0.1 only
//   (a free port), trusts local connections (no password exists anywhere), and is stopped and deleted when
//   the command ends. As root, the cluster runs as the `postgres` user (PostgreSQL refuses root).
// - Neither available: says what to install, and exits 1.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/with-postgres.mjs <command> [args…]");
  process.exit(2);
}

function postgresBin() {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((name) => existsSync(join(base, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], "bin") : undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(commandLine, asPostgres) {
  const [file, ...rest] = commandLine;
  const result = asPostgres ? spawnSync("runuser", ["-u", "postgres", "--", file, ...rest], { encoding: "utf8" }) : spawnSync(file, rest, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${file} failed (${result.status ?? result.error}):\n${result.stdout}\n${result.stderr}`);
}

async function startCluster(bin) {
  const asPostgres = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), "app-postgres-"));
  if (asPostgres) {
    const id = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    if (id.status !== 0) throw new Error("Running as root, but there is no `postgres` user to run the cluster as (apt-get install postgresql makes one).");
    chownSync(dir, Number(id.stdout), Number(gid.stdout));
  }
  chmodSync(dir, 0o700);
  const data = join(dir, "data");
  const port = await freePort();
  run([join(bin, "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asPostgres);
  // Throwaway: no fsync (the cluster dies with the run); commits stay synchronous, so an acknowledged write is
  // really written before a test restarts the server.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300`;
  run([join(bin, "pg_ctl"), "-D", data, "-l", join(dir, "server.log"), "-o", options, "-w", "-t", "60", "start"], asPostgres);
  const stop = () => {
    try {
      run([join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"], asPostgres);
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop,
    // What a test needs to stop and start this server (the PostgreSQL fault tests).
    control: JSON.stringify({ pgCtl: join(bin, "pg_ctl"), data, options, log: join(dir, "server.log"), asPostgres }),
  };
}

let cluster;
const env = { ...process.env };
if (!env.TEST_POSTGRES_URL) {
  const bin = postgresBin();
  if (!bin) {
    console.error(
      "The tests run against PostgreSQL too and found none. Install Debian's PostgreSQL (apt-get install postgresql), " +
        "or set TEST_POSTGRES_URL to a server where the role may create databases (e.g. postgres://postgres@127.0.0.1:5432/postgres).",
    );
    process.exit(1);
  }
  const started = Date.now();
  cluster = await startCluster(bin);
  env.TEST_POSTGRES_URL = cluster.url;
  env.TEST_POSTGRES_CONTROL = cluster.control;
  console.log(`PostgreSQL: a throwaway cluster on ${cluster.url.replace(/^.*@/, "")} (${Date.now() - started} ms)`);
}

const child = spawn(command, args, { env, stdio: "inherit" });
const forward = (signal) => child.kill(signal);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", (code, signal) => {
  cluster?.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
