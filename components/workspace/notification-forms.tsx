"use client";

import { ActionForm } from "@/components/shared/action-form";
import { SubmitButton } from "@/components/shared/action-fields";
import { smallButton } from "@/components/shared/ui";
import type { FormAction } from "./team-forms";

/** Marks one notification read, or all of them when no id is given. */
export function MarkReadButton({ action, id, label = "Mark read" }: { action: FormAction; id?: string; label?: string }) {
  return (
    <ActionForm action={action} label={id ? "Mark this notification read" : "Mark all notifications read"}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <SubmitButton className={smallButton}>{label}</SubmitButton>
    </ActionForm>
  );
}
