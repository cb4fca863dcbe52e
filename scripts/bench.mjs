#!/usr/bin/env node
// `npm run bench [-- <filter>]`: runs every bench/*.mjs in name order, each in its own Node process,
// and lets each print its own table. Targets are informational: a missed target never fails the run;
// a bench that crashes does (exit code 1 after the others have run).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const benchDir = join(root, "bench");
const filter = process.argv[2];

const benches = readdirSync(benchDir)
  .filter((name) => name.endsWith(".mjs") && !name.startsWith("_"))
  .filter((name) => filter === undefined || name.includes(filter))
  .sort();

if (benches.length === 0) {
  console.error(`No bench matches ${filter ?? "bench/*.mjs"}.`);
  process.exit(1);
}

const failed = [];
for (const name of benches) {
  console.log(`\n━━ ${name} ${"━".repeat(Math.max(0, 60 - name.length))}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(benchDir, name)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failed.push(name);
    console.log(`✗ ${name} crashed (exit ${result.status ?? result.signal}) after ${seconds} s`);
  } else {
    console.log(`✓ ${name} done in ${seconds} s`);
  }
}

if (failed.length > 0) {
  console.error(`\n${failed.length} bench(es) crashed: ${failed.join(", ")}`);
  process.exit(1);
}
