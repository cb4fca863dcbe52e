import Link from "next/link";
import { card, muted } from "@/components/shared/ui";
import type { NotificationEntry } from "@/lib/server/workspace/activity";
import { notificationKindLabels } from "@/lib/workspace/activity";
import { MarkReadButton } from "./notification-forms";
import type { FormAction } from "./team-forms";
import { formatDate } from "./labels";

/** The signed-in person's notifications, unread ones marked, each with a link and a "mark read" button. */
export function NotificationList({ items, markRead }: { items: readonly NotificationEntry[]; markRead: FormAction }) {
  if (items.length === 0) return <p className={muted}>No notifications. Mentions, review and calibration requests and status changes show up here.</p>;
  return (
    <ul aria-label="Notifications" className={`${card} divide-y divide-slate-200 dark:divide-slate-800`}>
      {items.map((item) => (
        <li key={item.id} className={`flex flex-wrap items-center gap-3 px-4 py-3 text-sm ${item.readAt ? "" : "bg-brand-50/60 dark:bg-slate-900"}`} data-testid="notification">
          <span className="min-w-0 flex-1">
            <span className="block text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">
              {notificationKindLabels[item.kind]}
              {item.readAt ? "" : " · unread"}
            </span>
            <Link href={item.href} className="font-medium text-brand-700 underline dark:text-brand-300">
              {item.message}
            </Link>
            <span className={`ml-2 text-xs ${muted}`}>{formatDate(item.createdAt)}</span>
          </span>
          {item.readAt ? null : <MarkReadButton action={markRead} id={item.id} />}
        </li>
      ))}
    </ul>
  );
}
