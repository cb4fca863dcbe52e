"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Traits } from "@/lib/decision/traits";
import { paths } from "@/lib/paths";

/**
 * Loads these answers into the wizard and opens it. The store is imported on click, so the results
 * page does not ship the wizard's state code up front.
 */
export function EditAnswersButton({ traits, className }: { traits: Traits; className?: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);

  async function edit(event: React.MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    setBusy(true);
    try {
      const { useWizardStore } = await import("@/components/shared/wizard-store");
      useWizardStore.getState().loadTraits(traits);
      router.push(paths.assess());
    } catch {
      setBusy(false);
      window.location.assign(paths.assess());
    }
  }

  return (
    <a href={paths.assess()} onClick={edit} aria-busy={busy} className={className}>
      {busy ? "Opening the wizard…" : "Edit answers"}
    </a>
  );
}
