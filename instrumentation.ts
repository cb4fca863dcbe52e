// Runs once when a Next.js server starts, before it handles a request (not during `next build`).
// Loading the env module parses every server variable: a bad value stops the server here, with one error
// naming each bad variable, instead of surfacing later in whichever route reads it first.
export async function register(): Promise<void> {
  await import("@/lib/server/env");
}
