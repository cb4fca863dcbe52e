import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Tests import server modules directly; in Next the react-server condition resolves this to an empty module.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // Integration tests hash real passwords (scrypt) and write a real database: generous on 2 shared cores.
    testTimeout: 30_000,
    globalSetup: ["tests/fixtures/test-databases.ts"],
    setupFiles: ["tests/fixtures/database-per-worker.ts"],
  },
});
