import { markDatabaseUnavailable } from "@/lib/server/unavailable-requests";
import { isDatabaseUnavailable } from "@/lib/server/database-errors";

// Runs once when a Next.js server starts, before it handles a request (not during `next build`).
// Loading the env module parses every server variable: a bad value stops the server here, with one error
// naming each bad variable, instead of surfacing later in whichever route reads it first.
export async function register(): Promise<void> {
  await import("@/lib/server/env");
}

/**
 * A page failed while rendering. When the cause is the database being away, the request is marked (synchronously,
 * before the error page is written), and scripts/serve.mjs answers it with 503 and Retry-After instead of 500:
 * the same signal the API gives during an outage.
 */
export function onRequestError(error: unknown, request: { headers: Record<string, string | string[] | undefined> }): void {
  if (!isDatabaseUnavailable(error)) return;
  const id = request.headers["x-request-id"];
  if (typeof id === "string") markDatabaseUnavailable(id);
}
