import { formatDate } from "./labels";

// Pieces of a comment that the team's panel and a share link's visitors both show.

/** Who wrote it and when, a "guest" mark for share-link visitors, then anything else (edited, the answer it is on). */
export function CommentMeta({ authorName, guest, createdAt, children }: { authorName: string; guest: boolean; createdAt: Date | string; children?: React.ReactNode }) {
  const at = new Date(createdAt);
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      <strong className="text-slate-900 dark:text-slate-100">{authorName}</strong>
      {guest ? (
        <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-100" title="Commented through a share link, without an account">
          guest
        </span>
      ) : null}
      <time dateTime={at.toISOString()} className="text-xs text-slate-700 dark:text-slate-300">
        {formatDate(at)}
      </time>
      {children}
    </div>
  );
}

export function DeletedBody() {
  return <p className="italic text-slate-700 dark:text-slate-300">Comment deleted</p>;
}
