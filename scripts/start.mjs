#!/usr/bin/env node
// `npm start`: build when the sources are newer than the build, migrate the database, then serve the build
// with scripts/serve.mjs.
import { spawnSync, spawn } from "node:child_process";
import { join } from "node:path";
import { sourcesNewerThanBuild } from "./build-freshness.mjs";
import { migrateDatabase } from "./migrate.mjs";

const root = new URL("..", import.meta.url).pathname;
const portFlag = process.argv.indexOf("--port");
const port = portFlag > -1 ? process.argv[portFlag + 1] : (process.env.PORT ?? "3000");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (sourcesNewerThanBuild(root, process.env.NEXT_DIST_DIR ?? ".next")) {
  console.log("Building the app (sources changed since the last build)…");
  run(process.execPath, [join(root, "node_modules", "next", "dist", "bin", "next"), "build"]);
}

// The database (by default the embedded one, created under .data/) is migrated before the server takes a request.
const applied = await migrateDatabase();
if (applied.length > 0) console.log(`Database migrated: ${applied.join(", ")}`);

console.log(`Serving on http://localhost:${port}`);
// scripts/serve.mjs: Next's handler inside our own server (client address, request logs, graceful shutdown).
const server = spawn(process.execPath, [join(root, "scripts", "serve.mjs"), "--port", String(port)], {
  cwd: root,
  env: { ...env, NODE_ENV: "production" },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
