import { describe, expect, it } from "vitest";
import { eventLogLine, requestLogLine, routeForLog } from "@/scripts/request-log.mjs";

describe("routeForLog", () => {
  it.each([
    ["/", "/"],
    ["/results?need=knowledge&budget=high", "/results"],
    ["/s/Q2FuIHlvdSByZWFkIHRoaXM_secret-token-value", "/s/:token"],
    ["/api/share/abcdefghijklmnopqrstuvwxyz012345/comments", "/api/share/:token/comments"],
    ["/api/auth/reset-password/tok_123?callbackURL=/x", "/api/auth/reset-password/:token"],
    ["/shared-snapshot/ck123/4", "/shared-snapshot/:page"],
    ["/r/short/answer", "/r/:token/answer"],
    ["/join/abc", "/join/:token"],
    ["/api/v1/assessments/cmi0x1y2z3a4b5c6d7e8f9g0/votes", "/api/v1/assessments/:id/votes"],
    ["/teams/acme/assessments/0123456789abcdef0123", "/teams/acme/assessments/:id"],
    ["//evil", "//evil"],
    ["*", "(not a path)"],
  ])("%s → %s", (url, route) => {
    expect(routeForLog(url)).toBe(route);
  });

  it("keeps lines short", () => {
    expect(routeForLog(`/${"a/".repeat(500)}`).length).toBe(200);
  });
});

describe("requestLogLine", () => {
  const at = new Date("2026-11-30T12:00:00Z");

  it("is one JSON object with id, method, route, status and duration, levelled by status", () => {
    const line = requestLogLine({ id: "r1", method: "POST", url: "/api/v1/recommend?x=1", status: 200, durationMs: 12.345, at });
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({ time: "2026-11-30T12:00:00.000Z", level: "info", msg: "request", id: "r1", method: "POST", route: "/api/v1/recommend", status: 200, ms: 12.3 });
    expect(JSON.parse(requestLogLine({ id: "r2", method: "GET", url: "/x", status: 404, durationMs: 1, at })).level).toBe("warn");
    expect(JSON.parse(requestLogLine({ id: "r3", method: "GET", url: "/x", status: 503, durationMs: 1, at })).level).toBe("error");
    expect(JSON.parse(requestLogLine({ id: "r4", method: "GET", url: "/x", status: 200, durationMs: 1, aborted: true, at })).msg).toBe("request aborted");
  });

  it("never carries a token or a query", () => {
    const line = requestLogLine({ id: "r", method: "GET", url: "/s/supersecrettokenvalue1234567890?sig=abc", status: 200, durationMs: 1, at });
    expect(line).not.toContain("supersecret");
    expect(line).not.toContain("sig=");
  });
});

describe("eventLogLine", () => {
  it("is a JSON object with the fields given", () => {
    expect(JSON.parse(eventLogLine("draining", { signal: "SIGTERM" }, new Date(0)))).toEqual({ time: "1970-01-01T00:00:00.000Z", level: "info", msg: "draining", signal: "SIGTERM" });
  });
});
