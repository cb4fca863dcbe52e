import Link from "next/link";
import { paths } from "@/lib/paths";

/** "Notifications" with the unread count, for the workspace bar. */
export function NotificationsLink({ unread }: { unread: number }) {
  const label = unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`;
  return (
    <Link
      href={paths.notifications()}
      aria-label={label}
      data-testid="notifications-link"
      className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 font-medium text-slate-800 hover:bg-slate-200 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
        <path d="M10 2a5 5 0 0 0-5 5v2.6l-1.4 2.8A1 1 0 0 0 4.5 14h11a1 1 0 0 0 .9-1.6L15 9.6V7a5 5 0 0 0-5-5Zm0 16a2.5 2.5 0 0 1-2.45-2h4.9A2.5 2.5 0 0 1 10 18Z" />
      </svg>
      Notifications
      {unread > 0 ? (
        <span className="rounded-full bg-brand-600 px-1.5 text-xs font-bold text-white" data-testid="unread-count">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
