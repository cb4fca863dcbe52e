import { execFileSync } from "node:child_process";
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

  it("leaves the database in exactly the shape schema.prisma describes (no drift between the two)", () => {
    const migrated = join(tempDir(), "migrated.db");
    migrate(migrated);
    // Prisma's own SQL for the whole schema, from nothing, applied to a second file.
    const script = execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], { encoding: "utf8" });
    const fromSchema = join(tempDir(), "from-schema.db");
    const db = openDatabase(fromSchema);
    db.exec(script.replace(/^Loaded Prisma config.*$/gm, ""));
    db.close();
    expect(shape(migrated)).toEqual(shape(fromSchema));
  }, 60_000);

  it("keeps saved assessments and their revisions when later migrations alter the tables", () => {
    const dir = tempDir();
    const migrations = join(dir, "migrations");
    cpSync(new URL("../../prisma/migrations", import.meta.url).pathname, migrations, { recursive: true });
    const [first, ...later] = listMigrations(migrations);
    for (const migration of later) rmSync(join(migrations, migration.name), { recursive: true });
    const file = join(dir, "upgrade.db");
    migrate(file, migrations);
    const db = openDatabase(file);
    db.exec(`INSERT INTO "team" (id, name, slug, updatedAt) VALUES ('t1', 'Team', 'team', CURRENT_TIMESTAMP)`);
    db.exec(`INSERT INTO "assessment" (id, teamId, title, titleLower, authorName, architecture, engineVersion, updatedAt) VALUES ('a1', 't1', 'Bot', 'bot', 'Ann', 'rag', '1.1.0', CURRENT_TIMESTAMP)`);
    db.exec(`INSERT INTO "assessment_revision" (id, assessmentId, number, answers, result, engineVersion, architecture, authorName) VALUES ('r1', 'a1', 1, '{}', '{}', '1.1.0', 'rag', 'Ann')`);
    db.close();
    cpSync(new URL("../../prisma/migrations", import.meta.url).pathname, migrations, { recursive: true });
    expect(migrate(file, migrations)).toEqual(later.map((m) => m.name));
    const after = openDatabase(file);
    expect(after.prepare(`SELECT count(*) AS n FROM "assessment_revision"`).get()).toEqual({ n: 1 });
    expect(after.prepare(`SELECT "requiredApprovals" FROM "assessment" WHERE id = 'a1'`).get()).toEqual({ requiredApprovals: 1 });
    after.close();
    expect(first).toBeDefined();
  });
});

/** Tables with their columns and indexes, as SQLite reports them. */
function shape(file: string) {
  const db = openDatabase(file);
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
  const result = Object.fromEntries(
    tables.map((table) => [
      table,
      {
        columns: db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY name`).all(table),
        indexes: db.prepare(`SELECT name, "unique" FROM pragma_index_list(?) ORDER BY name`).all(table),
        foreignKeys: db.prepare(`SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(?) ORDER BY "from"`).all(table),
      },
    ]),
  );
  db.close();
  return result;
}

