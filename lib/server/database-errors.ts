// Which errors mean "the database is away" (pure, no imports: instrumentation.ts reads it while a page fails).

const unavailableCodes = new Set([
  // Prisma: cannot reach, timed out, server closed the connection, no connection free in the pool in time
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  // sockets
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  // PostgreSQL: shutting down, starting up, connection failures (SQLSTATE classes 57P and 08)
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  // SQLite: another writer held the lock past the busy timeout
  "SQLITE_BUSY",
]);
const unavailableKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);
const unavailableMessages = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection|the database system is (shutting down|starting up)|terminating connection due to administrator command|Client has encountered a connection error/i;

/**
 * Whether an error means "the database is away" (down, restarting, unreachable, out of connections) rather than
 * a bug or a refused write: such requests answer 503 with a clear message and the app recovers on its own when
 * the database is back (the pool reconnects). Looks through the error's `cause` chain.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== null && typeof current === "object"; depth += 1) {
    const candidate = current as { name?: unknown; code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    if (candidate.name === "PrismaClientInitializationError") return true;
    if (typeof candidate.code === "string" && unavailableCodes.has(candidate.code)) return true;
    if (typeof candidate.originalCode === "string" && unavailableCodes.has(candidate.originalCode)) return true;
    if (typeof candidate.kind === "string" && unavailableKinds.has(candidate.kind)) return true;
    if (typeof candidate.message === "string" && unavailableMessages.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}
