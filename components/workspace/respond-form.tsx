"use client";

import Link from "next/link";
import { ActionForm } from "@/components/shared/action-form";
import { ActionInput, SubmitButton } from "@/components/shared/action-fields";
import { secondaryButton } from "@/components/shared/ui";
import type { FormAction } from "./team-forms";

/** The respondent's last step: their name, and the answers (hidden, unchanged) sent to the team. */
export function RespondForm({ action, token, answers, editHref }: { action: FormAction; token: string; answers: readonly (readonly [string, string])[]; editHref: string }) {
  return (
    <ActionForm action={action} label="Send your answers">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="teamSkills-present" value="1" />
      {answers.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <ActionInput name="respondentName" label="Your name" hint="The team sees the answers under this name." />
      <div className="mt-6 flex flex-wrap gap-3">
        <SubmitButton>Send answers</SubmitButton>
        <Link href={editHref} className={secondaryButton}>Change answers</Link>
      </div>
    </ActionForm>
  );
}
