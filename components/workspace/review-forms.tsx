"use client";

import { ActionForm } from "@/components/shared/action-form";
import { ActionInput, SubmitButton } from "@/components/shared/action-fields";
import { inputClass } from "@/components/shared/form";
import { secondaryButton } from "@/components/shared/ui";
import { statusLabels, verdictLabels, verdicts, type Status, type Verdict } from "@/lib/workspace/review-workflow";
import { Hidden, type Target } from "./assessment-forms";
import type { FormAction } from "./team-forms";

/** Propose a draft: how many approvals it needs and whom to ask (nobody ticked: everyone else in the team). */
export function RequestReviewForm({ action, target, members, defaultApprovals }: { action: FormAction; target: Target; members: readonly { userId: string; name: string }[]; defaultApprovals: number }) {
  return (
    <ActionForm action={action} label="Propose for review">
      <Hidden target={target} />
      <div className="grid gap-x-6 sm:grid-cols-[12rem_1fr]">
        <ActionInput name="requiredApprovals" label="Approvals needed" type="number" min={1} max={20} defaultValue={defaultApprovals} />
        <fieldset className="mt-4">
          <legend className="text-sm font-semibold">Ask for a review</legend>
          <p className="text-xs text-slate-700 dark:text-slate-300">Nobody ticked: every other member is asked.</p>
          <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
            {members.map((member) => (
              <label key={member.userId} className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" name="reviewerIds" value={member.userId} className="size-4" />
                {member.name}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="mt-4">
        <SubmitButton>Propose for review</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** The actor's vote on the current revision, with a note. Voting again replaces the earlier vote. */
export function VoteForm({ action, target, current }: { action: FormAction; target: Target; current?: { verdict: Verdict; note: string } }) {
  return (
    <ActionForm action={action} label="Your vote">
      <Hidden target={target} />
      <fieldset>
        <legend className="text-sm font-semibold">Your vote on this revision</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {verdicts.map((verdict) => (
            <label key={verdict} className="inline-flex items-center gap-2 text-sm">
              <input type="radio" name="verdict" value={verdict} defaultChecked={(current?.verdict ?? "approve") === verdict} className="size-4" />
              {verdictLabels[verdict]}
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor="vote-note" className="mt-4 block text-sm font-semibold">
        Note (why)
      </label>
      <textarea id="vote-note" name="note" rows={2} maxLength={2000} defaultValue={current?.note ?? ""} className={inputClass} />
      <div className="mt-3">
        <SubmitButton>{current ? "Change my vote" : "Record my vote"}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** The moves open from the current status, one button each, with an optional note for the log. */
export function StatusMoveForm({ action, target, moves }: { action: FormAction; target: Target; moves: readonly Status[] }) {
  return (
    <ActionForm action={action} label="Move the decision">
      <Hidden target={target} />
      <label htmlFor="status-note" className="block text-sm font-semibold">
        Note for the record (optional)
      </label>
      <input id="status-note" name="note" maxLength={1000} className={inputClass} />
      <div className="mt-3 flex flex-wrap gap-3">
        {moves.map((status) => (
          <MoveButton key={status} status={status} />
        ))}
      </div>
    </ActionForm>
  );
}

const moveLabels: Partial<Record<Status, string>> = { draft: "Back to draft", accepted: "Accept the decision", rejected: "Reject", proposed: "Propose" };

function MoveButton({ status }: { status: Status }) {
  return (
    <button type="submit" name="status" value={status} className={secondaryButton}>
      {moveLabels[status] ?? statusLabels[status]}
    </button>
  );
}

/** Changed answers for an accepted decision, saved as the assessment that supersedes it. */
export function SuccessorForm({ action, target, title, children }: { action: FormAction; target: Target; title: string; children: React.ReactNode }) {
  return (
    <ActionForm action={action} label="Save as a new assessment">
      <Hidden target={target} />
      <ActionInput name="title" label="Title of the new assessment" defaultValue={title} />
      {children}
      <div className="mt-4">
        <SubmitButton>Save as a new assessment that supersedes this one</SubmitButton>
      </div>
    </ActionForm>
  );
}
