import "server-only";
import type { Actor } from "@/lib/workspace/policies";
import { originFromHeaders } from "./answers-loader";
import { databaseUnavailableResponse, isDatabaseUnavailable } from "./db";
import { readJsonBody } from "./json-body";
import { actorFromHeaders } from "./session";
import { statusOf, WorkspaceError } from "./workspace/errors";

// The workspace JSON API's one wrapper: session → actor, same-origin check on writes, bounded JSON bodies,
// workspace refusals → statuses, and nothing the caller sends turns into a 500 with a stack trace.

const noStore = { "Cache-Control": "no-store" } as const;
/** Largest body the workspace API reads: a full set of answers and a title fit many times over. */
export const maxApiBodyBytes = 64 * 1024;

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: noStore });
}

export const noContent = () => new Response(null, { status: 204, headers: noStore });

const errorCodes: Record<WorkspaceError["kind"], string> = {
  unauthenticated: "unauthenticated",
  not_found: "not_found",
  forbidden: "forbidden",
  conflict: "conflict",
  invalid: "invalid_body",
};

function errorResponse(error: WorkspaceError): Response {
  return json({ error: errorCodes[error.kind], message: error.message, ...(error.kind === "invalid" ? { issues: error.issues } : {}) }, statusOf[error.kind]);
}

export interface ApiContext<P> {
  request: Request;
  actor: Actor;
  params: P;
  /** The parsed JSON body (only for routes that read one). */
  body: unknown;
}

/** A refusal → its status; the database away → 503; anything else → a logged 500 with no detail for the caller. */
export function failure(request: Request, error: unknown): Response {
  if (error instanceof WorkspaceError) return errorResponse(error);
  if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
  console.error(`${request.method} ${new URL(request.url).pathname}: failed`, error);
  return json({ error: "internal_error", message: "Something went wrong on our side." }, 500);
}

/** A browser's cross-site write carries a foreign Origin: refused. Scripts without an Origin header are not browsers. */
function crossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  return origin !== null && origin !== originFromHeaders(request.headers);
}

/** Wraps a route handler: `withBody` reads and bounds a JSON body first. */
export function apiRoute<P>(handler: (context: ApiContext<P>) => Promise<Response>, { withBody = false } = {}) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    const started = performance.now();
    const response = await handle(request, route);
    // The handler's own time (session, policy, queries, serialisation), for the bench and for operators.
    response.headers.set("Server-Timing", `app;dur=${(performance.now() - started).toFixed(1)}`);
    return response;
  };

  async function handle(request: Request, route: { params: Promise<P> }): Promise<Response> {
    try {
      const actor = await actorFromHeaders(request.headers);
      if (!actor) return json({ error: "unauthenticated", message: "Sign in first: this API uses the session cookie." }, 401);
      if (request.method !== "GET" && crossSite(request)) return json({ error: "forbidden", message: "Cross-site requests are refused." }, 403);
      let body: unknown = undefined;
      if (withBody) {
        const read = await readJsonBody(request, { maxBytes: maxApiBodyBytes });
        if (!read.ok) {
          const { ok: _ok, status, ...envelope } = read;
          return json(envelope, status);
        }
        body = read.value;
      }
      return await handler({ request, actor, params: await route.params, body });
    } catch (error) {
      return failure(request, error);
    }
  }
}

/** Query parameters as an object of strings, numbers where the schema expects them (`limit`). */
export function queryObject(request: Request, numbers: readonly string[] = []): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    if (key in out) continue;
    out[key] = numbers.includes(key) && /^\d+$/.test(value) ? Number(value) : value;
  }
  return out;
}

/**
 * Wraps a route handler that needs no session (a share link's visitors): the same same-origin check on writes,
 * bounded JSON bodies and refusals → statuses as `apiRoute`, without the sign-in.
 */
export function publicApiRoute<P>(handler: (context: Omit<ApiContext<P>, "actor">) => Promise<Response>, { withBody = false, maxBytes = 16 * 1024 } = {}) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      if (request.method !== "GET" && crossSite(request)) return json({ error: "forbidden", message: "Cross-site requests are refused." }, 403);
      let body: unknown = undefined;
      if (withBody) {
        const read = await readJsonBody(request, { maxBytes });
        if (!read.ok) {
          const { ok: _ok, status, ...envelope } = read;
          return json(envelope, status);
        }
        body = read.value;
      }
      return await handler({ request, params: await route.params, body });
    } catch (error) {
      return failure(request, error);
    }
  };
}
