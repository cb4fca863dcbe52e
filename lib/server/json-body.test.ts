import { describe, expect, it } from "vitest";
import { isJsonContentType, readJsonBody } from "./json-body";

const url = "http://localhost/api/test";

function post(body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }): Request {
  return new Request(url, { method: "POST", headers, body });
}

/** A body stream without Content-Length; `endless` never finishes on its own. */
function streamed(chunk: Uint8Array, chunks: number | "endless"): { request: Request; pulls: () => number; cancelled: () => boolean } {
  let pulls = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls += 1;
      if (chunks !== "endless" && pulls > chunks) controller.close();
      else controller.enqueue(chunk);
    },
    cancel() {
      cancelled = true;
    },
  });
  const init = { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" };
  return { request: new Request(url, init as RequestInit), pulls: () => pulls, cancelled: () => cancelled };
}

describe("isJsonContentType", () => {
  it.each([
    ["application/json", true],
    ["Application/JSON", true],
    ["application/json; charset=utf-8", true],
    ['application/json; charset="UTF-8"', true],
    ["application/problem+json", true],
    ["application/vnd.api+json; charset=utf-8", true],
    ["application/json; charset=latin1", false],
    ["text/plain", false],
    ["text/json", false],
    ["application/x-www-form-urlencoded", false],
    ["multipart/form-data; boundary=x", false],
    ["application/jsonp", false],
    ["", false],
  ])("%s → %s", (header, expected) => {
    expect(isJsonContentType(header)).toBe(expected);
  });

  it("rejects a missing header", () => {
    expect(isJsonContentType(null)).toBe(false);
  });
});

describe("readJsonBody", () => {
  const maxBytes = 64;

  it("parses a JSON body", async () => {
    const result = await readJsonBody(post('{"a":[1,2]}'), { maxBytes });
    expect(result).toEqual({ ok: true, value: { a: [1, 2] }, bytes: 11 });
  });

  it("parses JSON scalars and null as values (validation is the caller's job)", async () => {
    for (const [text, value] of [["null", null], ["3", 3], ['"x"', "x"], ["[]", []]] as const) {
      const result = await readJsonBody(post(text), { maxBytes });
      expect(result).toMatchObject({ ok: true, value });
    }
  });

  it("answers 415 for a non-JSON content type, before reading", async () => {
    const result = await readJsonBody(post("{}", { "content-type": "text/plain" }), { maxBytes });
    expect(result).toMatchObject({ ok: false, status: 415, error: "unsupported_media_type" });
  });

  it("answers 415 without a content type", async () => {
    const result = await readJsonBody(new Request(url, { method: "POST", body: new Uint8Array([123, 125]) }), { maxBytes });
    expect(result).toMatchObject({ ok: false, status: 415 });
  });

  it("answers 413 from a declared Content-Length over the limit", async () => {
    const result = await readJsonBody(post("{}", { "content-type": "application/json", "content-length": "65" }), { maxBytes });
    expect(result).toMatchObject({ ok: false, status: 413, error: "payload_too_large", maxBytes });
  });

  it("accepts a body of exactly the limit", async () => {
    const body = `"${"a".repeat(maxBytes - 2)}"`;
    const result = await readJsonBody(post(body), { maxBytes });
    expect(result).toMatchObject({ ok: true, bytes: maxBytes });
  });

  it("answers 413 for an oversized body that declares a small length", async () => {
    const body = `"${"a".repeat(maxBytes)}"`;
    const result = await readJsonBody(post(body, { "content-type": "application/json", "content-length": "2" }), { maxBytes });
    expect(result).toMatchObject({ ok: false, status: 413 });
  });

  it("counts multi-byte characters as bytes, not characters", async () => {
    const body = `"${"é".repeat(40)}"`; // 42 characters, 82 bytes
    const result = await readJsonBody(post(body), { maxBytes });
    expect(result).toMatchObject({ ok: false, status: 413 });
  });

  it("cuts off a streamed body without Content-Length once it passes the limit", async () => {
    const { request, pulls, cancelled } = streamed(new Uint8Array(16).fill(32), "endless");
    const result = await readJsonBody(request, { maxBytes });
    expect(result).toMatchObject({ ok: false, status: 413 });
    expect(pulls()).toBeLessThan(10);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cancelled()).toBe(true);
  });

  it("reads a streamed body under the limit", async () => {
    const { request } = streamed(new TextEncoder().encode(" 1 "), 3);
    const result = await readJsonBody(request, { maxBytes });
    expect(result).toMatchObject({ ok: false, status: 400 }); // " 1  1  1 " is not one JSON value
    const single = streamed(new TextEncoder().encode('{"a":1}'), 1);
    expect(await readJsonBody(single.request, { maxBytes })).toMatchObject({ ok: true, value: { a: 1 } });
  });

  it.each([
    ["an empty body", ""],
    ["whitespace", "  \n"],
    ["malformed JSON", "{"],
    ["a trailing comma", '{"a":1,}'],
    ["single quotes", "{'a':1}"],
  ])("answers invalid_json for %s", async (_label, body) => {
    const result = await readJsonBody(post(body), { maxBytes });
    expect(result).toMatchObject({ ok: false, status: 400, error: "invalid_json", issues: [{ path: "" }] });
  });

  it("answers invalid_json for a missing body", async () => {
    const result = await readJsonBody(post(null), { maxBytes });
    expect(result).toMatchObject({ ok: false, status: 400, error: "invalid_json" });
  });

  it("answers invalid_json for invalid UTF-8", async () => {
    const result = await readJsonBody(post(new Uint8Array([0x22, 0xff, 0xfe, 0x22])), { maxBytes });
    expect(result).toMatchObject({ ok: false, status: 400, error: "invalid_json" });
    if (!result.ok && result.status === 400) expect(result.issues[0]?.message).toMatch(/UTF-8/);
  });

  it("answers invalid_json for a body already consumed", async () => {
    const request = post("{}");
    await request.text();
    expect(await readJsonBody(request, { maxBytes })).toMatchObject({ ok: false, status: 400 });
  });

  it("answers invalid_json when the stream errors", async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error("connection reset"));
      },
    });
    const init = { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" };
    expect(await readJsonBody(new Request(url, init as RequestInit), { maxBytes })).toMatchObject({ ok: false, status: 400 });
  });

  it("keeps __proto__ as a plain own key (no prototype pollution)", async () => {
    const result = await readJsonBody(post('{"__proto__":{"polluted":true}}'), { maxBytes });
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("parses deeply nested JSON without overflowing the stack", async () => {
    const depth = 8000;
    const result = await readJsonBody(post("[".repeat(depth) + "]".repeat(depth)), { maxBytes: 16_384 });
    expect(result.ok).toBe(true);
  });
});
