"use client";

import { ActionForm } from "@/components/shared/action-form";
import { ActionInput, SubmitButton } from "@/components/shared/action-fields";
import { card } from "@/components/shared/ui";
import type { FormAction } from "./team-forms";
import { ButtonForm } from "./team-forms";

export interface RequestRow {
  id: string;
  projectName: string;
  state: "open" | "answered" | "expired" | "revoked";
  expires: string;
  assessmentHref: string | null;
}

/** Ask someone outside the team to answer for a named project; list the requests and what came back. */
export function AnswerRequestPanel({ teamId, teamSlug, requests, create, revoke }: { teamId: string; teamSlug: string; requests: readonly RequestRow[]; create: FormAction; revoke: FormAction }) {
  return (
    <div>
      <ActionForm action={create} label="Request answers" showLink="Request link (works once, no account needed)">
        <input type="hidden" name="teamId" value={teamId} />
        <input type="hidden" name="teamSlug" value={teamSlug} />
        <div className="grid gap-x-4 sm:grid-cols-[2fr_1fr]">
          <ActionInput name="projectName" label="Project name" hint="The respondent sees it; the answers arrive as a draft with this title." />
          <ActionInput name="expiresInDays" label="Valid for (days)" type="number" defaultValue={14} min={1} max={60} />
        </div>
        <div className="mt-4">
          <SubmitButton>Create request link</SubmitButton>
        </div>
      </ActionForm>
      {requests.length > 0 ? (
        <ul aria-label="Answer requests" className={`${card} mt-4 divide-y divide-slate-200 text-sm dark:divide-slate-800`}>
          {requests.map((request) => (
            <li key={request.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
              <span>
                <strong>{request.projectName}</strong> · expires {request.expires} · <strong>{request.state}</strong>
                {request.assessmentHref ? (
                  <>
                    {" "}· <a className="text-brand-700 underline dark:text-brand-300" href={request.assessmentHref}>open the draft</a>
                  </>
                ) : null}
              </span>
              {request.state === "open" ? (
                <ButtonForm action={revoke} label={`Revoke the request for ${request.projectName}`} fields={{ teamId, teamSlug, requestId: request.id }}>
                  Revoke
                </ButtonForm>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
