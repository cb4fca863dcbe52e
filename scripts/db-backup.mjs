#!/usr/bin/env node
// `npm run db:backup [destination]`: a consistent copy of the SQLite database while the app keeps serving.
// SQLite's online backup API copies page by page and restarts if a writer changes a page it already copied,
// so the copy is one committed state (WAL included), never a torn file. Restore: see the README.
import { mkdirSync, renameSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { databaseFilePath } from "./database-url.mjs";

const source = databaseFilePath();
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const destination = resolve(process.argv[2] ?? `.data/backups/app-${stamp}.db`);
mkdirSync(dirname(destination), { recursive: true });

const db = new Database(source, { fileMustExist: true });
db.pragma("busy_timeout = 5000");
const partial = `${destination}.partial`;
await db.backup(partial);
db.close();

// Check the copy before it takes the final name, so a file with that name is always a good backup.
const copy = new Database(partial, { readonly: true });
const check = copy.pragma("integrity_check", { simple: true });
copy.close();
if (check !== "ok") {
  console.error(`Backup failed its integrity check: ${check}`);
  process.exit(1);
}
renameSync(partial, destination);
console.log(`Backed up ${source} to ${destination}`);
