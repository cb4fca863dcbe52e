import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFilePath } from "./database-file";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

export { isDatabaseUnavailable } from "./database-errors";

export type { Prisma } from "./generated/prisma/client";
export type Database = PrismaClient;
export type DatabaseProvider = "sqlite" | "postgresql";

// One client per process (kept on globalThis so dev reloads do not open a new connection each time), for the
// database DATABASE_URL names: SQLite for a file: URL (the default), PostgreSQL for postgres(ql)://. Both
// clients are generated from one data model (prisma/schema.prisma → prisma/postgresql/schema.prisma), and every
// query in the app is written once against the SQLite client's types, which the PostgreSQL client accepts too
// (docs/decisions/0021-postgresql.md). The database is migrated before the server starts (scripts/migrate.mjs);
// this module only connects. The only raw SQL in the app lives here.
const holder = globalThis as unknown as { appDatabase?: Promise<PrismaClient> };

/** Which database the app runs on, from DATABASE_URL's scheme. */
export function databaseProvider(url: string = env.DATABASE_URL): DatabaseProvider {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

async function connectSqlite(): Promise<PrismaClient> {
  // better-sqlite3's `timeout` is SQLite's busy timeout: wait up to 5 s for another writer (the backup, a second process).
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseFilePath(), timeout: 5000 }) });
  // SQLite pragmas, per connection. WAL lets readers run beside the writer; foreign keys make cascades real;
  // synchronous stays FULL so an acknowledged commit survives a crash.
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await client.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
  return client;
}

async function connectPostgres(): Promise<PrismaClient> {
  const [{ PrismaPg }, generated] = await Promise.all([import("@prisma/adapter-pg"), import("./generated/prisma-pg/client")]);
  // Fail fast when the server is away (a 503 in seconds, never a hung request), and let no statement or
  // lock wait run past the request's own budget. Pool size per instance: docs/deploy.md.
  const adapter = new PrismaPg(
    {
      connectionString: env.DATABASE_URL,
      max: env.DATABASE_POOL_MAX,
      connectionTimeoutMillis: 3_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: 15_000,
      lock_timeout: 5_000,
      idle_in_transaction_session_timeout: 15_000,
      application_name: "rag-or-finetune",
    },
    { onPoolError: (error) => console.error(JSON.stringify({ level: "warn", msg: "database connection lost", error: error.message })) },
  );
  // The generated clients differ only in provider-specific extras (e.g. PostgreSQL's case-insensitive mode,
  // which the app does not use), so the app's queries type-check against the SQLite client alone.
  return new generated.PrismaClient({ adapter }) as unknown as PrismaClient;
}

/** The Prisma client, connected and configured. */
export function database(): Promise<PrismaClient> {
  holder.appDatabase ??= (databaseProvider() === "postgresql" ? connectPostgres() : connectSqlite()).catch((error: unknown) => {
    holder.appDatabase = undefined;
    throw error;
  });
  return holder.appDatabase;
}

/** Closes the connection (graceful shutdown, tests); the next `database()` opens a new one. */
export async function disconnectDatabase(): Promise<void> {
  const pending = holder.appDatabase;
  holder.appDatabase = undefined;
  if (pending) await (await pending.catch(() => undefined))?.$disconnect();
}

/** The pragmas as the connection sees them (SQLite only; for tests). */
export async function databaseSettings(): Promise<{ journalMode: string; foreignKeys: number; busyTimeout: number }> {
  const db = await database();
  const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  const [foreign] = await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
  const [busy] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
  return { journalMode: journal?.journal_mode ?? "", foreignKeys: Number(foreign?.foreign_keys ?? 0), busyTimeout: Number(busy?.timeout ?? 0) };
}

/** The names of the migrations applied to the database (scripts/migrate.mjs records them), oldest first. */
export async function appliedMigrations(): Promise<string[]> {
  const db = await database();
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM "_app_migrations" ORDER BY "name"`);
  return rows.map((row) => row.name);
}

/** A Prisma client inside an interactive transaction. */
export type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Tables whose rows guard a rule that spans several rows (one open round per assessment, a team's last owner…). */
export type LockableTable = "team" | "assessment";

/**
 * Holds one row's write lock until the transaction ends, so the checks that follow (each a new statement) see
 * what concurrent writers of the same row committed. Call it first in the transaction. PostgreSQL: SELECT … FOR
 * UPDATE (at READ COMMITTED, a check-after-write alone sees neither the other transaction's rows nor waits for
 * them). SQLite: nothing to do, one writer holds the whole database at a time.
 */
export async function lockRow(tx: Transaction, table: LockableTable, id: string): Promise<void> {
  if (databaseProvider() !== "postgresql") return;
  await tx.$queryRawUnsafe(`SELECT 1 FROM "${table}" WHERE "id" = $1 FOR UPDATE`, id);
}

/** The 503 every route answers while the database is away. */
export function databaseUnavailableResponse(): Response {
  return Response.json(
    { error: "database_unavailable", message: "The database is not answering right now, so nothing was read or saved. Try again in a few seconds." },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
  );
}
