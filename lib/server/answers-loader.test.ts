import { beforeEach, describe, expect, test, vi } from "vitest";
import { recommend } from "@/lib/decision/recommend";
import { traitsToSearchParams } from "@/lib/decision/traits-query-string";
import type { Flip } from "@/lib/decision/types";
import { paths } from "@/lib/paths";
import { ragTraits } from "@/tests/fixtures/traits";
import { BoundedCache, canonicalQuery, forgetRecentAnswers, loadPlan, loadResults, originFromHeaders, toUrlSearchParams, type SearchParamsRecord } from "./answers-loader";

// The real engine, watched: each load must run it exactly once.
vi.mock("@/lib/decision/recommend", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/decision/recommend")>();
  return { ...actual, recommend: vi.fn(actual.recommend) };
});

// React memoizes `cache` per server request (outside one it only passes calls through): here each test is one request.
const request = vi.hoisted(() => ({ memo: new Map<object, Map<unknown, unknown>>() }));
vi.mock("react", async (importOriginal) => {
  const actual = await importOriginal<typeof import("react")>();
  function cache<A, R>(fn: (arg: A) => R): (arg: A) => R {
    const id = {};
    return (arg) => {
      const memo = request.memo.get(id) ?? new Map<unknown, unknown>();
      request.memo.set(id, memo);
      if (!memo.has(arg)) memo.set(arg, fn(arg));
      return memo.get(arg) as R;
    };
  }
  return { ...actual, cache };
});

const engine = vi.mocked(recommend);

/** Next's searchParams object for a set of traits. */
function record(params: URLSearchParams): SearchParamsRecord {
  return Object.fromEntries(params);
}

beforeEach(() => {
  request.memo = new Map();
  forgetRecentAnswers();
  engine.mockClear();
});

describe("loadResults", () => {
  test("valid answers give the traits and the engine's recommendation, from one engine run", () => {
    const loaded = loadResults(traitsToSearchParams(ragTraits));
    expect(engine).toHaveBeenCalledTimes(1);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.traits).toEqual(ragTraits);
    expect(loaded.result).toBe(engine.mock.results[0]?.value);
    expect(loaded.whatIf).toBeUndefined();
  });

  test("Next's searchParams object and URLSearchParams read the same; a repeated key counts its first value", () => {
    const params = traitsToSearchParams(ragTraits);
    const fromRecord = loadResults({ ...record(params), latency: [ragTraits.latency, "strict"] });
    params.append("latency", "strict");
    const fromParams = loadResults(params);
    expect(fromRecord).toEqual(fromParams);
    expect(fromRecord.ok && fromRecord.traits.latency).toBe(ragTraits.latency);
  });

  test("invalid answers list each issue with the raw value from the link; missing ones have none", () => {
    const params = traitsToSearchParams(ragTraits);
    params.set("latency", "warp");
    params.delete("citations");
    const loaded = loadResults(params);
    expect(engine).not.toHaveBeenCalled();
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.anyGiven).toBe(true);
    expect(loaded.issues.find((issue) => issue.path === "latency")).toMatchObject({ given: "warp" });
    const missing = loaded.issues.find((issue) => issue.path === "citations");
    expect(missing).toBeDefined();
    expect(missing).not.toHaveProperty("given");
  });

  test("a link with no answers at all says so", () => {
    const loaded = loadResults({ utm_source: "mail" });
    expect(loaded).toMatchObject({ ok: false, anyGiven: false });
  });

  test("a flip's link opens as a what-if of the original answers", () => {
    const flip: Flip = { trait: "latency", to: "strict", architecture: "fine_tuning" };
    const loaded = loadResults(new URL(paths.whatIf(ragTraits, flip), "http://localhost").searchParams);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.traits.latency).toBe("strict");
    expect(loaded.whatIf).toEqual({ trait: "latency", from: ragTraits.latency, to: "strict", original: ragTraits });
  });

  test("a what-if marker that changes nothing, or names no trait, is ignored", () => {
    const same = traitsToSearchParams(ragTraits);
    same.set("whatIf", "latency");
    same.set("was", ragTraits.latency);
    const unknown = traitsToSearchParams(ragTraits);
    unknown.set("whatIf", "colour");
    unknown.set("was", "blue");
    for (const params of [same, unknown]) {
      const loaded = loadResults(params);
      expect(loaded.ok && loaded.whatIf).toBeUndefined();
    }
  });
});

describe("loadPlan", () => {
  test("valid answers give the recommendation, the hiring plan and a kit per role, from one engine run", () => {
    const loaded = loadPlan(record(traitsToSearchParams(ragTraits)));
    expect(engine).toHaveBeenCalledTimes(1);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.result).toBe(engine.mock.results[0]?.value);
    expect(loaded.plan.architecture).toBe(loaded.result.recommendation.architecture);
    expect(loaded.kits.map((kit) => kit.role)).toEqual(loaded.plan.roles.map((role) => role.role));
    for (const kit of loaded.kits) {
      const slug = kit.role.replace(/_/g, "-");
      expect(kit.jobDescription.filename).toBe(`job-description-${slug}.md`);
      expect(kit.scorecard.filename).toBe(`interview-scorecard-${slug}.md`);
      expect(kit.jobDescription.markdown.length).toBeGreaterThan(0);
      expect(kit.scorecard.markdown.length).toBeGreaterThan(0);
    }
  });

  test("invalid answers give the issues with the raw value, and no engine run", () => {
    const loaded = loadPlan({ ...record(traitsToSearchParams(ragTraits)), monthlyQueries: "lots" });
    expect(engine).not.toHaveBeenCalled();
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.anyGiven).toBe(true);
    expect(loaded.issues).toEqual([expect.objectContaining({ path: "monthlyQueries", given: "lots" })]);
  });
});

describe("one request", () => {
  test("metadata and page share one engine run, whatever the order of the answers in the link", () => {
    const params = traitsToSearchParams(ragTraits);
    const reversed = new URLSearchParams([...params].reverse());
    const forMetadata = loadPlan(record(params));
    const forPage = loadPlan(record(reversed));
    const forResults = loadResults(params);
    expect(engine).toHaveBeenCalledTimes(1);
    expect(forPage).toBe(forMetadata);
    if (!forMetadata.ok || !forResults.ok) throw new Error("valid answers did not load");
    expect(forResults.result).toBe(forMetadata.result);
  });

  test("different answers are scored separately", () => {
    loadResults(traitsToSearchParams(ragTraits));
    loadResults(traitsToSearchParams({ ...ragTraits, latency: "strict" }));
    expect(engine).toHaveBeenCalledTimes(2);
  });
});

describe("toUrlSearchParams", () => {
  test("keeps one value per key, the first, and drops keys without a value", () => {
    const params = toUrlSearchParams({ a: ["1", "2"], b: "3", c: undefined });
    expect(params.toString()).toBe("a=1&b=3");
    expect(toUrlSearchParams(new URLSearchParams("a=1&a=2&b=3")).toString()).toBe("a=1&b=3");
  });
});

describe("originFromHeaders", () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  test("uses the forwarded host and protocol a proxy reports", () => {
    expect(originFromHeaders(headers({ host: "10.0.0.5:3000", "x-forwarded-host": "plan.example.com, proxy", "x-forwarded-proto": "https" }))).toBe(
      "https://plan.example.com",
    );
  });

  test("assumes http on a local host and https elsewhere", () => {
    expect(originFromHeaders(headers({ host: "localhost:3000" }))).toBe("http://localhost:3000");
    expect(originFromHeaders(headers({ host: "plan.example.com" }))).toBe("https://plan.example.com");
  });

  test("falls back when the host is missing or malformed", () => {
    expect(originFromHeaders(headers({}))).toBe("http://localhost");
    expect(originFromHeaders(headers({ host: "evil.com/<script>" }), "http://127.0.0.1:3000")).toBe("http://127.0.0.1:3000");
  });
});

describe("canonicalQuery and the bounded cache", () => {
  test("keys a link by the answers it carries, in any order, ignoring other parameters", () => {
    const params = traitsToSearchParams(ragTraits);
    const reversed = new URLSearchParams([...params].reverse());
    reversed.set("utm_source", "mail");
    expect(canonicalQuery(reversed)).toBe(canonicalQuery(params));
    expect(canonicalQuery(params)).not.toBe(canonicalQuery(traitsToSearchParams({ ...ragTraits, latency: "strict" })));
  });

  test("keeps the answers marked unsure in the key: the same answers with and without them are different results", async () => {
    const plain = traitsToSearchParams(ragTraits);
    const unsure = traitsToSearchParams({ ...ragTraits, unsure: ["monthlyQueries"] });
    expect(canonicalQuery(unsure)).not.toBe(canonicalQuery(plain));
    const first = loadResults(plain);
    const second = loadResults(unsure);
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) {
      expect(first.result.unsure ?? []).toEqual([]);
      expect(second.result.unsure?.map((entry) => entry.trait)).toEqual(["monthlyQueries"]);
    }
  });

  test("returns the kept value for a key and stays within its bound, dropping the least recently used", () => {
    const made: string[] = [];
    const cache = new BoundedCache<string>(2);
    const make = (key: string) => {
      made.push(key);
      return key.toUpperCase();
    };
    expect(cache.get("a", make)).toBe("A");
    expect(cache.get("b", make)).toBe("B");
    expect(cache.get("a", make)).toBe("A");
    expect(cache.get("c", make)).toBe("C");
    expect(cache.size).toBe(2);
    expect(cache.get("a", make)).toBe("A");
    expect(cache.get("b", make)).toBe("B");
    expect(made).toEqual(["a", "b", "c", "b"]);
  });

  test("a second request with the same answers, in another order, reuses the first one's engine run and plan", () => {
    const first = loadPlan(record(traitsToSearchParams(ragTraits)));
    request.memo = new Map();
    const second = loadPlan(record(new URLSearchParams([...traitsToSearchParams(ragTraits)].reverse())));
    expect(second).toBe(first);
    expect(engine).toHaveBeenCalledTimes(1);
  });
});
