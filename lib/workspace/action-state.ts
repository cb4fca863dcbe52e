import type { FieldIssue } from "@/lib/validation/validation-error";

/** What a server action hands back to its form: a message, field issues, and anything the form shows once (a new link). */
export type ActionState =
  | { status: "idle" }
  | { status: "ok"; message: string; link?: string }
  | { status: "error"; message: string; issues: readonly FieldIssue[] };

export const idle: ActionState = { status: "idle" };

/** A form's fields (strings) as an object, only those in `only` when given; fields in `numbers` become numbers when they look like one. */
export function formFields(data: FormData, numbers: readonly string[] = [], only?: readonly string[]): Record<string, string | number> {
  const fields: Record<string, string | number> = {};
  for (const [key, value] of data.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || (only && !only.includes(key))) continue;
    fields[key] = numbers.includes(key) && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
  }
  return fields;
}
