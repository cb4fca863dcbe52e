import { apiRoute, noContent } from "@/lib/server/api";
import { markNotificationsRead } from "@/lib/server/workspace/activity";
import { notificationReadInput, parseInput } from "@/lib/workspace/schemas";
import { invalid } from "@/lib/server/workspace/errors";

// POST {id?}: marks one notification read, or all of them without an id. Someone else's id = 404.
export const POST = apiRoute<Record<string, never>>(
  async ({ actor, body }) => {
    const input = parseInput(notificationReadInput, body ?? {});
    if (!input.ok) throw invalid(input.issues);
    await markNotificationsRead(actor, input.value.id);
    return noContent();
  },
  { withBody: true },
);
