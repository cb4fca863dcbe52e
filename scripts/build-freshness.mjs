// The rule for "the build is stale", shared by `npm start` (scripts/start.mjs) and the benches that serve a
// production build: the build is stale when any source (app code, public assets, build configuration)
// was modified after the build's BUILD_ID was written.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

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

/** True when the build in `distDir` (relative to `root`) is missing or older than any of the sources. */
export function sourcesNewerThanBuild(root, distDir) {
  const buildId = join(root, distDir, "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const sourcesAt = Math.max(
    ...sourceDirs.map((dir) => newestMtime(join(root, dir))),
    ...sourceFiles.map((file) => newestMtime(join(root, file))),
  );
  return builtAt < sourcesAt;
}
