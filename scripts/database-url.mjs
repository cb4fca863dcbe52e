// The database's URL for scripts and the Prisma CLI: DATABASE_URL, else file:./.data/app.db (SQLite).
// Relative file: paths are resolved against the project root, and the folder is created, so a clean
// clone needs no configuration. (The app reads the same variable through lib/server/env.ts.)
import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";

const root = new URL("..", import.meta.url).pathname;

export const defaultDatabaseUrl = "file:./.data/app.db";

/** A postgres:// or postgresql:// URL (PostgreSQL); anything else is SQLite. */
export function isPostgresUrl(url = process.env.DATABASE_URL) {
  return typeof url === "string" && /^postgres(ql)?:\/\//.test(url);
}

/** The database file's absolute path for a file: URL. */
export function databaseFilePath(url = process.env.DATABASE_URL || defaultDatabaseUrl) {
  if (!url.startsWith("file:")) throw new Error("This script handles SQLite (file:) databases only.");
  const path = url.slice("file:".length).split("?")[0];
  return isAbsolute(path) ? path : resolve(root, path);
}

/** `file:<absolute path>`, with its folder created. */
export function databaseFileUrl(url) {
  const path = databaseFilePath(url);
  mkdirSync(dirname(path), { recursive: true });
  return `file:${path}`;
}
