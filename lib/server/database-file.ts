import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { env } from "./env";

/** The SQLite file behind a file: DATABASE_URL, as an absolute path (relative paths are from the project root). */
export function databaseFilePath(url: string = env.DATABASE_URL): string {
  if (!url.startsWith("file:")) throw new Error("DATABASE_URL names a PostgreSQL server, not a SQLite file.");
  const path = url.slice("file:".length).split("?")[0] ?? "";
  return isAbsolute(path) ? path : resolve(/*turbopackIgnore: true*/ process.cwd(), path);
}

/**
 * The secret that signs sessions: BETTER_AUTH_SECRET when set; otherwise one made once (256 random bits)
 * into `auth-secret` beside the SQLite database (or in .data/ on PostgreSQL) and reused, so `npm start` and
 * the tests need no configuration and sessions survive restarts. Never committed (.data/ is ignored).
 * Production deployments set the variable, the same on every instance (docs/deploy.md).
 */
export function authSecret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const folder = env.DATABASE_URL.startsWith("file:") ? dirname(databaseFilePath()) : resolve(/*turbopackIgnore: true*/ process.cwd(), ".data");
  const file = resolve(/*turbopackIgnore: true*/ folder, "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(dirname(file), { recursive: true });
    try {
      // "wx": of two processes starting together, one writes and the other reads what it wrote.
      writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return readFileSync(file, "utf8").trim();
  }
}
