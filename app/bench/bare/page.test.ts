import { isValidElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";

// The page reads the BENCH_ROUTES switch through lib/server/env, parsed once when the module loads:
// each case sets process.env, then loads the page afresh.
async function loadPage(benchRoutes: string | undefined) {
  vi.stubEnv("BENCH_ROUTES", benchRoutes);
  vi.resetModules();
  return (await import("./page")).default;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("/bench/bare", () => {
  it.each([undefined, "0"])("is not found when BENCH_ROUTES is %j (the production default)", async (value) => {
    const BareBenchPage = await loadPage(value);
    // notFound() throws Next's 404 signal, which the framework turns into the not-found page.
    expect(() => BareBenchPage()).toThrow(expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" }));
  });

  it("renders when BENCH_ROUTES is on", async () => {
    const BareBenchPage = await loadPage("1");
    expect(isValidElement(BareBenchPage())).toBe(true);
  });
});
