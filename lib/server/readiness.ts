import "server-only";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { appliedMigrations, databaseProvider } from "./db";

// GET /api/ready: this instance can serve — the database answers and has every migration this build ships
// (a release whose migrations were not run yet stays out of the load balancer). GET /api/health only says the
// process is up. While an instance drains (SIGTERM), scripts/serve.mjs answers /api/ready with 503 itself.

export type Readiness =
  | { ready: true; database: "sqlite" | "postgresql"; migrations: number }
  | { ready: false; database: "sqlite" | "postgresql"; reason: string; missing?: string[] };

/** The migrations this build ships for the database in use. */
export function shippedMigrations(): string[] {
  const folder = databaseProvider() === "postgresql" ? "prisma/postgresql/migrations" : "prisma/migrations";
  return readdirSync(resolve(/*turbopackIgnore: true*/ process.cwd(), folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Checks the database within `timeoutMs`; never throws. */
export async function readiness(timeoutMs = 2_000): Promise<Readiness> {
  const database = databaseProvider();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("the database did not answer in time")), timeoutMs);
  });
  try {
    const applied = new Set(await Promise.race([appliedMigrations(), timeout]));
    const missing = shippedMigrations().filter((name) => !applied.has(name));
    if (missing.length > 0) return { ready: false, database, reason: "migrations not applied: run `npm run db:migrate`", missing };
    return { ready: true, database, migrations: applied.size };
  } catch (error) {
    return { ready: false, database, reason: `database unavailable: ${error instanceof Error ? error.message.split("\n")[0] : "unknown error"}` };
  } finally {
    clearTimeout(timer);
  }
}
