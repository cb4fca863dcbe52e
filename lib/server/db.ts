import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFilePath } from "./database-file";
import { PrismaClient } from "./generated/prisma/client";

export type { Prisma } from "./generated/prisma/client";
export type Database = PrismaClient;

// One client per process (kept on globalThis so dev reloads do not open a new connection each time).
// The database is migrated before the server starts (scripts/migrate.mjs); this module only connects.
const holder = globalThis as unknown as { appDatabase?: Promise<PrismaClient> };

async function connect(): Promise<PrismaClient> {
  // better-sqlite3's `timeout` is SQLite's busy timeout: wait up to 5 s for another writer (the backup, a second process).
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseFilePath(), timeout: 5000 }) });
  // The only raw SQL in the app: SQLite pragmas, per connection. WAL lets readers run beside the writer;
  // foreign keys make cascades real; synchronous stays FULL so an acknowledged commit survives a crash.
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await client.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
  return client;
}

/** The Prisma client, connected and configured. */
export function database(): Promise<PrismaClient> {
  holder.appDatabase ??= connect().catch((error: unknown) => {
    holder.appDatabase = undefined;
    throw error;
  });
  return holder.appDatabase;
}

/** The pragmas as the connection sees them (for tests and the readiness check). */
export async function databaseSettings(): Promise<{ journalMode: string; foreignKeys: number; busyTimeout: number }> {
  const db = await database();
  const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  const [foreign] = await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
  const [busy] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
  return { journalMode: journal?.journal_mode ?? "", foreignKeys: Number(foreign?.foreign_keys ?? 0), busyTimeout: Number(busy?.timeout ?? 0) };
}
