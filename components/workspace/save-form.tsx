"use client";

import { ActionForm } from "@/components/shared/action-form";
import { ActionInput, ActionSelect, SubmitButton } from "@/components/shared/action-fields";
import type { FormAction } from "./team-forms";

/** Title and team for answers about to be saved; the answers ride along as hidden fields, unchanged. */
export function SaveAssessmentForm({
  action,
  teams,
  answers,
  defaultTitle,
}: {
  action: FormAction;
  teams: readonly { id: string; name: string }[];
  answers: readonly (readonly [string, string])[];
  defaultTitle: string;
}) {
  return (
    <ActionForm action={action} label="Save this assessment">
      {answers.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <input type="hidden" name="teamSkills-present" value="1" />
      <ActionInput name="title" label="Title" defaultValue={defaultTitle} hint="What the team will search for on its dashboard." />
      <ActionSelect name="teamId" label="Save to" options={teams.map((team) => ({ value: team.id, label: team.name }))} />
      <div className="mt-6">
        <SubmitButton>Save assessment</SubmitButton>
      </div>
    </ActionForm>
  );
}
