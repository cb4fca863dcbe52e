import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/workspace/policies";
import { paths } from "@/lib/paths";
import { getAuth } from "./auth";

/** The signed-in user behind these request headers, or null. The one way a page or handler learns who asks. */
export async function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return { userId: session.user.id, name: session.user.name, email: session.user.email };
}

/** The current page's actor (once per request). */
export const currentActor = cache(async (): Promise<Actor | null> => actorFromHeaders(await headers()));

/** The current actor, or a redirect to sign in that comes back to `returnTo`. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(paths.signIn(returnTo));
  return actor;
}
