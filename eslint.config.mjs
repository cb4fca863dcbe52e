import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The domain libraries run in the browser, on the server and in tests alike: keep them pure.
const pureDomainImports = {
  patterns: [
    { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "Domain code is pure: no React." },
    { group: ["next", "next/*"], message: "Domain code is pure: no Next.js." },
    { group: ["@prisma/*", "prisma", "better-sqlite3", "better-auth", "better-auth/*"], message: "Domain code is pure: no database or auth." },
    { group: ["node:*", "fs", "path", "crypto", "os", "child_process", "http", "https", "url", "util"], message: "Domain code is pure: no Node built-ins." },
    { group: ["@/lib/server", "@/lib/server/*", "@/components/*", "@/app/*"], message: "Domain code must not depend on server code or views." },
    { group: ["zustand", "zustand/*"], message: "Domain code is pure: no state stores." },
    { group: ["@/tests/*", "fast-check"], message: "Test builders and generators stay in tests/." },
  ],
};

const databaseOnlyThroughServer = { group: ["@prisma/*", "better-sqlite3"], message: "Reach the database through lib/server." };
const noTestCode = { group: ["@/tests/*", "fast-check"], message: "Test builders and generators stay in tests/." };

// Feature folders under components/ do not import each other; what two features share lives in components/shared.
const features = ["home", "wizard", "results", "planner", "workspace", "auth"];
const featureIsolation = features.map((feature) => ({
  files: [`components/${feature}/**/*.{ts,tsx}`],
  ignores: ["**/*.test.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          databaseOnlyThroughServer,
          noTestCode,
          ...features
            .filter((other) => other !== feature)
            .map((other) => ({
              group: [`@/components/${other}`, `@/components/${other}/*`, `../${other}`, `../${other}/*`],
              message: `components/${feature} must not import components/${other}: move what both need to components/shared.`,
            })),
        ],
      },
    ],
  },
}));

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/decision/**/*.ts", "lib/staffing/**/*.ts", "lib/hiring/**/*.ts", "lib/cost/**/*.ts", "lib/format/**/*.ts", "lib/validation/**/*.ts", "lib/workspace/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", pureDomainImports] },
  },
  {
    // The database driver is opened in one module, lib/server/db.ts; everything else asks it.
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "lib/paths.ts", "lib/server/**/*.ts"],
    ignores: ["**/*.test.ts", "lib/server/db.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [databaseOnlyThroughServer, noTestCode] }] },
  },
  ...featureIsolation,
  {
    // Route handlers are thin: they call lib/ (lib/server for loading), never a view module.
    files: ["app/**/route.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [databaseOnlyThroughServer, noTestCode, { group: ["@/components/*"], message: "Route handlers import from lib/, never from components/." }] },
      ],
    },
  },
  {
    // One typed, checked reading of the environment: lib/server/env.ts. Config files and scripts keep their own.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/server/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment through `env` from lib/server/env.ts." },
      ],
    },
  },
  globalIgnores(["lib/server/generated/**", ".next/**", ".next-*/**", "node_modules/**", "out/**", "coverage/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "bench/results/**", "reports/**", ".stryker-tmp*/**"]),
]);
