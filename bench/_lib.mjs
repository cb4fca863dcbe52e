// Shared helpers for the benches (files starting with "_" are not run by scripts/bench.mjs).
import { createRequire } from "node:module";
import { mkdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { availableParallelism, loadavg } from "node:os";

export const root = new URL("..", import.meta.url).pathname;
const require = createRequire(join(root, "package.json"));

function resolvable(name) {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bundles a TypeScript entry (with its imports and the "@/" alias) into one ESM file under
 * node_modules/.cache/bench and returns its path. Uses esbuild when installed, else rolldown (which
 * Vitest's Vite brings along). Dependencies (zod…) are bundled too, so the file is self-contained.
 */
export async function bundleTypeScript(entry, name) {
  const outDir = join(root, "node_modules", ".cache", "bench");
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${name}.mjs`);
  const input = join(root, entry);

  if (resolvable("esbuild")) {
    const esbuild = await import("esbuild");
    await esbuild.build({
      entryPoints: [input],
      outfile,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      alias: { "@": root },
      logLevel: "warning",
    });
    return { outfile, bundler: "esbuild" };
  }
  if (resolvable("rolldown")) {
    const { build } = await import("rolldown");
    await build({
      input,
      platform: "node",
      resolve: { alias: { "@": root.replace(/\/$/, "") } },
      logLevel: "warn",
      output: { file: outfile, format: "esm" },
    });
    return { outfile, bundler: "rolldown" };
  }
  throw new Error("Neither esbuild nor rolldown is installed: cannot bundle the TypeScript engine for the bench.");
}

export function exists(path) {
  return existsSync(join(root, path));
}

/** Prints rows (arrays of cells) as an aligned table; the first row is the header. */
export function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const line = (row) => row.map((cell, column) => {
    const text = String(cell);
    return typeof cell === "number" ? text.padStart(widths[column]) : text.padEnd(widths[column]);
  }).join("  ");
  console.log(line(rows[0]));
  console.log(widths.map((width) => "─".repeat(width)).join("  "));
  for (const row of rows.slice(1)) console.log(line(row));
}

export const verdict = (pass) => (pass ? "PASS" : "MISS");

export const fmt = (value, digits = 0) =>
  Number(value).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Figures mean little on a busy machine: say so up front (1-minute load average vs. cores). */
export function warnIfBusy() {
  const [load] = loadavg();
  const cores = availableParallelism();
  if (load > cores * 0.75) {
    console.log(`⚠ The machine is busy (load average ${load.toFixed(1)} on ${cores} cores): figures below will be low and noisy.`);
  }
}
