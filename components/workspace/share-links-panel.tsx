import { card } from "@/components/shared/ui";
import type { ShareLinkSummary } from "@/lib/server/workspace/share-links";
import { formatDate } from "./labels";
import { ButtonForm, type FormAction } from "./team-forms";

/** The assessment's share links: when made, until when, last opened; revoke the active ones. */
export function ShareLinkList({ links, assessmentId, teamSlug, revoke }: { links: readonly ShareLinkSummary[]; assessmentId: string; teamSlug: string; revoke: FormAction }) {
  if (links.length === 0) return <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">No share links yet.</p>;
  return (
    <ul aria-label="Share links" className={`${card} mt-4 divide-y divide-slate-200 text-sm dark:divide-slate-800`}>
      {links.map((link) => (
        <li key={link.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2" data-testid="share-link">
          <span>
            <strong>{link.label || "Share link"}</strong> · made {formatDate(link.createdAt)} · expires {formatDate(link.expiresAt)} · last opened{" "}
            {link.lastUsedAt ? formatDate(link.lastUsedAt) : "never"} · {link.canComment ? "visitors may comment" : "view only"} · <strong>{link.state}</strong>
          </span>
          {link.state === "active" ? (
            <ButtonForm action={revoke} label={`Revoke ${link.label || "this share link"}`} fields={{ assessmentId, teamSlug, linkId: link.id }}>
              Revoke
            </ButtonForm>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
