#!/usr/bin/env node
// `npm start`: prepare the embedded database, build when the sources are newer than the build, then serve.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const portFlag = process.argv.indexOf("--port");
const port = portFlag > -1 ? process.argv[portFlag + 1] : (process.env.PORT ?? "3000");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const sourceDirs = ["app", "components", "lib", "public"];
const sourceFiles = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const buildId = join(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const sourcesAt = Math.max(
  ...sourceDirs.map((dir) => newestMtime(join(root, dir))),
  ...sourceFiles.map((file) => newestMtime(join(root, file))),
);
if (builtAt < sourcesAt) {
  console.log("Building the app (sources changed since the last build)…");
  run(process.execPath, [join(root, "node_modules", "next", "dist", "bin", "next"), "build"]);
}

console.log(`Serving on http://localhost:${port}`);
const server = spawn(process.execPath, [join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", port], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
