import "server-only";

/** One problem with the body, in the same shape as the engine's field issues ("" = the body as a whole). */
export interface BodyIssue {
  path: string;
  message: string;
}

export type JsonBodyError =
  | { status: 415; error: "unsupported_media_type"; message: string }
  | { status: 413; error: "payload_too_large"; message: string; maxBytes: number }
  | { status: 400; error: "invalid_json"; issues: BodyIssue[] };

export type JsonBodyResult = { ok: true; value: unknown; bytes: number } | ({ ok: false } & JsonBodyError);

export interface ReadJsonBodyOptions {
  /** Largest accepted body, in bytes (after any transfer decoding). */
  maxBytes: number;
}

/** 16 KiB: the v1 contract's body limit for POST /api/v1/recommend. */
export const defaultMaxJsonBytes = 16 * 1024;

/**
 * True for `application/json` and `application/<anything>+json`, with optional parameters;
 * a `charset` parameter, when present, must be UTF-8 (the only encoding JSON may use between systems).
 */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  const [mediaType = "", ...parameters] = header.split(";");
  const type = mediaType.trim().toLowerCase();
  if (type !== "application/json" && !/^application\/[a-z0-9!#$&^_.-]+\+json$/.test(type)) return false;
  for (const parameter of parameters) {
    const separator = parameter.indexOf("=");
    if (separator === -1) continue;
    const name = parameter.slice(0, separator).trim().toLowerCase();
    const value = parameter
      .slice(separator + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .toLowerCase();
    if (name === "charset" && value !== "utf-8" && value !== "utf8") return false;
  }
  return true;
}

const tooLarge = (maxBytes: number): JsonBodyResult => ({
  ok: false,
  status: 413,
  error: "payload_too_large",
  message: `The body is larger than ${maxBytes} bytes.`,
  maxBytes,
});

const invalidJson = (message: string): JsonBodyResult => ({
  ok: false,
  status: 400,
  error: "invalid_json",
  issues: [{ path: "", message }],
});

/**
 * Reads a request body as JSON without ever buffering more than `maxBytes`:
 * checks the content type (415), rejects a declared Content-Length over the limit before reading (413),
 * counts bytes while streaming so chunked bodies are cut off too (413), then decodes strict UTF-8 and
 * parses (400 `invalid_json`). Never throws: every failure is a typed result.
 */
export async function readJsonBody(request: Request, options: ReadJsonBodyOptions): Promise<JsonBodyResult> {
  const { maxBytes } = options;
  try {
    if (!isJsonContentType(request.headers.get("content-type"))) {
      return {
        ok: false,
        status: 415,
        error: "unsupported_media_type",
        message: "Send the body as JSON, with Content-Type: application/json.",
      };
    }

    const declared = request.headers.get("content-length");
    if (declared !== null) {
      const length = Number(declared.trim());
      if (Number.isFinite(length) && length > maxBytes) return tooLarge(maxBytes);
    }

    const read = await readLimited(request, maxBytes);
    if (read === "too_large") return tooLarge(maxBytes);
    if (read === "unreadable") return invalidJson("The body could not be read.");

    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(read);
    } catch {
      return invalidJson("The body is not valid UTF-8.");
    }
    if (text.trim() === "") return invalidJson("The body is empty; send the traits as a JSON object.");

    try {
      return { ok: true, value: JSON.parse(text) as unknown, bytes: read.byteLength };
    } catch (error) {
      const detail = error instanceof SyntaxError ? ` ${error.message}` : "";
      return invalidJson(`The body is not valid JSON.${detail}`);
    }
  } catch {
    // Defensive: nothing a client sends should turn into a server error.
    return invalidJson("The body could not be read.");
  }
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | "too_large" | "unreadable"> {
  if (request.body === null) return new Uint8Array(0);
  if (request.bodyUsed) return "unreadable";

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Stop the upload: release what we hold and tell the source we will read no more.
        chunks.length = 0;
        void reader.cancel().catch(() => undefined);
        return "too_large";
      }
      chunks.push(value);
    }
  } catch {
    return "unreadable";
  } finally {
    try {
      reader.releaseLock();
    } catch {
      // Already released or cancelled.
    }
  }

  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
