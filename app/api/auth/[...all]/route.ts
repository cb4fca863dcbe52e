import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/server/auth";

// better-auth's own endpoints (sign up, in, out, sessions, password reset), rate-limited per client address.
export async function GET(request: Request): Promise<Response> {
  return toNextJsHandler(await getAuth()).GET(request);
}

export async function POST(request: Request): Promise<Response> {
  return toNextJsHandler(await getAuth()).POST(request);
}
