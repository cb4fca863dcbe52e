// One JSON line per request (pure formatting; scripts/serve.mjs writes it): a request id, method, route,
// status and duration. No query strings, no bodies, no headers, and no secret that travels in a path: share-link
// answer-request, invitation and password-reset tokens, kept-page keys and anything that looks like a token are
// replaced by placeholders.

const tokenRoutes = [
  [/^\/s\/[^/]+/, "/s/:token"],
  [/^\/api\/share\/[^/]+/, "/api/share/:token"],
  [/^\/api\/auth\/reset-password\/[^/]+/, "/api/auth/reset-password/:token"],
  [/^\/shared-snapshot\/.*/, "/shared-snapshot/:page"],
  [/^\/r\/[^/]+/, "/r/:token"],
  [/^\/join\/[^/]+/, "/join/:token"],
];

/** Long opaque segments (ids, tokens): any run of 20+ URL-safe characters, or 16+ hex digits. */
const opaque = /^(?:[A-Za-z0-9_-]{20,}|[0-9a-f]{16,})$/;

/** The path to log for a request target: no query, token segments replaced, at most 200 characters. */
export function routeForLog(url) {
  // The request target as sent (not resolved against a base: "//host" stays a path), without query or fragment.
  let path = (url ?? "/").split(/[?#]/)[0] || "/";
  if (!path.startsWith("/")) path = "(not a path)";
  for (const [pattern, replacement] of tokenRoutes) {
    if (pattern.test(path)) {
      path = path.replace(pattern, replacement);
      break;
    }
  }
  const segments = path.split("/").map((segment) => (opaque.test(segment) ? ":id" : segment));
  return segments.join("/").slice(0, 200);
}

/** The log line (a JSON string, no newline) for one finished request. */
export function requestLogLine({ id, method, url, status, durationMs, aborted = false, at = new Date() }) {
  return JSON.stringify({
    time: at.toISOString(),
    level: status >= 500 ? "error" : status >= 400 ? "warn" : "info",
    msg: aborted ? "request aborted" : "request",
    id,
    method,
    route: routeForLog(url),
    status,
    ms: Math.round(durationMs * 10) / 10,
  });
}

/** An operational event (start, drain, stop) as a JSON line. */
export function eventLogLine(msg, fields = {}, at = new Date()) {
  return JSON.stringify({ time: at.toISOString(), level: "info", msg, ...fields });
}
