import "server-only";
import { env } from "./env";

/**
 * The app's public origin, for every absolute link it writes (share links, invitations, answer requests, exports):
 * APP_ORIGIN, else BETTER_AUTH_URL, else http://localhost:PORT for a machine of one's own. Never taken from request
 * headers: a forged Host or X-Forwarded-Host must not put someone else's address into a link we hand out.
 */
export function publicOrigin(): string {
  const configured = env.APP_ORIGIN ?? env.BETTER_AUTH_URL;
  if (configured) return configured.replace(/\/$/, "");
  return `http://localhost:${env.PORT ?? 3000}`;
}
