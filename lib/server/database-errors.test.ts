import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-errors";

const withCode = (code: string, name = "Error") => Object.assign(new Error("x"), { code, name });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["Prisma cannot reach the server", withCode("P1001")],
    ["Prisma: server closed the connection", withCode("P1017")],
    ["Prisma: no connection free in the pool in time", withCode("P2024")],
    ["a refused socket", withCode("ECONNREFUSED")],
    ["PostgreSQL shutting down (57P01)", withCode("57P01")],
    ["PostgreSQL starting up (57P03)", withCode("57P03")],
    ["a connection failure (08006)", withCode("08006")],
    ["SQLite busy past the timeout", withCode("SQLITE_BUSY")],
    ["the client failing to start", Object.assign(new Error("x"), { name: "PrismaClientInitializationError" })],
    ["a driver adapter error by kind", { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } }],
    ["a pool that could not connect in time", new Error("timeout exceeded when trying to connect")],
    ["a dropped connection", new Error("Connection terminated unexpectedly")],
    ["the cause, a few levels down", new Error("outer", { cause: new Error("middle", { cause: withCode("ECONNRESET") }) })],
    ["an original code", { originalCode: "57P01", message: "x" }],
  ])("yes: %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", withCode("P2002")],
    ["a record not found", withCode("P2025")],
    ["a syntax error", withCode("42601")],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["a string", "ECONNREFUSED"],
    ["nothing", undefined],
    ["null", null],
    ["a cause chain deeper than six", [1, 2, 3, 4, 5, 6, 7].reduce<unknown>((cause) => ({ message: "wrapped", cause }), withCode("ECONNREFUSED"))],
  ])("no: %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
