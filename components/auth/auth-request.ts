/** Posts JSON to one of better-auth's endpoints from the browser (so its rate limits apply) and reads the outcome. */
export interface AuthOutcome {
  ok: boolean;
  status: number;
  message?: string;
  code?: string;
}

export async function postAuth(path: string, body: unknown): Promise<AuthOutcome> {
  try {
    const response = await fetch(`/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    if (response.ok) return { ok: true, status: response.status };
    if (response.status === 429) return { ok: false, status: 429, message: "Too many attempts from here. Wait a minute and try again." };
    const data = (await response.json().catch(() => ({}))) as { message?: unknown; code?: unknown };
    return {
      ok: false,
      status: response.status,
      message: typeof data.message === "string" ? data.message : "Something went wrong. Try again.",
      code: typeof data.code === "string" ? data.code : undefined,
    };
  } catch {
    return { ok: false, status: 0, message: "The server could not be reached. Check your connection and try again." };
  }
}

/** Codes whose message belongs beside the password field rather than above the form. */
export const passwordCodes = new Set(["PASSWORD_REJECTED", "PASSWORD_TOO_SHORT", "PASSWORD_TOO_LONG"]);
