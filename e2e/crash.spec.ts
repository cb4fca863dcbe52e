import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { makeTraits } from "../tests/fixtures/traits";
import { startServer } from "./crash-server";

// No acknowledged save is ever lost: hundreds of saves in flight, the server SIGKILLed mid-way, restarted,
// and every save that was answered 2xx is there (in the file, and through the API after the restart).

test.describe.configure({ timeout: 240_000 });

test("SIGKILL while hundreds of saves are in flight loses no acknowledged save", async () => {
  const dir = mkdtempSync(join(tmpdir(), "crash-test-"));
  const file = join(dir, "app.db");
  try {
    let server = await startServer(file);
    const origin = server.base;
    const signUp = await fetch(`${origin}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ name: "Crash", email: "crash@example.com", password: "crash test passphrase" }),
    });
    expect(signUp.status).toBe(200);
    const cookie = (signUp.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const headers = { cookie, origin, "content-type": "application/json" };
    const teams = (await (await fetch(`${origin}/api/v1/teams`, { headers })).json()) as { teams: { id: string }[] };
    const teamId = teams.teams[0]!.id;

    const acknowledged: string[] = [];
    let failed = 0;
    const total = 400;
    const save = async (i: number) => {
      try {
        const response = await fetch(`${origin}/api/v1/teams/${teamId}/assessments`, {
          method: "POST",
          headers,
          body: JSON.stringify({ title: `Save ${i}`, answers: makeTraits() }),
        });
        if (response.status === 201) acknowledged.push(((await response.json()) as { assessment: { id: string } }).assessment.id);
        else failed += 1;
      } catch {
        failed += 1; // the connection died with the server: not acknowledged, so it may or may not be there
      }
    };
    // 40 at a time; the kill comes once some have been answered, while others are still in flight.
    const inFlight = new Set<Promise<void>>();
    let killed = false;
    for (let i = 0; i < total; i++) {
      const p = save(i).finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (!killed && acknowledged.length >= 120) {
        server.kill();
        killed = true;
      }
      if (inFlight.size >= 40) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(120);
    expect(failed).toBeGreaterThan(0);

    // Restart on the same file: every acknowledged id is in the database and readable through the API.
    server = await startServer(file);
    const db = new Database(file, { readonly: true });
    const stored = new Set((db.prepare(`SELECT id FROM assessment`).all() as { id: string }[]).map((row) => row.id));
    const revisions = db.prepare(`SELECT count(*) AS n FROM assessment_revision WHERE assessmentId IN (SELECT id FROM assessment)`).get() as { n: number };
    db.close();
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(revisions.n).toBe(stored.size);
    console.log(`crash test: ${acknowledged.length} acknowledged, ${failed} cut off by the kill, ${stored.size} stored after restart`);
    const again = { ...headers, origin: server.base };
    for (const id of acknowledged.slice(0, 20)) {
      expect((await fetch(`${server.base}/api/v1/assessments/${id}`, { headers: again })).status).toBe(200);
    }
    server.kill();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
