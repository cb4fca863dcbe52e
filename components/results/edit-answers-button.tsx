"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { Traits } from "@/lib/decision/traits";
import { paths } from "@/lib/paths";

type Store = typeof import("@/components/shared/wizard-store");

/**
 * Loads these answers into the wizard and opens it. The store is imported on click, so the results
 * page does not ship the wizard's state code up front. If this browser holds other answers in progress,
 * it asks first: open these (the others are set aside, and the wizard offers them back) or keep working on its own.
 */
export function EditAnswersButton({ traits, className }: { traits: Traits; className?: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const storeRef = useRef<Store | null>(null);
  // The question is rendered only when needed, into <body>: no extra markup in the page, and never inside a <p>.
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    if (asking && !dialogRef.current?.open) dialogRef.current?.showModal();
  }, [asking]);

  async function edit(event: React.MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    setBusy(true);
    try {
      const store = await import("@/components/shared/wizard-store");
      storeRef.current = store;
      if (!store.useWizardStore.persist.hasHydrated()) await store.useWizardStore.persist.rehydrate();
      if (store.wouldReplaceAnswers(traits)) {
        setBusy(false);
        setAsking(true);
        return;
      }
      store.useWizardStore.getState().loadTraits(traits);
      router.push(paths.assess());
    } catch {
      setBusy(false);
      window.location.assign(paths.assess());
    }
  }

  function choose(useLink: boolean) {
    dialogRef.current?.close();
    setAsking(false);
    const store = storeRef.current;
    if (!store) return;
    setBusy(true);
    if (useLink) store.setAsideAndLoad(traits);
    router.push(paths.assess());
  }

  return (
    <>
      <a href={paths.assess()} onClick={edit} aria-busy={busy} className={className}>
        {busy ? "Opening the wizard…" : "Edit answers"}
      </a>
      {asking ? createPortal(<ReplaceAnswersDialog dialogRef={dialogRef} onChoose={choose} onClose={() => setAsking(false)} />, document.body) : null}
    </>
  );
}

/** "You have answers in progress": open the result's answers (setting the others aside) or keep working on one's own. */
function ReplaceAnswersDialog({
  dialogRef,
  onChoose,
  onClose,
}: {
  dialogRef: React.RefObject<HTMLDialogElement | null>;
  onChoose: (useLink: boolean) => void;
  onClose: () => void;
}) {
  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      aria-labelledby="replace-answers-title"
      aria-describedby="replace-answers-desc"
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="replace-answers-title" className="text-lg font-semibold">
        You have answers in progress
      </h2>
      <p id="replace-answers-desc" className="mt-2 text-slate-600 dark:text-slate-300">
        This browser holds other answers you were working on. Open this result&apos;s answers instead? Yours are set aside, not
        deleted: the wizard offers to switch back to them.
      </p>
      <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <button
          type="button"
          autoFocus
          onClick={() => onChoose(false)}
          className="rounded-lg border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Keep working on mine
        </button>
        <button type="button" onClick={() => onChoose(true)} className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Open these answers
        </button>
      </div>
    </dialog>
  );
}
