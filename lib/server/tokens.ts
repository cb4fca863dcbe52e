import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A link token: 256 random bits, URL-safe. Shown once; only its hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/** sha256 of the token. A fast hash is enough: the token is random, so there is nothing to guess from it. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token as it may appear in a URL: 43 base64url characters. Anything else is unknown without a lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
