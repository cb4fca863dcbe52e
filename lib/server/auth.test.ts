import { describe, expect, it } from "vitest";
import { makeUser, testPassword } from "@/tests/fixtures/workspace";
import { getAuth } from "./auth";
import { database } from "./db";
import { actorFromHeaders } from "./session";

const origin = "http://localhost:3000";

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const auth = await getAuth();
  return auth.handler(
    new Request(`${origin}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

describe("accounts", () => {
  it("signs up with a good password, gets a session and a personal space", async () => {
    const user = await makeUser();
    expect(await actorFromHeaders(user.headers())).toEqual(user.actor);
    const db = await database();
    const spaces = await db.membership.findMany({ where: { userId: user.actor.userId }, include: { team: true } });
    expect(spaces.map((m) => [m.role, m.team.personal])).toEqual([["owner", true]]);
  });

  it.each([
    ["short", "Short pass1", /at least 12/],
    ["common", "password1234", /commonly used/],
  ])("refuses a %s password on sign-up with a field message", async (_kind, password, message) => {
    const response = await post("/sign-up/email", { name: "X", email: `x-${crypto.randomUUID()}@example.com`, password }, { "x-client-address": "10.9.0.1" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(message);
  });

  it("signs out everywhere: every session of the user ends", async () => {
    const user = await makeUser();
    const auth = await getAuth();
    const second = await auth.api.signInEmail({ body: { email: user.actor.email, password: testPassword }, returnHeaders: true });
    const secondCookie = (second.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    await auth.api.revokeSessions({ headers: user.headers() });
    expect(await actorFromHeaders(user.headers())).toBeNull();
    expect(await actorFromHeaders(new Headers({ cookie: secondCookie }))).toBeNull();
  });

  it("rate-limits sign-in attempts per client address: the 11th in a minute is 429", async () => {
    const user = await makeUser();
    const ip = `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await post("/sign-in/email", { email: user.actor.email, password: "wrong password 123" }, { "x-client-address": ip })).status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Another address is not affected.
    expect((await post("/sign-in/email", { email: user.actor.email, password: testPassword }, { "x-client-address": "10.7.0.1" })).status).toBe(200);
  });
});
