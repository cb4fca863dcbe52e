"use client";

import Link from "next/link";
import { useState } from "react";
import { muted, primaryButton, secondaryButton, textLink } from "@/components/shared/ui";
import { maxArchiveBytes } from "@/lib/workspace/team-archive";

type ImportState =
  | { status: "idle" }
  | { status: "busy" }
  | { status: "ok"; message: string; unmatched: string[] }
  | { status: "error"; message: string; issues: { path: string; message: string }[] };

interface ImportResponse {
  imported?: { assessments: number; comments: number; votes: number; unmatched: { kind: string; name: string; assessmentTitle: string }[] };
  message?: string;
  issues?: { path: string; message: string }[];
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** Reads the chosen file and posts it to the import API; shows what was imported, or why not. */
export function TeamImportForm({ importHref, teamHref }: { importHref: string; teamHref: string }) {
  const [state, setState] = useState<ImportState>({ status: "idle" });

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("archive");
    if (!(file instanceof File) || file.size === 0) return setState({ status: "error", message: "Choose a team archive file first.", issues: [] });
    if (file.size > maxArchiveBytes) return setState({ status: "error", message: "The file is larger than 5 MB, the most an import reads.", issues: [] });
    setState({ status: "busy" });
    try {
      const response = await fetch(importHref, { method: "POST", headers: { "content-type": "application/json" }, body: await file.text() });
      const body = (await response.json().catch(() => ({}))) as ImportResponse;
      if (!response.ok || !body.imported) {
        return setState({ status: "error", message: body.message ?? (response.status === 400 ? "The file is not a valid team archive." : "The import was refused."), issues: body.issues ?? [] });
      }
      const { imported } = body;
      setState({
        status: "ok",
        message: `Imported ${plural(imported.assessments, "assessment")}, ${plural(imported.comments, "comment")} and ${plural(imported.votes, "vote")}.`,
        unmatched: imported.unmatched.map((person) => `${person.name}'s ${person.kind} on “${person.assessmentTitle}”`),
      });
    } catch {
      setState({ status: "error", message: "The file could not be read or sent. Try again.", issues: [] });
    }
  }

  return (
    <form onSubmit={submit} aria-label="Import a team archive" className="space-y-4">
      {state.status === "ok" ? null : (
        <>
          <label className="block text-sm font-semibold">
            Team archive (.json, up to 5 MB)
            <input
              type="file"
              name="archive"
              accept="application/json,.json"
              className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold dark:file:border-slate-700 dark:file:bg-slate-900 dark:file:text-slate-100"
            />
          </label>
          <button type="submit" className={primaryButton} disabled={state.status === "busy"}>
            {state.status === "busy" ? "Importing…" : "Import"}
          </button>
        </>
      )}
      <div aria-live="polite">
        {state.status === "ok" ? (
          <div className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100" data-testid="import-result">
            <p className="font-semibold">{state.message}</p>
            <p className="mt-2">
              <Link className={textLink} href={teamHref}>See the imported assessments</Link>
            </p>
            {state.unmatched.length > 0 ? (
              <>
                <p className="mt-2">Kept in the activity log only, because these people are not members of this team:</p>
                <ul className="mt-1 list-disc pl-5">
                  {state.unmatched.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
        {state.status === "error" ? (
          <div role="alert" data-testid="import-error" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
            <p className="font-semibold">{state.message}</p>
            {state.issues.length > 0 ? (
              <ul className="mt-2 list-disc pl-5">
                {state.issues.slice(0, 10).map((issue) => (
                  <li key={`${issue.path}:${issue.message}`}>
                    <code>{issue.path || "(file)"}</code>: {issue.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}

/** The export: a link the browser downloads (the session cookie goes with it). */
export function TeamExportLink({ href }: { href: string }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <a href={href} download className={secondaryButton} data-testid="team-export">
        Download the team archive
      </a>
      <p className={`text-sm ${muted}`}>JSON: every assessment with its revisions, comments, votes and calibration rounds, the members and the activity.</p>
    </div>
  );
}
