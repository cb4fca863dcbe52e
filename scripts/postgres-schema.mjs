#!/usr/bin/env node
// prisma/schema.prisma (SQLite) is the source of the data model. This writes prisma/postgresql/schema.prisma from
// it: the same models, the PostgreSQL provider and its own generated client. One schema cannot serve both
// providers (Prisma takes no env() in `provider`, and a generated client is tied to its provider), see
// docs/decisions/0021-postgresql.md.
//
//   node scripts/postgres-schema.mjs          writes the PostgreSQL schema
//   node scripts/postgres-schema.mjs --check  exits 1 if the committed one has drifted from the source
import { readFileSync, writeFileSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
export const sourceSchemaPath = `${root}prisma/schema.prisma`;
export const postgresSchemaPath = `${root}prisma/postgresql/schema.prisma`;

const header = [
  "// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs: do not edit. Change the SQLite schema,",
  "// run `node scripts/postgres-schema.mjs`, then write this provider's migration (docs/deploy.md).",
  "",
].join("\n");

/** The PostgreSQL schema text for a SQLite schema text. Throws if the source is not in the expected shape. */
export function postgresSchema(source) {
  let replaced = 0;
  const swap = (text, pattern, value) =>
    text.replace(pattern, (_match, before) => {
      replaced += 1;
      return `${before}"${value}"`;
    });
  let text = source;
  text = swap(text, /(output\s*=\s*)"\.\.\/lib\/server\/generated\/prisma"/, "../../lib/server/generated/prisma-pg");
  text = swap(text, /(provider\s*=\s*)"sqlite"/, "postgresql");
  text = swap(text, /(datasource db \{[^}]*url\s*=\s*)"file:[^"]*"/, "postgresql://localhost:5432/app");
  if (replaced !== 3) throw new Error("prisma/schema.prisma: expected one client output, one sqlite provider and one file: url to translate.");
  return header + text;
}

function main() {
  const expected = postgresSchema(readFileSync(sourceSchemaPath, "utf8"));
  if (process.argv.includes("--check")) {
    let actual = "";
    try {
      actual = readFileSync(postgresSchemaPath, "utf8");
    } catch {
      // missing counts as drift
    }
    if (actual !== expected) {
      console.error("prisma/postgresql/schema.prisma is out of date with prisma/schema.prisma: run `node scripts/postgres-schema.mjs`.");
      process.exit(1);
    }
    console.log("prisma/postgresql/schema.prisma matches prisma/schema.prisma.");
    return;
  }
  writeFileSync(postgresSchemaPath, expected);
  console.log("Wrote prisma/postgresql/schema.prisma.");
}

if (import.meta.url === `file://${process.argv[1]}`) main();
