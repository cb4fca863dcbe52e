import type { Metadata } from "next";
import { MarkReadButton } from "@/components/workspace/notification-forms";
import { NotificationList } from "@/components/workspace/notification-list";
import { paths } from "@/lib/paths";
import { requireActor } from "@/lib/server/session";
import { listNotifications } from "@/lib/server/workspace/activity";
import { markNotificationsReadAction } from "../teams/review-actions";

export const metadata: Metadata = { title: "Notifications", robots: { index: false } };

export default async function NotificationsPage() {
  const actor = await requireActor(paths.notifications());
  const { items, unread } = await listNotifications(actor);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">Notifications</h1>
        {unread > 0 ? <MarkReadButton action={markNotificationsReadAction} label={`Mark all ${unread} read`} /> : null}
      </div>
      <p className="mb-4 mt-1 text-slate-700 dark:text-slate-300">{unread === 0 ? "You are up to date." : `${unread} unread.`}</p>
      <NotificationList items={items} markRead={markNotificationsReadAction} />
    </div>
  );
}
