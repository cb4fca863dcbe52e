import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtp, type TestSmtp } from "@/tests/fixtures/smtp";
import { makeUser, testPassword } from "@/tests/fixtures/workspace";
import { getAuth } from "./auth";
import { setMailTransport, smtpTransport } from "./mail";
import { publicOrigin } from "./public-origin";
import { actorFromHeaders } from "./session";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
  setMailTransport(smtpTransport(smtp.url, "App <noreply@example.com>"));
});
afterAll(async () => {
  setMailTransport(undefined);
  await smtp.close();
});

describe("password reset by mail", () => {
  it("mails a one-use link; the new password works, the old one and old sessions do not", async () => {
    const user = await makeUser();
    const auth = await getAuth();
    await auth.api.requestPasswordReset({ body: { email: user.actor.email, redirectTo: "/reset-password" } });
    const mail = await smtp.next(user.actor.email);
    expect(mail.subject).toBe("Reset your password");
    const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(token).toBeTruthy();

    await expect(auth.api.resetPassword({ body: { token: token!, newPassword: "password1234" } })).rejects.toThrow(/commonly used/);
    await auth.api.resetPassword({ body: { token: token!, newPassword: "a brand new passphrase" } });
    await expect(auth.api.resetPassword({ body: { token: token!, newPassword: "another new passphrase" } })).rejects.toThrow();

    expect(await actorFromHeaders(user.headers())).toBeNull();
    await expect(auth.api.signInEmail({ body: { email: user.actor.email, password: testPassword } })).rejects.toThrow();
    await expect(auth.api.signInEmail({ body: { email: user.actor.email, password: "a brand new passphrase" } })).resolves.toBeTruthy();
  });

  it("writes the link on the configured public origin, whatever Host the request carried", async () => {
    const user = await makeUser();
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const forged = "http://attacker.example";
    const response = await POST(
      new Request(`${forged}/api/auth/request-password-reset`, {
        method: "POST",
        headers: { host: "attacker.example", origin: forged, "x-forwarded-host": "attacker.example", "content-type": "application/json", "x-client-address": "192.0.2.44" },
        body: JSON.stringify({ email: user.actor.email, redirectTo: "/reset-password" }),
      }),
    );
    expect(response.status).toBe(200);
    const mail = await smtp.next(user.actor.email);
    expect(mail.text).not.toContain("attacker.example");
    expect(mail.text).toMatch(new RegExp(`${publicOrigin().replace(/[.:/]/g, "\\$&")}/api/auth/reset-password/[A-Za-z0-9_-]+`));
  });

  it("answers an unknown address exactly like a known one, and sends nothing", async () => {
    const auth = await getAuth();
    const before = smtp.received.length;
    const result = await auth.api.requestPasswordReset({ body: { email: "nobody-here@example.com", redirectTo: "/reset-password" } });
    expect(result).toEqual(expect.objectContaining({ status: true }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received.length).toBe(before);
  });
});
