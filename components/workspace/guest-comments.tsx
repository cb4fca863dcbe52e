"use client";

import { useEffect, useId, useState } from "react";
import { FormAlert, inputClass } from "@/components/shared/form";
import { primaryButton } from "@/components/shared/ui";
import type { GuestCommentView } from "@/lib/server/workspace/comments";
import { buildThreads, type ThreadNode } from "@/lib/workspace/comment-threads";
import { CommentMeta, DeletedBody } from "./comment-parts";
import { MarkdownLite } from "./markdown-lite-view";

// The comments a share link's visitors see, when the link may comment. The shared page is kept and the same for every
// link to the assessment, so this island asks the link's own API (by the token in the address) and shows nothing when
// the link may not comment.

type Loaded = { state: "loading" } | { state: "off" } | { state: "on"; comments: GuestCommentView[] };
type Issues = Partial<Record<"displayName" | "body", string>>;

const apiPath = (token: string) => `/api/share/${encodeURIComponent(token)}/comments`;
const tokenFromLocation = () => decodeURIComponent(window.location.pathname.split("/")[2] ?? "");

function Thread({ node }: { node: ThreadNode<GuestCommentView> }) {
  const { comment } = node;
  return (
    <li className="py-3" data-testid="guest-visible-comment">
      <article aria-label={`Comment by ${comment.authorName}`}>
        <CommentMeta authorName={comment.authorName} guest={comment.guest} createdAt={comment.createdAt}>
          {comment.editedAt && !comment.deleted ? <span className="text-xs text-slate-700 dark:text-slate-300">edited</span> : null}
        </CommentMeta>
        <div className="mt-1 text-sm">{comment.deleted ? <DeletedBody /> : <MarkdownLite source={comment.body} />}</div>
      </article>
      {node.replies.length > 0 ? (
        <ol aria-label={`Replies to ${comment.authorName}`} className="ml-3 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
          {node.replies.map((reply) => (
            <Thread key={reply.comment.id} node={reply} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

export function GuestComments() {
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [name, setName] = useState("");
  const [body, setBody] = useState("");
  const [issues, setIssues] = useState<Issues>({});
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    let live = true;
    fetch(apiPath(tokenFromLocation()), { cache: "no-store" })
      .then(async (response) => (response.ok ? ((await response.json()) as { comments: GuestCommentView[] }) : null))
      .then((data) => live && setLoaded(data ? { state: "on", comments: data.comments } : { state: "off" }))
      .catch(() => live && setLoaded({ state: "off" }));
    return () => {
      live = false;
    };
  }, []);

  if (loaded.state !== "on") return null;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    try {
      const response = await fetch(apiPath(tokenFromLocation()), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ displayName: name, body }) });
      const data = (await response.json().catch(() => ({}))) as { comment?: GuestCommentView; message?: string; issues?: { path: string; message: string }[] };
      if (response.status === 201 && data.comment) {
        setLoaded((current) => (current.state === "on" ? { state: "on", comments: [...current.comments, data.comment!] } : current));
        setBody("");
        setIssues({});
        setMessage({ tone: "info", text: "Thank you: your comment is posted." });
      } else if (response.status === 400) {
        setIssues(Object.fromEntries((data.issues ?? []).map((issue) => [issue.path, issue.message])));
        setMessage({ tone: "error", text: "Check the highlighted fields." });
      } else {
        setMessage({ tone: "error", text: data.message ?? (response.status === 404 ? "This link no longer accepts comments." : "Your comment could not be posted. Try again.") });
      }
    } catch {
      setMessage({ tone: "error", text: "Your comment could not be posted. Check your connection and try again." });
    } finally {
      setPending(false);
    }
  }

  const threads = buildThreads(loaded.comments);
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-12" data-testid="guest-comments">
      <h2 id={`${id}-heading`} className="text-2xl font-bold tracking-tight">
        Comments
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">The team that made this assessment invites your comments. Give your name; no account is needed.</p>
      {threads.length === 0 ? (
        <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">No comments yet.</p>
      ) : (
        <ol aria-label="Comments" className="mt-4 divide-y divide-slate-200 dark:divide-slate-800">
          {threads.map((node) => (
            <Thread key={node.comment.id} node={node} />
          ))}
        </ol>
      )}
      <form onSubmit={submit} aria-label="Add your comment" aria-busy={pending} className="mt-4 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        {message ? <FormAlert tone={message.tone} message={message.text} /> : null}
        <GuestField id={`${id}-name`} label="Your name" error={issues.displayName}>
          <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} maxLength={80} autoComplete="name" className={inputClass} aria-invalid={Boolean(issues.displayName)} aria-describedby={issues.displayName ? `${id}-name-error` : undefined} />
        </GuestField>
        <GuestField id={`${id}-body`} label="Your comment" error={issues.body}>
          <textarea id={`${id}-body`} value={body} onChange={(event) => setBody(event.target.value)} rows={4} className={inputClass} aria-invalid={Boolean(issues.body)} aria-describedby={`${id}-body-hint${issues.body ? ` ${id}-body-error` : ""}`} />
        </GuestField>
        <p id={`${id}-body-hint`} className="mt-1 text-xs text-slate-700 dark:text-slate-300">
          **bold**, *italic*, `code`, - lists and links work. Your name and comment are shown to the team and to others with this link.
        </p>
        <button type="submit" disabled={pending} className={`${primaryButton} mt-4`}>
          {pending ? "Posting…" : "Post comment"}
        </button>
      </form>
    </section>
  );
}

function GuestField({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="mt-4 first:mt-0">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
