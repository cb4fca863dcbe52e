#!/usr/bin/env node
// Applies the migrations of the database DATABASE_URL names, in order, each once, each in its own transaction,
// recorded in the table `_app_migrations`: prisma/migrations for SQLite (a file: URL or none), and
// prisma/postgresql/migrations for PostgreSQL. `npm start`, `npm run db:migrate` and the test databases all go
// through here. Why not `prisma migrate deploy`: docs/decisions/0010-workspace-data.md and 0021-postgresql.md.
//
// Safe beside running instances: every migration is additive (expand first, contract in a later release, see
// docs/deploy.md), applied in one transaction, and concurrent migrators queue on a lock (SQLite's write lock,
// PostgreSQL's advisory lock), so each migration runs once.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseFileUrl, isPostgresUrl } from "./database-url.mjs";

const migrationsDir = new URL("../prisma/migrations", import.meta.url).pathname;
export const postgresMigrationsDir = new URL("../prisma/postgresql/migrations", import.meta.url).pathname;
/** Any fixed number: the key of the advisory lock that serialises migrators on one PostgreSQL database. */
const migrationLockKey = 7_301_994_113;

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

/**
 * Applies what is missing to a PostgreSQL database; returns the names applied. Holds an advisory lock for the
 * whole run, so two instances migrating at once take turns and the second finds nothing left to do.
 */
export async function migratePostgres(url, dir = postgresMigrationsDir) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [migrationLockKey]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_app_migrations" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`);
    const applied = [];
    for (const migration of listMigrations(dir)) {
      const { rows } = await client.query(`SELECT "checksum" FROM "_app_migrations" WHERE "name" = $1`, [migration.name]);
      if (rows[0]) {
        if (rows[0].checksum !== migration.checksum) throw new Error(`Migration ${migration.name} was changed after it was applied.`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "_app_migrations" ("name", "checksum", "appliedAt") VALUES ($1, $2, $3)`, [
          migration.name,
          migration.checksum,
          new Date().toISOString(),
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [migrationLockKey]).catch(() => {});
    await client.end();
  }
}

/** Migrates the database a URL names (DATABASE_URL by default): SQLite for file: (or none), else PostgreSQL. */
export async function migrateDatabase(url = process.env.DATABASE_URL) {
  if (isPostgresUrl(url)) return migratePostgres(url);
  return migrate(databaseFileUrl(url).slice("file:".length));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const applied = await migrateDatabase();
  console.log(applied.length > 0 ? `Database migrated: ${applied.join(", ")}` : "Database is up to date.");
}
