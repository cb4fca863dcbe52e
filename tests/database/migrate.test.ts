import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listMigrations, migrate, openDatabase } from "@/scripts/migrate.mjs";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "migrate-test-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("scripts/migrate.mjs", () => {
  it("creates a fresh database, applies every migration once, and is a no-op the second time", () => {
    const file = join(tempDir(), "fresh.db");
    expect(migrate(file)).toEqual(listMigrations().map((m) => m.name));
    expect(migrate(file)).toEqual([]);
    const db = openDatabase(file);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["user", "session", "team", "membership", "assessment", "share_link"]));
    db.close();
  });

  it("refuses to run when an applied migration was edited afterwards", () => {
    const dir = tempDir();
    const migrations = join(dir, "migrations");
    cpSync(new URL("../../prisma/migrations", import.meta.url).pathname, migrations, { recursive: true });
    const file = join(dir, "edited.db");
    migrate(file, migrations);
    const [first] = listMigrations(migrations);
    writeFileSync(join(migrations, first!.name, "migration.sql"), `${first!.sql}\n-- edited\n`);
    expect(() => migrate(file, migrations)).toThrow(/changed after it was applied/);
  });
});
