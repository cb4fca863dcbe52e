import { afterEach, describe, expect, it, vi } from "vitest";

// The handler reads the BENCH_ROUTES switch through lib/server/env, parsed once when the module loads:
// each case sets process.env, then loads the route afresh.
async function loadRoute(benchRoutes: string | undefined) {
  vi.stubEnv("BENCH_ROUTES", benchRoutes);
  vi.resetModules();
  return import("./route");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("GET /api/bench/constant", () => {
  it.each([undefined, "", "0", "false"])("answers 404 when BENCH_ROUTES is %j (the production default)", async (value) => {
    const { GET } = await loadRoute(value);
    const response = GET();
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("");
  });

  it.each(["1", "true"])("answers the constant JSON when BENCH_ROUTES is %j", async (value) => {
    const { GET } = await loadRoute(value);
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true });
  });
});
