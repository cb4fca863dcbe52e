import { NotificationsLink } from "@/components/workspace/notifications-link";
import { currentActor } from "@/lib/server/session";
import { unreadNotificationCount } from "@/lib/server/workspace/activity";

// Workspace pages are per person: a slim bar with the unread notifications sits above each of them.
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  const unread = actor ? await unreadNotificationCount(actor) : 0;
  return (
    <>
      {actor ? (
        <div className="no-print border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
          <div className="mx-auto flex max-w-5xl items-center justify-end gap-3 px-4 py-1.5 text-sm">
            <span className="truncate text-slate-700 dark:text-slate-300">{actor.name}</span>
            <NotificationsLink unread={unread} />
          </div>
        </div>
      ) : null}
      {children}
    </>
  );
}
