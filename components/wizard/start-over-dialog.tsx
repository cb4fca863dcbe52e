"use client";

import { useRef } from "react";

interface StartOverProps {
  answeredCount: number;
  onConfirm: () => void;
}

/** "Start over" behind a confirmation (a native modal dialog: focus is trapped and Escape cancels). */
export function StartOver({ answeredCount, onConfirm }: StartOverProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const close = () => dialogRef.current?.close();
  return (
    <>
      <button
        type="button"
        onClick={() => dialogRef.current?.showModal()}
        disabled={answeredCount === 0}
        className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 underline-offset-4 hover:underline disabled:cursor-not-allowed disabled:text-slate-500 disabled:no-underline dark:text-slate-300 dark:disabled:text-slate-400"
      >
        Start over
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby="start-over-title"
        aria-describedby="start-over-desc"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id="start-over-title" className="text-lg font-semibold">
          Start over?
        </h2>
        <p id="start-over-desc" className="mt-2 text-slate-600 dark:text-slate-300">
          This clears {answeredCount === 1 ? "the 1 answer" : `all ${answeredCount} answers`} saved in this browser and
          returns to the first step.
        </p>
        <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <button
            type="button"
            autoFocus
            onClick={close}
            className="rounded-lg border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Keep my answers
          </button>
          <button
            type="button"
            onClick={() => {
              close();
              onConfirm();
            }}
            className="rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800"
          >
            Clear answers
          </button>
        </div>
      </dialog>
    </>
  );
}
