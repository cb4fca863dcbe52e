import { apiRoute, json } from "@/lib/server/api";
import { listNotifications } from "@/lib/server/workspace/activity";

// GET: the caller's notifications, newest first, and the unread count (?unread=1 for unread ones only).
export const GET = apiRoute<Record<string, never>>(async ({ actor, request }) => json(await listNotifications(actor, { unreadOnly: new URL(request.url).searchParams.get("unread") === "1" })));
