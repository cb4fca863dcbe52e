import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, openDatabase } from "@/scripts/migrate.mjs";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function runBackup(databaseFile: string, destination: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["scripts/db-backup.mjs", destination], { env: { ...process.env, DATABASE_URL: `file:${databaseFile}` }, stdio: "ignore" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

describe("npm run db:backup", () => {
  it("copies a consistent database while another connection keeps writing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "backup-test-"));
    dirs.push(dir);
    const file = join(dir, "app.db");
    migrate(file);
    const writer = openDatabase(file);
    const insert = writer.prepare(`INSERT INTO "team" ("id", "name", "slug", "personal", "createdAt", "updatedAt") VALUES (?, ?, ?, 0, ?, ?)`);
    const addTeams = writer.transaction((from: number) => {
      for (let i = from; i < from + 50; i++) insert.run(`t${i}`, `Team ${i}`, `team-${i}`, new Date().toISOString(), new Date().toISOString());
    });
    addTeams(0);
    // Keep committing batches of 50 while the backup runs.
    let next = 50;
    const timer = setInterval(() => {
      addTeams(next);
      next += 50;
    }, 2);
    const destination = join(dir, "backup.db");
    const code = await runBackup(file, destination);
    clearInterval(timer);
    writer.close();
    expect(code).toBe(0);

    const copy = new Database(destination, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const count = (copy.prepare(`SELECT count(*) AS n FROM "team"`).get() as { n: number }).n;
    const migrations = (copy.prepare(`SELECT count(*) AS n FROM "_app_migrations"`).get() as { n: number }).n;
    copy.close();
    // Whole transactions only: a multiple of the batch size, at least the first batch.
    expect(count % 50).toBe(0);
    expect(count).toBeGreaterThanOrEqual(50);
    expect(migrations).toBeGreaterThan(0);
  });
});
