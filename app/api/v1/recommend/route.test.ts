import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { architectures, traitKeys, type Traits } from "@/lib/decision";
import { makeTraits } from "@/tests/fixtures/traits";
import { traitsArbitrary } from "@/tests/fixtures/traits-arbitrary";
import { POST } from "./route";

const url = "http://localhost/api/v1/recommend";

/** Any complete, valid answers: most tests only need a body the schema accepts. */
const validTraits: Traits = makeTraits();

let ipCounter = 0;
/** Each test call gets its own client address unless told otherwise, so rate limiting stays out of the way. */
function freshIp(): string {
  ipCounter += 1;
  return `192.0.2.${ipCounter % 250}-${ipCounter}`;
}

function post(
  body: BodyInit | null,
  headers: Record<string, string> = {},
  ip: string = freshIp(),
): Promise<Response> {
  return POST(
    new Request(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-client-address": ip, ...headers },
      body,
    }),
  );
}

async function errorBody(response: Response): Promise<{ error: string; issues?: { path: string; message: string }[] }> {
  return (await response.json()) as { error: string; issues?: { path: string; message: string }[] };
}

describe("POST /api/v1/recommend", () => {
  it("answers 200 with the Recommendation for valid traits", async () => {
    const response = await post(JSON.stringify(validTraits));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      engineVersion: expect.stringMatching(/^1\.\d+\.\d+/),
      recommendation: {
        architecture: expect.toBeOneOf([...architectures]),
        confidence: expect.any(Number),
        runnerUp: expect.toBeOneOf([...architectures]),
        summary: expect.any(String),
      },
      scores: Object.fromEntries(architectures.map((a) => [a, expect.any(Number)])),
      factors: expect.any(Array),
      flips: expect.any(Array),
      roleProfile: { primaryRole: expect.any(String), roles: expect.any(Array), warnings: expect.any(Array) },
    });
  });

  it("takes an unsure list: answers left out take their planning defaults, and the response says what each would change", async () => {
    const { latency: _latency, monthlyQueries: _queries, ...rest } = validTraits;
    const response = await post(JSON.stringify({ ...rest, unsure: ["latency", "monthlyQueries"] }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { unsure: { trait: string; assumed: unknown }[]; confidenceBasis: { unsureCount: number }; approaches: unknown[] };
    expect(body.unsure.map((u) => [u.trait, u.assumed]).sort()).toEqual([
      ["latency", "interactive"],
      ["monthlyQueries", 100_000],
    ]);
    expect(body.confidenceBasis.unsureCount).toBe(2);
    expect(body.approaches).toEqual(expect.any(Array));
  });

  it("takes the optional team answers: no engineers means no role is trained; bad values are named by field", async () => {
    const skilled = { ...validTraits, teamSkills: ["retrieval", "vector_databases", "evaluation"], timeToShip: "months" };
    type Body = { roleProfile: { roles: { role: string; sourcing: string }[] } };
    const decisions = async (body: object) => {
      const response = await post(JSON.stringify(body));
      expect(response.status).toBe(200);
      return ((await response.json()) as Body).roleProfile.roles.map((role) => role.sourcing);
    };
    expect(await decisions(skilled)).toContain("train");
    expect(await decisions({ ...skilled, teamSize: 0, engineeringStrength: "strong" })).not.toContain("train");
    const bad = await post(JSON.stringify({ ...validTraits, teamSize: 2.5, engineeringStrength: "heroic" }));
    expect(bad.status).toBe(400);
    expect((await errorBody(bad)).issues?.map((issue) => issue.path)).toEqual(["teamSize", "engineeringStrength"]);
  });

  it("answers 400 at the unsure field for a key that cannot be unsure", async () => {
    const response = await post(JSON.stringify({ ...validTraits, unsure: ["need"] }));
    expect(response.status).toBe(400);
    const body = await errorBody(response);
    expect(body.error).toBe("invalid_traits");
    expect(body.issues?.[0]?.path).toMatch(/^unsure/);
  });

  it("gives the same answer as the engine for knowledge-heavy, fast-changing, cited traits: RAG", async () => {
    const response = await post(JSON.stringify(makeTraits({ need: "knowledge", knowledgeChange: "daily", citations: "required" })));
    const body = (await response.json()) as { recommendation: { architecture: string } };
    expect(["rag", "hybrid"]).toContain(body.recommendation.architecture);
  });

  it("accepts a charset parameter and +json media types", async () => {
    for (const type of ["application/json; charset=utf-8", "application/vnd.api+json"]) {
      const response = await post(JSON.stringify(validTraits), { "content-type": type });
      expect(response.status).toBe(200);
    }
  });

  it("answers 400 invalid_traits with the field path of a bad value", async () => {
    const response = await post(JSON.stringify({ ...validTraits, latency: "instant" }));
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await errorBody(response);
    expect(body.error).toBe("invalid_traits");
    expect(body.issues).toEqual([{ path: "latency", message: expect.any(String) }]);
  });

  it("names a missing field and a nested array element", async () => {
    const { need: _need, ...withoutNeed } = validTraits;
    const missing = await errorBody(await post(JSON.stringify(withoutNeed)));
    expect(missing.issues?.map((issue) => issue.path)).toEqual(["need"]);
    const nested = await errorBody(await post(JSON.stringify({ ...validTraits, teamSkills: ["retrieval", "juggling"] })));
    expect(nested.issues?.map((issue) => issue.path)).toEqual(["teamSkills.1"]);
  });

  it.each([
    ["null", "null"],
    ["an array", "[]"],
    ["a number", "42"],
    ["a string", '"traits"'],
    ["an empty object", "{}"],
    ["a prototype-pollution key", JSON.stringify({ ...validTraits, __proto__: { isAdmin: true } }).replace('"need"', '"__proto__":{"x":1},"need"')],
    ["a constructor key", JSON.stringify({ ...validTraits, constructor: { prototype: { x: 1 } } })],
  ])("answers 400 invalid_traits for %s", async (_label, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect((await errorBody(response)).error).toBe("invalid_traits");
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("reports a __proto__ key as an unknown field instead of touching prototypes", async () => {
    const body = JSON.stringify(validTraits).replace("{", '{"__proto__":{"polluted":true},');
    const envelope = await errorBody(await post(body));
    expect(envelope.error).toBe("invalid_traits");
    expect(envelope.issues).toEqual([{ path: expect.any(String), message: expect.stringContaining("__proto__") }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ["malformed JSON", '{"need": '],
    ["an empty body", ""],
    ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0x7d])],
  ])("answers 400 invalid_json for %s", async (_label, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const envelope = await errorBody(response);
    expect(envelope.error).toBe("invalid_json");
    expect(envelope.issues).toEqual([{ path: "", message: expect.any(String) }]);
  });

  it("answers 400 invalid_json for a missing body", async () => {
    const response = await post(null);
    expect(response.status).toBe(400);
    expect((await errorBody(response)).error).toBe("invalid_json");
  });

  it("answers 400, not 500, for deeply nested JSON", async () => {
    const depth = 8000;
    const response = await post(`{"teamSkills":${"[".repeat(depth)}${"]".repeat(depth)}}`);
    expect(response.status).toBe(400);
  });

  it("answers 413 from a Content-Length over 16 KiB, without reading", async () => {
    const response = await post(JSON.stringify(validTraits), { "content-length": "16385" });
    expect(response.status).toBe(413);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await errorBody(response)).error).toBe("payload_too_large");
  });

  it("answers 413 for a streamed body over 16 KiB without Content-Length", async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024;
        controller.enqueue(new Uint8Array(1024).fill(0x20)); // endless whitespace
      },
    });
    const init = {
      method: "POST",
      headers: { "content-type": "application/json", "x-client-address": freshIp() },
      body: stream,
      duplex: "half",
    };
    const request = new Request(url, init as RequestInit);
    expect(request.headers.get("content-length")).toBeNull();
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect((await errorBody(response)).error).toBe("payload_too_large");
    expect(sent).toBeLessThan(64 * 1024);
  });

  it("accepts a body of exactly 16 KiB", async () => {
    const json = JSON.stringify(validTraits);
    const padded = json + " ".repeat(16_384 - new TextEncoder().encode(json).byteLength);
    expect((await post(padded)).status).toBe(200);
    expect((await post(padded + " ")).status).toBe(413);
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1"])(
    "answers 415 for %s",
    async (type) => {
      const response = await post(JSON.stringify(validTraits), { "content-type": type });
      expect(response.status).toBe(415);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect((await errorBody(response)).error).toBe("unsupported_media_type");
    },
  );

  it("answers 415 without a content type", async () => {
    const response = await POST(new Request(url, { method: "POST", body: new Blob([JSON.stringify(validTraits)]) }));
    expect(response.status).toBe(415);
  });

  describe("rate limiting", () => {
    // lib/server/env reads RATE_LIMIT_DISABLED once, when it loads: each case loads the route afresh with the
    // switch as it wants it (the statically imported POST above keeps whatever this process started with).
    async function routeWithRateLimitDisabled(value: string): Promise<(body: string, ip: string) => Promise<Response>> {
      vi.stubEnv("RATE_LIMIT_DISABLED", value);
      vi.resetModules();
      const route = await import("./route");
      return (body, ip) =>
        route.POST(new Request(url, { method: "POST", headers: { "content-type": "application/json", "x-client-address": ip }, body }));
    }
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.resetModules();
    });

    it("answers 429 with Retry-After after 600 requests a minute from one address", async () => {
      const send = await routeWithRateLimitDisabled("");
      const ip = "198.51.100.77";
      for (let i = 0; i < 600; i += 1) {
        const response = await send("{}", ip); // cheap 400s still count
        expect(response.status).toBe(400);
      }
      const limited = await send(JSON.stringify(validTraits), ip);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(limited.headers.get("cache-control")).toBe("no-store");
      expect((await errorBody(limited)).error).toBe("rate_limited");
      // Another client is unaffected.
      expect((await send(JSON.stringify(validTraits), "198.51.100.78")).status).toBe(200);
    });

    it("does not throttle when RATE_LIMIT_DISABLED=1", async () => {
      const send = await routeWithRateLimitDisabled("1");
      const ip = "198.51.100.79";
      for (let i = 0; i < 650; i += 1) expect((await send("{}", ip)).status).toBe(400);
    });
  });

  describe("never answers 500", () => {
    const validTraitsArb = traitsArbitrary;

    /** Valid traits with one field replaced by any JSON value, or dropped, or an extra key added. */
    const mutatedTraitsArb = fc.oneof(
      fc
        .tuple(validTraitsArb, fc.constantFrom(...traitKeys), fc.jsonValue())
        .map(([traits, key, value]) => ({ ...traits, [key]: value })),
      fc.tuple(validTraitsArb, fc.constantFrom(...traitKeys)).map(([traits, key]) => {
        const copy: Record<string, unknown> = { ...traits };
        delete copy[key];
        return copy;
      }),
      fc.tuple(validTraitsArb, fc.string(), fc.jsonValue()).map(([traits, key, value]) => {
        const copy: Record<string, unknown> = { ...traits };
        Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
        return copy;
      }),
    );

    const bodyArb = fc.oneof(
      fc.json(),
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.uint8Array({ maxLength: 256 }),
      mutatedTraitsArb.map((value) => JSON.stringify(value)),
    );

    it("answers 200 or 400 for any body", async () => {
      await fc.assert(
        fc.asyncProperty(bodyArb, async (body) => {
          const response = await post(typeof body === "string" ? body : new Uint8Array(body));
          expect([200, 400, 413]).toContain(response.status);
          if (typeof body === "string" && new TextEncoder().encode(body).byteLength <= 16_384) {
            expect([200, 400]).toContain(response.status);
          }
          const envelope = (await response.json()) as Record<string, unknown>;
          if (response.status === 400) expect(["invalid_json", "invalid_traits"]).toContain(envelope.error);
        }),
        { numRuns: 400 },
      );
    });

    it("answers 200 for any valid traits", async () => {
      await fc.assert(
        fc.asyncProperty(validTraitsArb, async (traits) => {
          const response = await post(JSON.stringify(traits));
          expect(response.status).toBe(200);
          const body = (await response.json()) as { recommendation: { architecture: string } };
          expect(architectures).toContain(body.recommendation.architecture);
        }),
        { numRuns: 100 },
      );
    });
  });
});
