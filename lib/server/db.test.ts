import { describe, expect, it } from "vitest";
import { database, databaseProvider, databaseSettings } from "./db";

describe("database", () => {
  it("picks the provider by DATABASE_URL's scheme", () => {
    expect(databaseProvider("file:./.data/app.db")).toBe("sqlite");
    expect(databaseProvider("file:/tmp/x.db")).toBe("sqlite");
    expect(databaseProvider("postgres://app@db:5432/app")).toBe("postgresql");
    expect(databaseProvider("postgresql://app@db/app?sslmode=require")).toBe("postgresql");
  });

  it.skipIf(databaseProvider() === "postgresql")("runs SQLite in WAL mode with foreign keys and a busy timeout", async () => {
    expect(await databaseSettings()).toEqual({ journalMode: "wal", foreignKeys: 1, busyTimeout: 5000 });
  });

  it("enforces foreign keys: a membership for a missing team is refused, deleting a team cascades", async () => {
    const db = await database();
    const user = await db.user.create({ data: { id: `u-${crypto.randomUUID()}`, name: "A", email: `${crypto.randomUUID()}@example.com` } });
    await expect(db.membership.create({ data: { teamId: "missing", userId: user.id, role: "owner" } })).rejects.toThrow();
    const team = await db.team.create({ data: { name: "T", slug: `t-${crypto.randomUUID()}` } });
    await db.membership.create({ data: { teamId: team.id, userId: user.id, role: "owner" } });
    await db.team.delete({ where: { id: team.id } });
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
  });
});
