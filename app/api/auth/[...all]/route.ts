import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/server/auth";
import { databaseUnavailableResponse, isDatabaseUnavailable } from "@/lib/server/db";

// better-auth's own endpoints (sign up, in, out, sessions, password reset), rate-limited per client address.
// With the database away they answer 503 like every other route (never a 500 with a stack).
async function handle(request: Request, method: "GET" | "POST"): Promise<Response> {
  try {
    return await toNextJsHandler(await getAuth())[method](request);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
    console.error(`${method} /api/auth: failed`, error);
    return Response.json({ error: "internal_error", message: "Something went wrong on our side." }, { status: 500, headers: { "Cache-Control": "no-store" } });
  }
}

export const GET = (request: Request): Promise<Response> => handle(request, "GET");
export const POST = (request: Request): Promise<Response> => handle(request, "POST");
