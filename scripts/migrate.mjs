#!/usr/bin/env node
// Applies prisma/migrations/*/migration.sql to the SQLite database, in order, each once, each in its own
// transaction, recorded in the table `_app_migrations`. `npm start`, `npm run db:migrate` and the test
// database per worker all go through here. Why not `prisma migrate deploy`: docs/decisions/0010-workspace-data.md.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { databaseFileUrl } from "./database-url.mjs";

const migrationsDir = new URL("../prisma/migrations", import.meta.url).pathname;

/** The migration folders, oldest first, with their SQL and a checksum. */
export function listMigrations(dir = migrationsDir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Opens the database file with the pragmas the app uses (WAL, busy timeout, foreign keys). */
export function openDatabase(path) {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  return db;
}

/** Applies what is missing; returns the names applied. Throws if an applied migration was edited since. */
export function migrate(path, dir = migrationsDir) {
  const db = openDatabase(path);
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS "_app_migrations" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`);
    const applied = [];
    for (const migration of listMigrations(dir)) {
      // IMMEDIATE takes the write lock first, so two instances starting together apply each migration once.
      const apply = db.transaction(() => {
        const row = db.prepare(`SELECT "checksum" FROM "_app_migrations" WHERE "name" = ?`).get(migration.name);
        if (row) {
          if (row.checksum !== migration.checksum) throw new Error(`Migration ${migration.name} was changed after it was applied.`);
          return;
        }
        db.exec(migration.sql);
        db.prepare(`INSERT INTO "_app_migrations" ("name", "checksum", "appliedAt") VALUES (?, ?, ?)`).run(
          migration.name,
          migration.checksum,
          new Date().toISOString(),
        );
        applied.push(migration.name);
      });
      apply.immediate();
    }
    return applied;
  } finally {
    db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = databaseFileUrl();
  const applied = migrate(url.slice("file:".length));
  console.log(applied.length > 0 ? `Database migrated: ${applied.join(", ")}` : "Database is up to date.");
}
