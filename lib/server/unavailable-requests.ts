// Requests whose page failed because the database was away, by request id: instrumentation.ts adds them while the
// page renders, scripts/serve.mjs (same process) turns their 500 into a 503 and forgets them when they end. A Set on
// globalThis under a registered symbol is how the two meet: serve.mjs is plain JavaScript outside the bundle.
const key = Symbol.for("app.databaseUnavailableRequests");

function requests(): Set<string> | undefined {
  return (globalThis as Record<symbol, Set<string> | undefined>)[key];
}

/** Marks a request (only when serve.mjs runs the app; otherwise nobody would read the mark). */
export function markDatabaseUnavailable(requestId: string): void {
  requests()?.add(requestId);
}
