// A second production server (scripts/serve.mjs) for the crash test: the e2e build (.next, already built by the web server),
// its own SQLite file, a port the OS picks, in its own process group so SIGKILL takes all of it.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { migrate, migratePostgres } from "../scripts/migrate.mjs";

const root = new URL("..", import.meta.url).pathname;

export interface CrashServer {
  base: string;
  process: ChildProcess;
  kill(): void;
  /** The last 20,000 characters the server printed (its JSON log lines). */
  log(): string;
}

/** Starts an instance on a SQLite file (a path) or a PostgreSQL database (a postgres:// URL), migrated first. */
export async function startServer(database: string, extraEnv: Record<string, string> = {}): Promise<CrashServer> {
  const databaseUrl = database.startsWith("postgres") ? database : `file:${database}`;
  if (database.startsWith("postgres")) await migratePostgres(database);
  else migrate(database);
  const child = spawn(process.execPath, [join(root, "scripts", "serve.mjs"), "--port", "0", "--host", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", RATE_LIMIT_DISABLED: "1", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 60_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-20_000);
      const match = /"msg":"listening","url":"(http:\/\/[^"]+)"/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`server exited (${code}):\n${log}`)));
  });
  return {
    base,
    process: child,
    kill: () => {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    },
    log: () => log,
  };
}
