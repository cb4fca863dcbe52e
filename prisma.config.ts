import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { databaseFileUrl } from "./scripts/database-url.mjs";

// Prisma 6.19's schema engine as WebAssembly through the driver adapter: no engine download (platform notes).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new PrismaBetterSQLite3({ url: databaseFileUrl() }),
});
