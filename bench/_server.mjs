// A production build served by scripts/serve.mjs (as `npm start` serves it) for the benches that measure over HTTP (files starting with "_"
// are not run by scripts/bench.mjs): built into the bench's own dist dir when the sources are newer (the
// rule of scripts/start.mjs) with the bench-only routes switched on, served on loopback only in its own
// process group, stopped with that group.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { sourcesNewerThanBuild } from "../scripts/build-freshness.mjs";
import { root } from "./_lib.mjs";

const READY_TIMEOUT_MS = 60_000;
const BUILD_TIMEOUT_MS = 15 * 60_000;
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");

/**
 * `distDir`: the build's folder (relative to the repository root); `readyPath`: a route that answers 200
 * once the server is up; `env`: extra environment variables for both `next build` and the server.
 */
export function benchServer({ distDir, port, readyPath, host = "127.0.0.1", env: extraEnv = {} }) {
  const base = `http://${host}:${port}`;
  // BENCH_ROUTES=1: the bench-only baselines (/api/bench/constant, /bench/bare) answer 404 without it. Set for
  // the build too, since /bench/bare is a static page decided when it is built.
  const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", BENCH_ROUTES: "1", ...extraEnv };
  delete env.NODE_ENV; // next build/start pick production themselves

  let server;
  let serverLog = "";

  function buildIfStale() {
    if (!sourcesNewerThanBuild(root, distDir)) {
      console.log(`Using the existing build in ${distDir}/ (newer than the sources).`);
      return;
    }
    // `next build` with a non-default distDir adds its types folder to tsconfig.json's "include";
    // put the file back exactly as it was (content and times) so the bench leaves the tree clean.
    const tsconfigPath = join(root, "tsconfig.json");
    const tsconfig = readFileSync(tsconfigPath, "utf8");
    const tsconfigStat = statSync(tsconfigPath);
    console.log(`Building the app into ${distDir}/ (sources changed since the last bench build)…`);
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

  function portInUse() {
    return new Promise((resolve) => {
      const socket = connect({ host, port });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
  }

  function start() {
    // Own process group (detached), so stopping it also stops anything it spawned.
    server = spawn(process.execPath, [join(root, "scripts", "serve.mjs"), "--port", String(port), "--host", host], {
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

  async function stop() {
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
      if (server.exitCode !== null) throw new Error(`the server exited early (code ${server.exitCode}):\n${serverLog}`);
      try {
        const response = await fetch(`${base}${readyPath}`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`The server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${serverLog}`);
  }

  return { base, host, port, buildIfStale, portInUse, start, waitReady, stop, log: () => serverLog };
}

/** Runs a bench's `main` against its server, and stops the server afterwards, on an error or on Ctrl-C alike. */
export async function runWithServer(server, main, cleanup = () => {}) {
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      void server.stop().finally(() => process.exit(130));
    });
  }
  try {
    await main();
  } finally {
    await server.stop();
    cleanup();
  }
}
