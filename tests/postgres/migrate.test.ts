// PostgreSQL's migrations (prisma/postgresql/migrations) against its generated schema: applied to an empty
// database they give exactly the tables, columns and indexes Prisma would create for the schema, and a second
// migrator running at the same time waits and then finds nothing to do. Runs in `npm run test:postgres`.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { listMigrations, migratePostgres, postgresMigrationsDir } from "@/scripts/migrate.mjs";
import { postgresSchema, postgresSchemaPath, sourceSchemaPath } from "@/scripts/postgres-schema.mjs";
import { dropPostgresDatabase, postgresDatabaseUrl } from "@/tests/fixtures/postgres";

const onPostgres = process.env.TEST_DATABASE === "postgresql";
const prefix = `${process.env.TEST_DATABASE_PREFIX ?? "app_test"}_mig`;
const made: string[] = [];

async function freshDatabase(suffix: string): Promise<string> {
  made.push(`${prefix}_${suffix}`);
  return postgresDatabaseUrl(`${prefix}_${suffix}`);
}

async function shape(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%' ORDER BY table_name, column_name`,
    );
    const indexes = await client.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\\_%' ORDER BY indexname`);
    const constraints = await client.query(
      `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conname NOT LIKE '\\_%' ORDER BY conname`,
    );
    return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows };
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const name of made) await dropPostgresDatabase(name);
});

describe.runIf(onPostgres)("PostgreSQL migrations", () => {
  it("give the database exactly the shape of prisma/postgresql/schema.prisma", async () => {
    const migrated = await freshDatabase("migrated");
    expect(await migratePostgres(migrated)).toEqual(listMigrations(postgresMigrationsDir).map((m) => m.name));
    expect(await migratePostgres(migrated)).toEqual([]);

    const script = execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/postgresql/schema.prisma", "--script"], {
      encoding: "utf8",
      // The Prisma CLI's config opens the SQLite file; this diff needs no database at all.
      env: { ...process.env, DATABASE_URL: "" },
    });
    const fromSchema = await freshDatabase("schema");
    const client = new pg.Client({ connectionString: fromSchema });
    await client.connect();
    await client.query(script.replace(/^Loaded Prisma config.*$/gm, ""));
    await client.end();

    expect(await shape(migrated)).toEqual(await shape(fromSchema));
  }, 60_000);

  it("applies each migration once when two migrators start together", async () => {
    const url = await freshDatabase("race");
    const [first, second] = await Promise.all([migratePostgres(url), migratePostgres(url)]);
    expect([...first!, ...second!].sort()).toEqual(listMigrations(postgresMigrationsDir).map((m) => m.name).sort());
  }, 30_000);
});

describe("the PostgreSQL schema", () => {
  it("is generated from the SQLite schema and committed in sync with it", () => {
    expect(readFileSync(postgresSchemaPath, "utf8")).toBe(postgresSchema(readFileSync(sourceSchemaPath, "utf8")));
  });

  it("differs from the source only in provider, client output and URL", () => {
    const source = readFileSync(sourceSchemaPath, "utf8");
    const generated = postgresSchema(source);
    expect(generated).toContain('provider = "postgresql"');
    expect(generated).toContain('"../../lib/server/generated/prisma-pg"');
    expect(generated).not.toContain('"sqlite"');
    expect(() => postgresSchema(source.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/expected/);
  });
});
