import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { maxPasswordLength, minPasswordLength } from "@/lib/workspace/password-rules";
import { paths } from "@/lib/paths";
import { originFromHeaders } from "./answers-loader";
import { authSecret } from "./database-file";
import { database, databaseProvider, type Database } from "./db";
import { publicOrigin } from "./public-origin";
import { env } from "./env";
import { mailTransport } from "./mail";
import { checkPassword } from "./password-policy";
import { joinDemoTeam } from "./workspace/demo-team";
import { createPersonalSpace } from "./workspace/personal-space";

// Accounts and sessions (better-auth 1.7). Teams, roles and every permission are ours (lib/workspace/policies.ts,
// lib/server/workspace/): better-auth's organization plugin is left off, so no second set of team endpoints
// exists beside them (docs/decisions/0010-workspace-data.md).

/** Paths whose body carries a new password, and the field it is in. */
const passwordFields: Record<string, "password" | "newPassword"> = {
  "/sign-up/email": "password",
  "/change-password": "newPassword",
  "/reset-password": "newPassword",
};

const passwordRule = createAuthMiddleware(async (ctx) => {
  const field = passwordFields[ctx.path];
  if (!field) return;
  const body: unknown = ctx.body;
  const value = typeof body === "object" && body !== null ? (body as Record<string, unknown>)[field] : undefined;
  if (typeof value !== "string") return;
  const problem = checkPassword(value);
  if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "PASSWORD_REJECTED" });
});

const configuredOrigin = env.BETTER_AUTH_URL ?? env.APP_ORIGIN;

function buildAuth(db: Database) {
  return betterAuth({
    appName: "Retrieval or training?",
    secret: authSecret(),
    baseURL: configuredOrigin,
    // With a configured origin, only it is trusted. Without one (npm start, tests), the origin the browser
    // addressed (its Host header) is: a cross-site page cannot choose that header, so the CSRF check still holds.
    trustedOrigins: configuredOrigin ? [configuredOrigin] : (request) => (request ? [originFromHeaders(request.headers)] : []),
    database: prismaAdapter(db, { provider: databaseProvider() }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength,
      maxPasswordLength,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      async sendResetPassword({ user, url: made }) {
        // better-auth builds the link from the request's Host when no origin is configured: keep its path and
        // query, and put them on the configured public origin, so a forged Host never lands in someone's mail.
        const given = new URL(made, publicOrigin());
        const url = new URL(`${given.pathname}${given.search}`, publicOrigin()).href;
        await mailTransport().send({
          to: user.email,
          subject: "Reset your password",
          text: `Someone (hopefully you) asked to reset the password of ${user.email}.\n\nChoose a new one here within the hour:\n${url}\n\nIf it was not you, ignore this message; nothing changes.`,
          link: url,
        });
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: 10 },
        "/sign-up/email": { window: 60, max: 10 },
        "/request-password-reset": { window: 60, max: 5 },
        "/reset-password": { window: 60, max: 10 },
      },
    },
    advanced: {
      // The address scripts/serve.mjs determined (socket, or a trusted proxy's report); clients cannot set it.
      ipAddress: { ipAddressHeaders: ["x-client-address"] },
    },
    databaseHooks: {
      user: {
        create: {
          async after(user) {
            await createPersonalSpace(user.id, user.name);
            await joinDemoTeam(user.id);
          },
        },
      },
    },
    hooks: { before: passwordRule },
    onAPIError: { errorURL: paths.signIn() },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof buildAuth>;

const holder = globalThis as unknown as { appAuth?: Promise<Auth> };

/** better-auth, built on first use (after the database connects; never at build time). */
export function getAuth(): Promise<Auth> {
  holder.appAuth ??= database().then(buildAuth);
  return holder.appAuth;
}
